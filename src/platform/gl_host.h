// Drives one UI frame on GLFW + OpenGL (3.3 natively, ES 3.0/WebGL2 in the browser). Both
// main loops use it; they differ only in when they call draw_frame().
#pragma once
#include "ui/ui_app.h"

struct GLFWwindow;

namespace dt {

class FramePacer;

class GlHost {
 public:
  // Creates the ImGui context and backends. Every input callback pokes `pacer`, then calls
  // `wake` (the browser uses it to ask for an animation frame; natively glfwWaitEvents wakes).
  bool init(GLFWwindow* window, const char* glsl_version, FramePacer* pacer, void (*wake)() = nullptr);
  void shutdown();
  // Draws and presents nothing itself: renders into the current framebuffer of the given size.
  // `display` is in the coordinates mouse events arrive in; `device_scale` maps logical px to them.
  void draw_frame(ui::UiApp& app, int fb_width, int fb_height, float display_w, float display_h, float device_scale);
 private:
  GLFWwindow* window_ = nullptr;
};

}  // namespace dt
