// Someone writing a case beside the running app (--content DIR --watch): the content reloads
// where the visitor is, a broken save shows the Problems screen, the fix brings the page back;
// and the folder watch notices an edit, an added file and nothing else.
#include <doctest/doctest.h>
#include <imgui.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "null_ui.h"
#include "platform/native/content_watch.h"

using null_ui::NullUi;
using null_ui::Overlay;

namespace {

// The case file with one title changed.
Overlay retitled(const std::string& from, const std::string& to) {
  std::string text = null_ui::read(std::string(DT_SOURCE_DIR) + "/content/cases/huizhou-waybills.json");
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return {{"cases/huizhou-waybills.json", text}};
}

}  // namespace

TEST_CASE("a reload shows the edited words where the visitor is; a broken save shows why, the fix brings the page back") {
  NullUi ui;
  ImGui::GetIO().DisplaySize = ImVec2(1280, 3000);
  REQUIRE(ui.app.open("case/huizhou-waybills"));
  ui.settle();
  REQUIRE(ui.app.semantics().find("快递公司员工私下卖客户资料，当地公司把个人信息分类转卖"));
  const unsigned before = ui.app.state().revision();

  std::vector<std::string> problems;
  ui.app.reload(null_ui::assets(retitled("快递公司员工私下卖客户资料，当地公司把个人信息分类转卖", "快递单被分类卖掉了")), problems);
  CHECK(problems.empty());
  CHECK(ui.app.state().revision() != before);  // the platform draws the new words at once
  ui.settle();
  CHECK(dt::place_name(ui.app.state().place()) == "case/huizhou-waybills");
  CHECK(ui.app.semantics().find("快递单被分类卖掉了"));
  CHECK_FALSE(ui.app.semantics().find("快递公司员工私下卖客户资料，当地公司把个人信息分类转卖"));

  problems.clear();
  ui.app.reload(null_ui::assets({{"cases/huizhou-waybills.json", "{\"id\": \"huizhou-waybills\", \"titel\""}}), problems);
  CHECK_FALSE(problems.empty());
  CHECK(ui.app.state().screen() == dt::Screen::Problems);
  ui.settle();
  CHECK(ImGui::GetDrawData()->TotalVtxCount > 500);

  problems.clear();
  ui.app.reload(null_ui::assets(), problems);
  CHECK(problems.empty());
  CHECK(ui.app.state().screen() == dt::Screen::Home);
  ui.settle();
  REQUIRE(ui.app.open("case/huizhou-waybills"));
  ui.settle();
  CHECK(ui.app.semantics().find("快递公司员工私下卖客户资料，当地公司把个人信息分类转卖"));
}

TEST_CASE("a reload forgets the answers: the questions they pointed at may have changed") {
  NullUi ui;
  auto& quiz = ui.app.state().quiz();
  ui.app.state().navigate(dt::Screen::Quiz);
  ui.settle();
  quiz.answers.choose(ui.app.content().questions, 0, 0);
  null_ui::finish_quiz(ui.app);
  std::vector<std::string> problems;
  ui.app.reload(null_ui::assets(), problems);
  CHECK_FALSE(ui.app.state().quiz().done);
  CHECK_FALSE(ui.app.state().quiz().answers.answered(0));
  ui.settle();
  CHECK(ui.app.semantics().find("第 1 题，共 14 题"));
}

TEST_CASE("the folder watch sees an edit and an added file, and nothing when nothing changed") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("datatrail-watch-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "cases");
  auto write = [&](const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
  };
  write(dir / "cases" / "a.json", "{}");
  dt::ContentWatch watch(dir.string());
  CHECK_FALSE(watch.changed());  // the first reading
  CHECK_FALSE(watch.changed());
  write(dir / "cases" / "a.json", "{\"id\": \"a\"}");  // a different size
  CHECK(watch.changed());
  CHECK_FALSE(watch.changed());  // once per change
  write(dir / "cases" / "b.json", "{}");
  CHECK(watch.changed());
  fs::remove(dir / "cases" / "b.json");
  CHECK(watch.changed());
  fs::remove_all(dir);
}
