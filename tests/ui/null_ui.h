// The whole UI with no graphics (like Dear ImGui's example_null): real fonts, real strings,
// real layout, synthetic input. Shared by the no-graphics UI tests.
#pragma once
#include <doctest/doctest.h>
#include <imgui.h>

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

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

struct NullUi {
  dt::ui::UiApp app;
  std::vector<std::string> problems;
  explicit NullUi(Overlay overlay = {}, bool expect_clean = true) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    dt::ui::UiAssets a;
    a.fonts.regular = read(std::string(DT_FONT_DIR) + "/ui-regular.otf");
    a.fonts.bold = read(std::string(DT_FONT_DIR) + "/ui-bold.otf");
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
    app.init(std::move(a), dt::Locale::ZhHans, problems);
    if (expect_clean) REQUIRE(problems.empty());
  }
  ~NullUi() { ImGui::DestroyContext(); }
  double clock = 1000;  // the platform's clock: each frame is a 60th of a second later
  void frame() {
    clock += ImGui::GetIO().DeltaTime;
    app.set_clock(clock);
    app.prepare_frame(1.0f);
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();
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
  // Taps the item labelled `text` where it is drawn, as a visitor would.
  bool tap(std::string_view text) {
    settle();
    const auto* n = app.semantics().find(text);
    if (!n) return false;
    const ImVec2 c = n->centre();
    click(c.x, c.y);
    return true;
  }
};

}  // namespace null_ui
