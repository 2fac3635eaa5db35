// The whole UI running with no graphics at all (like Dear ImGui's example_null): real fonts,
// real strings, real layout, synthetic input. Proves screens work without a GPU and lets the
// tests count memory the way a kiosk running all day would accumulate it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <imgui.h>
#include <malloc.h>

#include <fstream>
#include <sstream>
#include <string>

#include "ui/ui_app.h"
#include "ui/widgets.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct NullUi {
  dt::ui::UiApp app;
  NullUi() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60;
    dt::ui::UiAssets a;
    a.fonts.regular = read(std::string(DT_FONT_DIR) + "/ui-regular.otf");
    a.fonts.bold = read(std::string(DT_FONT_DIR) + "/ui-bold.otf");
    a.strings_zh = read(std::string(DT_SOURCE_DIR) + "/content/strings/zh-Hans.json");
    a.strings_en = read(std::string(DT_SOURCE_DIR) + "/content/strings/en.json");
    std::vector<std::string> problems;
    app.init(std::move(a), dt::Locale::ZhHans, problems);
    REQUIRE(problems.empty());
  }
  ~NullUi() { ImGui::DestroyContext(); }
  void frame() {
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
};

#if defined(__SANITIZE_ADDRESS__)
}  // namespace
// ASan replaces malloc, and glibc's mallinfo then reports nothing; ask ASan instead (GCC
// ships the runtime but not this header).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
namespace {
size_t heap_in_use() { return __sanitizer_get_current_allocated_bytes(); }
#else
size_t heap_in_use() { return mallinfo2().uordblks; }
#endif

}  // namespace

TEST_CASE("every screen draws in both languages without a GPU") {
  NullUi ui;
  for (dt::Locale l : dt::kAllLocales) {
    ui.app.state().set_locale(l);
    for (dt::Screen s : {dt::Screen::Home, dt::Screen::Cases, dt::Screen::Flow, dt::Screen::Quiz}) {
      ui.app.state().navigate(s);
      ui.settle();
      CHECK(ImGui::GetDrawData()->TotalVtxCount > 500);  // text and cards, not an empty frame
    }
  }
}

TEST_CASE("a click on the first home card opens the case stories") {
  NullUi ui;
  ui.settle();
  ui.click(300, 420);
  CHECK(ui.app.state().screen() == dt::Screen::Cases);
}

TEST_CASE("switching language and screens all day does not grow the heap") {
  NullUi ui;
  // Through the same input path a visitor uses: taps on the language switch, the cards and
  // the back button, keys and wheel, at desktop and phone sizes.
  auto cycle = [&] {
    for (int i = 0; i < 20; ++i) {
      ImGui::GetIO().DisplaySize = i % 2 ? ImVec2(360, 640) : ImVec2(1280, 800);
      ui.settle();
      ui.click(i % 2 ? 300 : 1100, 36);  // language switch
      ui.click(i % 2 ? 180 : 300 + 340 * static_cast<float>(i % 3), 420);  // a card
      ImGui::GetIO().AddMouseWheelEvent(0, -2);
      for (ImGuiKey k : {ImGuiKey_X, ImGuiKey_LeftShift, ImGuiKey_A, ImGuiKey_Tab, ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_Space, ImGuiKey_DownArrow,
                         ImGuiKey_UpArrow, ImGuiKey_Escape, ImGuiKey_Escape, ImGuiKey_Escape}) {
        ImGui::GetIO().AddKeyEvent(k, true);
        ImGui::GetIO().AddInputCharacter('x');  // typing lands somewhere even with no text field
        ui.frame();
        ImGui::GetIO().AddKeyEvent(k, false);
        ui.frame();
      }
      ui.settle();
    }
  };
  cycle();  // working set: every screen in both languages, atlas complete
  cycle();
  const size_t warm = heap_in_use();
  for (int i = 0; i < 20; ++i) cycle();
  const size_t after = heap_in_use();
  MESSAGE("heap in use " << warm << " -> " << after);
  REQUIRE_MESSAGE(warm > 100000, "the allocator reports no usage (sanitizer build?)");
  CHECK(after <= warm + 1024);  // a kilobyte of slack for allocator bookkeeping
  CHECK(ui.app.state().screen() == dt::Screen::Home);
}

TEST_CASE("a title too long for its room is shortened with an ellipsis, never overflowing") {
  NullUi ui;
  ui.settle();
  ImFont* font = ImGui::GetIO().FontDefault;
  const dt::ui::FontUse f{font, font->FontSize};
  const std::string title = "Where Does My Data Go?";
  CHECK(dt::ui::fit_text(f, title, 10000) == title);
  const std::string shown = dt::ui::fit_text(f, title, 120);
  CHECK(shown.size() >= 3);
  CHECK(shown.substr(shown.size() - 3) == "\xE2\x80\xA6");
  CHECK(font->CalcTextSizeA(f.size, FLT_MAX, 0, shown.c_str()).x <= 120);
}
