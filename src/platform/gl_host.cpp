#include "platform/gl_host.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <chrono>

#include "platform/frame_pacer.h"

namespace dt {

namespace {
FramePacer* g_pacer = nullptr;
void (*g_wake)() = nullptr;
bool g_mouse_moved = false;  // a real mouse moved since the last frame
std::function<void(int, int)>& key_listener() {
  static std::function<void(int, int)> listener;
  return listener;
}
void poke() {
  if (g_pacer) g_pacer->on_input();
  if (g_wake) g_wake();
}
}  // namespace

bool GlHost::init(GLFWwindow* window, FramePacer* pacer, void (*wake)(), std::string& error) {
  g_pacer = pacer;
  g_wake = wake;
  // Installed before ImGui's backend, which chains to them: every event reaches both.
  glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) {
    g_mouse_moved = true;
    poke();
  });
  glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { poke(); });
  glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { poke(); });
  glfwSetKeyCallback(window, [](GLFWwindow*, int key, int, int action, int mods) {
    if (action == GLFW_PRESS && key_listener()) key_listener()(key, mods);
    poke();
  });
  glfwSetCharCallback(window, [](GLFWwindow*, unsigned) { poke(); });
  glfwSetCursorEnterCallback(window, [](GLFWwindow*, int) { poke(); });
  glfwSetWindowFocusCallback(window, [](GLFWwindow*, int) { poke(); });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow*, int, int) { poke(); });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { poke(); });
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  if (!ImGui_ImplGlfw_InitForOpenGL(window, true)) {
    error = "ImGui GLFW backend failed to start";
    return false;
  }
  return renderer_.init(error);
}

void GlHost::set_key_listener(std::function<void(int key, int mods)> listener) { key_listener() = std::move(listener); }

void GlHost::shutdown() {
  renderer_.shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

bool GlHost::restore(ui::UiApp& app, std::string& error) {
  renderer_ = GlRenderer();  // the old names died with the context; nothing to delete
  app.rebuild_fonts();
  return renderer_.init(error);
}

bool GlHost::draw_frame(ui::UiApp& app, int fb_width, int fb_height, float display_w, float display_h,
                        float device_scale, double now) {
  const auto t0 = std::chrono::steady_clock::now();
  app.set_effects(&renderer_);
  ui::FrameIn in;
  in.now = now;
  in.display = ImVec2(display_w, display_h);
  in.framebuffer_scale = ImVec2(static_cast<float>(fb_width) / display_w, static_cast<float>(fb_height) / display_h);
  in.device_scale = device_scale;
  in.max_texture = renderer_.max_texture_size();
  in.mouse_moved = g_mouse_moved;
  in.backend_new_frame = [] { ImGui_ImplGlfw_NewFrame(); };
  g_mouse_moved = false;
  const ui::FrameOut out = app.frame(in);
  last_ui_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  // A failed upload (a smaller real limit, out of memory): the next frame builds a smaller atlas.
  const bool uploaded = !out.font_texture_changed || renderer_.upload_font_atlas();
  if (!uploaded) app.font_upload_failed();
  for (int page : out.glyph_pages) {
    if (fetch_page_) fetch_page_(page);
    else app.glyph_page_failed(page);
  }
  // A frame held for a glyph page is drawn again when the page comes (or patience ends at
  // next_deadline), not in a loop meanwhile.
  if (out.wants_frame || !uploaded || (!out.presentable && !app.awaiting_glyphs())) poke();
  if (g_pacer) g_pacer->wake_at(out.next_deadline);
  // A frame that would show a missing glyph (or lacks its font texture) is not drawn: the
  // screen keeps the last one, and the next frame (asked for above) has it.
  if (!out.presentable || !uploaded) return false;
  renderer_.render(out.draw_data, fb_width, fb_height, light_theme().palette.background);
  return true;
}

}  // namespace dt
