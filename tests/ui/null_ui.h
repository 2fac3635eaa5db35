// The whole UI with no graphics (like Dear ImGui's example_null): real fonts, real strings,
// real layout, synthetic input. Shared by the no-graphics UI tests.
#pragma once
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "core/input/gesture.h"
#include "ui/ui_app.h"

namespace null_ui {

inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The real content/, with some files replaced (relative path -> text) for a test.
using Overlay = std::map<std::string, std::string>;

// Ends the quiz with the answers given so far, as "see my plan" on the last question does.
inline void finish_quiz(dt::ui::UiApp& app) {
  auto& q = app.state().quiz();
  q.fit(app.content().questions);
  q.index = static_cast<int>(app.content().questions.size()) - 1;
  q.feedback = true;
  app.state().quiz_next(app.content());
  REQUIRE(q.done);
}

// The app's files as a platform hands them over: fonts, strings and a content reader.
inline dt::ui::UiAssets assets(Overlay overlay = {}) {
  dt::ui::UiAssets a;
  a.fonts.regular = read(std::string(DT_FONT_DIR) + "/ui-regular.otf");
  a.fonts.bold = read(std::string(DT_FONT_DIR) + "/ui-bold.otf");
  a.fonts.page_index = read(std::string(DT_FONT_DIR) + "/pages/index.txt");
  // The rest of the UI font with it, as natively (a test of the browser's order leaves it out).
  a.fonts.pages[dt::GlyphPages::kRest] = {read(std::string(DT_FONT_DIR) + "/rest-r.otf"),
                                           read(std::string(DT_FONT_DIR) + "/rest-b.otf")};
  a.strings_zh = read(std::string(DT_SOURCE_DIR) + "/content/strings/zh-Hans.json");
  a.strings_en = read(std::string(DT_SOURCE_DIR) + "/content/strings/en.json");
  a.content = [overlay](const std::string& rel) -> std::optional<std::string> {
    if (auto it = overlay.find(rel); it != overlay.end()) return it->second;
    std::ifstream in(std::string(DT_SOURCE_DIR) + "/content/" + rel, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  return a;
}

struct NullUi {
  dt::ui::UiApp app;
  std::vector<std::string> problems;
  // `rest_later`: the fonts as the browser has them at start, the first screen's part only
  // (the rest is asked for in FrameOut::glyph_pages).
  explicit NullUi(Overlay overlay = {}, bool expect_clean = true, bool rest_later = false) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    dt::ui::UiAssets a = assets(overlay);
    if (rest_later) {
      a.fonts.pages.erase(dt::GlyphPages::kRest);
      a.fonts.rest_expected = true;
    }
    app.init(std::move(a), dt::Locale::ZhHans, problems);
    if (expect_clean) REQUIRE(problems.empty());
  }
  ~NullUi() { ImGui::DestroyContext(); }
  double clock = 1000;  // the platform's clock: each frame is a 60th of a second later
  dt::ui::FrameOut last;  // what the last frame handed back
  float device_scale = 1;  // the device pixel ratio: display px per CSS px
  // A phone or a kiosk: CSS size x device pixel ratio.
  void screen(float css_w, float css_h, float dpr) {
    device_scale = dpr;
    ImGui::GetIO().DisplaySize = ImVec2(css_w * dpr, css_h * dpr);
  }
  void frame() {
    clock += ImGui::GetIO().DeltaTime;
    dt::ui::FrameIn in;
    in.now = clock;
    in.display = ImGui::GetIO().DisplaySize;
    in.device_scale = device_scale;
    last = app.frame(in);
  }
  void click(float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
    frame();
  }
  void settle() {
    for (int i = 0; i < 4; ++i) frame();
  }
  // The characters the last frame drew in the window named `window` (UTF-8, in drawing order,
  // blanks left out), read back from the glyph quads' atlas corners: what a visitor sees, not
  // what the code meant to draw.
  std::string text_drawn_in(std::string_view window) const {
    ImDrawData* data = ImGui::GetDrawData();
    if (!data) return {};
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    std::map<std::pair<float, float>, unsigned> by_corner;
    for (ImFont* f : atlas->Fonts)
      for (const ImFontGlyph& g : f->Glyphs)
        if (g.Visible) by_corner.emplace(std::make_pair(g.U0, g.V0), g.Codepoint);
    std::string out;
    for (int l = 0; l < data->CmdListsCount; ++l) {
      const ImDrawList* dl = data->CmdLists[l];
      if (!dl->_OwnerName || std::string_view(dl->_OwnerName).find(window) == std::string_view::npos) continue;
      // A glyph is a quad whose first two corners share the top edge of its atlas rectangle.
      for (int v = 0; v + 3 < dl->VtxBuffer.Size; ++v) {
        const ImDrawVert& a = dl->VtxBuffer[v];
        auto it = by_corner.find({a.uv.x, a.uv.y});
        if (it == by_corner.end() || dl->VtxBuffer[v + 1].uv.y != a.uv.y || dl->VtxBuffer[v + 1].uv.x <= a.uv.x) continue;
        char buf[5] = {};
        ImTextCharToUtf8(buf, it->second);
        out += buf;
        v += 3;
      }
    }
    return out;
  }
  // [SECTION] A finger, as the platform passes it on (display px, between frames).
  void finger(dt::TouchPhase phase, float x, float y, int id = 1) { app.touch(phase, id, x, y, clock); }
  // Down, a moment, up: a tap as a finger makes it.
  void finger_tap(float x, float y) {
    finger(dt::TouchPhase::Down, x, y);
    frame();
    frame();
    finger(dt::TouchPhase::Up, x, y);
    settle();
  }
  bool finger_tap(std::string_view text) {
    settle();
    const auto* n = app.semantics().find(text);
    if (!n) return false;
    const ImVec2 c = n->centre();
    finger_tap(c.x, c.y);
    settle();
    return true;
  }
  // From (x, y) by (dx, dy) in `steps` moves, a frame apart; lifts without resting (a
  // flick) or after resting a quarter second (`rest`).
  void swipe(float x, float y, float dx, float dy, int steps = 12, bool rest = false) {
    finger(dt::TouchPhase::Down, x, y);
    frame();
    for (int i = 1; i <= steps; ++i) {
      const float f = static_cast<float>(i) / static_cast<float>(steps);
      finger(dt::TouchPhase::Move, x + dx * f, y + dy * f);
      frame();
    }
    if (rest)
      for (int i = 0; i < 15; ++i) frame();
    finger(dt::TouchPhase::Up, x + dx, y + dy);
    frame();
  }
  // Frames until nothing moves by itself any more (a glide comes to rest).
  void glide_out() {
    for (int i = 0; i < 600 && last.wants_frame; ++i) frame();
    settle();
  }
  // Taps the item labelled `text` where it is drawn, as a visitor would, and lets the screen
  // settle (a pinned action is answered on the frame after the tap: ui/action_bar.h).
  bool tap(std::string_view text) {
    settle();
    const auto* n = app.semantics().find(text);
    if (!n) return false;
    const ImVec2 c = n->centre();
    click(c.x, c.y);
    settle();
    return true;
  }
};

}  // namespace null_ui
