// The one seam between a platform and the app: what a frame takes in and what it hands back
// (UiApp::frame). A platform fills FrameIn from its window and clock, calls frame(), then
// uploads the font texture if asked, renders the draw data if the frame is presentable, and
// schedules the next frame from wants_frame and next_deadline.
#pragma once
#include <imgui.h>

#include <functional>
#include <vector>

namespace dt::ui {

struct FrameIn {
  double now = 0;               // the platform's monotonic clock, seconds
  ImVec2 display{0, 0};         // display size, px (what mouse and touch positions are in)
  ImVec2 framebuffer_scale{1, 1};
  float device_scale = 1;       // display px per CSS px (device pixel ratio, window scale)
  int max_texture = 0;          // the GPU's largest texture side; 0: not known
  bool mouse_moved = false;     // a real mouse moved since the last frame: it owns the pointer again
  // The platform backend's own NewFrame (ImGui_ImplGlfw_NewFrame), which queues its input;
  // called where that belongs in the order. Empty for the no-graphics tests.
  std::function<void()> backend_new_frame;
};

struct FrameOut {
  ImDrawData* draw_data = nullptr;    // what to render (valid until the next frame)
  bool font_texture_changed = false;  // upload the font atlas before rendering
  bool presentable = true;            // false: a glyph is missing; keep the last frame, draw again now
  // Glyph pages to fetch (core/text/glyph_pages.h), each asked for once: hand each to
  // UiApp::add_glyph_page, or glyph_page_failed, when it has come. While one is on its way
  // a frame that needs it is not presentable, but no frame is due before it comes or
  // next_deadline (when the screen is shown without it).
  std::vector<int> glyph_pages;
  bool awaiting_glyphs = false;
  bool wants_frame = false;           // another frame at once (animation, queued input, new glyphs)
  double next_deadline = -1;          // when a frame is due without input (platform clock); < 0: only on input
  float content_height = 0;           // display px the current screen would like (an embedding page)
};

}  // namespace dt::ui
