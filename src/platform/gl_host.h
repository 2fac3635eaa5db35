// Drives one UI frame on GLFW + OpenGL (3.3 natively, ES 3.0/WebGL2 in the browser).
// ImGui's GLFW backend turns input into ImGui events; drawing is our own (gl_renderer.h). Both
// main loops use it; they differ only in when they call draw_frame().
#pragma once
#include <functional>
#include <string>

#include "platform/gl_renderer.h"
#include "ui/ui_app.h"

struct GLFWwindow;

namespace dt {

class FramePacer;

class GlHost {
 public:
  // Creates the ImGui context, the GLFW input backend and our renderer; on failure `error`
  // says why (a shader compile log, for instance). Every input callback pokes `pacer`, then calls
  // `wake` (the browser uses it to ask for an animation frame; natively glfwWaitEvents wakes).
  bool init(GLFWwindow* window, FramePacer* pacer, void (*wake)(), std::string& error);
  void shutdown();
  // The GPU context came back after being lost (a browser reclaimed it): everything on the GPU
  // is gone, so build the renderer again; the app re-rasterises its fonts on the next frame.
  bool restore(ui::UiApp& app, std::string& error);
  // Draws and presents nothing itself: renders into the current framebuffer of the given size.
  // `display` is in the coordinates mouse events arrive in; `device_scale` maps logical px to them.
  // `now` is the platform's monotonic clock in seconds (the pacer's): the app's timers use it.
  // Returns false when nothing was drawn (the frame lacked a glyph; another follows at once):
  // the platform must not present it.
  bool draw_frame(ui::UiApp& app, int fb_width, int fb_height, float display_w, float display_h, float device_scale,
                  double now);
  // Milliseconds the last draw_frame() spent building the UI (up to ImGui::Render()), apart
  // from handing it to GL: the benchmark reports both, since on software GL the second one
  // is the GPU process's time as much as ours.
  double last_ui_ms() const { return last_ui_ms_; }
  // Starts fetching a glyph page the app asked for (FrameOut::glyph_pages); the platform hands
  // it to UiApp::add_glyph_page (or glyph_page_failed) when it comes and asks for a frame.
  // Without one every page counts as failed (fallback glyphs).
  void set_glyph_fetcher(std::function<void(int page)> fetch) { fetch_page_ = std::move(fetch); }
  // Each key press (GLFW key and modifiers; repeats of a held key left out), as it happens and
  // before Dear ImGui's backend sees it: presenter mode takes a clicker's presses as events.
  static void set_key_listener(std::function<void(int key, int mods)> listener);

 private:
  std::function<void(int)> fetch_page_;
  GlRenderer renderer_;
  double last_ui_ms_ = 0;
};

}  // namespace dt
