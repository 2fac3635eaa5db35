#include "platform/gl_host.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>  // the input queue: see draw_frame

#include <chrono>

#include "core/frame_pacer.h"

namespace dt {

namespace {
FramePacer* g_pacer = nullptr;
void (*g_wake)() = nullptr;
bool g_mouse_moved = false;  // a real mouse moved since the last frame
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
  glfwSetKeyCallback(window, [](GLFWwindow*, int, int, int, int) { poke(); });
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
  app.set_clock(now);
  app.set_max_texture(renderer_.max_texture_size());
  if (app.prepare_frame(device_scale) && !renderer_.upload_font_atlas()) app.font_upload_failed();
  if (g_mouse_moved) app.mouse_moved();
  g_mouse_moved = false;
  auto& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  const int queued = queue.Size;
  ImGui_ImplGlfw_NewFrame();
  // With no mouse over the window, ImGui's GLFW backend re-reads where a mouse last was on
  // every frame. On a touch screen there is no mouse: that stale position would move the
  // pointer between a finger's press and its release, and the tap would act on whatever was
  // under the previous one. Drop it while a finger owns the pointer.
  if (app.touch_owns_pointer())
    for (int i = queue.Size - 1; i >= queued; --i)
      if (queue[i].Type == ImGuiInputEventType_MousePos) queue.erase(queue.begin() + i);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(display_w, display_h);
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(fb_width) / display_w, static_cast<float>(fb_height) / display_h);
  ImGui::NewFrame();
  app.draw();
  if (app.needs_frame()) poke();
  if (g_pacer) g_pacer->wake_at(app.next_deadline());
  ImGui::Render();
  last_ui_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  // A frame that would show a missing glyph is not drawn: the screen keeps the last one, and
  // the next frame (asked for above) has the glyph.
  if (!app.frame_presentable()) return false;
  renderer_.render(ImGui::GetDrawData(), fb_width, fb_height, light_theme().palette.background);
  return true;
}

}  // namespace dt
