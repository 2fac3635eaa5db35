// Kiosk mode through the real UI with no graphics: the attract loop, "Still there?", the
// wipe of a visit, the operator panel behind a long press and a code. Time is the test's.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "core/kiosk/config.h"
#include "core/kiosk/sha256.h"
#include "null_ui.h"

namespace {

using null_ui::NullUi;
using Phase = dt::IdleTimer::Phase;

struct KioskUi : NullUi {
  explicit KioskUi(dt::KioskConfig c = short_timers(), std::vector<std::string> notes = {}) {
    app.set_clock(clock);
    app.set_kiosk(c, std::move(notes));
    settle();
  }
  static dt::KioskConfig short_timers() {
    dt::KioskConfig c;
    c.idle_seconds = 30;
    c.countdown_seconds = 10;
    return c;
  }
  // The clock moves to `t` and the platform draws the frames it would draw then.
  void at(double t) {
    clock = t;
    settle();
  }
  bool shows(const char* text) { return app.semantics().find(text) != nullptr; }
  // The operator's way in: three seconds on the top-left corner, then the code on the keypad.
  bool open_panel(const char* code) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(10, 10);
    io.AddMouseButtonEvent(0, true);
    at(clock + 0.1);
    at(clock + 3.1);
    io.AddMouseButtonEvent(0, false);
    settle();
    for (const char* d = code; *d; ++d)
      if (!tap(std::string(1, *d))) return false;
    return tap("确定");
  }
};

}  // namespace

TEST_CASE("a kiosk starts with its attract loop; the first touch opens the start screen") {
  KioskUi k;
  CHECK(k.app.kiosk().phase() == Phase::Attract);
  CHECK(k.app.state().screen() == dt::Screen::Flow);
  CHECK(k.app.state().open_flow_view("overview").playing);  // the story plays by itself
  CHECK(k.shows("开始"));                         // one big button for a screen reader
  CHECK_FALSE(k.shows("下一步"));                 // the screen behind is not reachable
  CHECK(k.app.kiosk().next_deadline(k.clock) < 0);  // the idle clock waits for someone to come
  REQUIRE(k.tap("开始"));
  CHECK(k.app.kiosk().phase() == Phase::Active);
  CHECK(k.app.state().screen() == dt::Screen::Home);
  CHECK(k.app.state().text_scale() == doctest::Approx(1.25));  // the kiosk's larger default
}

TEST_CASE("left alone, a visit is asked about, then wiped to the attract loop; every trace goes") {
  KioskUi k;
  REQUIRE(k.tap("开始"));
  REQUIRE(k.tap("English"));
  REQUIRE(k.tap("Self-check"));
  REQUIRE(k.tap("Skip, go to the self-check"));
  REQUIRE(k.tap("I hand it over and let them do it"));
  REQUIRE(k.tap("See how to be safer"));
  CHECK(k.app.state().quiz().answers.answered(0));
  const double last = k.clock;
  CHECK(k.app.next_deadline() == doctest::Approx(last + 30).epsilon(0.001));  // the platform sleeps until then
  k.at(last + 29);
  CHECK_FALSE(k.shows("Still there?"));
  k.at(last + 30.5);
  CHECK(k.app.kiosk().phase() == Phase::Warning);
  CHECK(k.shows("Still there?"));
  CHECK(k.shows("In 10 seconds"));
  CHECK_FALSE(k.shows("I hand it over"));  // modal: the quiz behind is hidden from the reader
  k.at(last + 33.2);
  CHECK(k.shows("In 7 seconds"));
  k.at(last + 40.1);
  CHECK(k.app.kiosk().phase() == Phase::Attract);
  CHECK_FALSE(k.app.state().quiz().answers.answered(0));
  CHECK(k.app.state().locale() == dt::Locale::ZhHans);
  CHECK(k.shows("开始"));
  // The next visitor finds a fresh quiz, and no way back into the last visit.
  REQUIRE(k.tap("开始"));
  CHECK_FALSE(k.app.state().can_go_back());
  REQUIRE(k.tap("自查测验"));
  REQUIRE(k.tap("跳过，直接自查"));  // offered again: a new visit

  CHECK(k.shows("第 1 题，共 14 题"));
  CHECK_FALSE(k.app.semantics().find("把手机交给店员")->current);
}

TEST_CASE("answering \"Still there?\" keeps the visit as it was") {
  KioskUi k;
  REQUIRE(k.tap("开始"));
  REQUIRE(k.tap("案例故事"));
  REQUIRE(k.tap("跳过，直接看案例"));
  const double last = k.clock;
  k.at(last + 31);
  REQUIRE(k.tap("我还在，继续看"));
  CHECK(k.app.kiosk().phase() == Phase::Active);
  CHECK(k.app.state().screen() == dt::Screen::Cases);
  k.at(k.clock + 20);  // the clock started again from the answer
  CHECK(k.app.kiosk().phase() == Phase::Active);
}

TEST_CASE("the operator panel opens after a long press in the corner and the code, and lists kiosk.json's problems") {
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  KioskUi k(c, {"kiosk.json: /idle_seconds: 2 is outside 15..3600"});
  REQUIRE(k.tap("开始"));
  ImGuiIO& io = ImGui::GetIO();
  // A short press in the corner does nothing special.
  io.AddMousePosEvent(10, 10);
  io.AddMouseButtonEvent(0, true);
  k.at(k.clock + 0.5);
  io.AddMouseButtonEvent(0, false);
  k.settle();
  CHECK_FALSE(k.shows("管理员面板"));
  // Held for three seconds, it asks for the code; the platform was told to wake for it.
  io.AddMouseButtonEvent(0, true);
  k.at(k.clock + 0.1);
  CHECK(k.app.next_deadline() == doctest::Approx(k.clock - 0.1 + 3).epsilon(0.01));
  k.at(k.clock + 3.1);
  io.AddMouseButtonEvent(0, false);
  k.settle();
  REQUIRE(k.shows("请输入管理员密码"));
  for (const char* d : {"1", "2", "3", "4"}) REQUIRE(k.tap(d));
  REQUIRE(k.tap("确定"));
  CHECK(k.shows("密码不对"));
  for (const char* d : {"1", "3", "7", "9"}) REQUIRE(k.tap(d));
  REQUIRE(k.tap("确定"));
  CHECK(k.shows("当前设置"));
  CHECK(k.shows("idle_seconds: 30"));
  CHECK(k.shows("/idle_seconds: 2 is outside"));
  REQUIRE(k.tap("关闭"));
  CHECK_FALSE(k.shows("当前设置"));
  CHECK(k.app.state().screen() == dt::Screen::Home);
}

TEST_CASE("the operator panel scrolls on a landscape screen: its last button is reached by wheel and by finger") {
  // Organiser walk P1-16: at 1280x800 the panel ran off the bottom and nothing moved it.
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  KioskUi k(c, {"kiosk.json: /idle_seconds: 2 is outside 15..3600"});
  REQUIRE(k.tap("开始"));
  REQUIRE(k.open_panel("1379"));
  const auto bottom = [&] {
    k.settle();
    const auto* n = k.app.semantics().find("清空并回到开始画面");
    REQUIRE(n != nullptr);
    return n->max.y;
  };
  const float before = bottom();
  REQUIRE(before > 800);  // below the fold: the case this test is about
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(640, 400);
  for (int i = 0; i < 40 && bottom() > 800; ++i) io.AddMouseWheelEvent(0, -1);
  CHECK(bottom() <= 800);
  // Back to the top, then a finger drags the panel up.
  for (int i = 0; i < 40; ++i) io.AddMouseWheelEvent(0, 1), k.frame();
  REQUIRE(bottom() == doctest::Approx(before));
  for (int i = 0; i < 6 && bottom() > 800; ++i) k.swipe(640, 700, 0, -500, 12, true);
  CHECK(bottom() <= 800);
  REQUIRE(k.tap("清空并回到开始画面"));
  CHECK_FALSE(k.shows("当前设置"));
}

TEST_CASE("modules turned off in kiosk.json are not offered") {
  dt::KioskConfig c = KioskUi::short_timers();
  c.show_quiz = false;
  KioskUi k(c);
  REQUIRE(k.tap("开始"));
  CHECK(k.shows("案例故事"));
  CHECK_FALSE(k.shows("自查测验"));
}

TEST_CASE("on the portrait kiosk, a finger on the attract screen opens home with its bar, and a held corner the panel") {
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  KioskUi k(c);
  k.screen(1080, 1920, 1);
  k.settle();
  REQUIRE(k.app.kiosk().phase() == Phase::Attract);
  k.finger_tap(540, 900);  // anywhere: the middle of the diagram behind the banner
  CHECK(k.app.kiosk().phase() == Phase::Active);
  CHECK(k.app.state().screen() == dt::Screen::Home);
  CHECK(k.app.state().open_flow_view("overview").selected == -1);  // the card under the finger was not opened
  CHECK(k.shows("English"));                             // the top bar is there
  // A finger held in the corner for three seconds asks for the code.
  k.finger(dt::TouchPhase::Down, 20, 20);
  k.at(k.clock + 0.1);
  k.at(k.clock + 3.1);
  k.finger(dt::TouchPhase::Up, 20, 20);
  k.settle();
  CHECK(k.shows("请输入管理员密码"));
}

TEST_CASE("swiping through a long page counts as a visitor: the idle clock starts again") {
  KioskUi k;
  k.screen(1080, 1920, 1);
  REQUIRE(k.tap("开始"));
  k.app.state().navigate(dt::Screen::Case, "shenzhen-estates");
  k.settle();
  k.at(k.clock + 25);  // 30 s idle allowed: 5 left
  k.swipe(500, 1500, 0, -400, 10, true);
  k.at(k.clock + 10);  // 10 s after the swipe: had it not counted, the warning would show
  CHECK(k.app.kiosk().phase() == Phase::Active);
}

TEST_CASE("without an operator code there is no operator panel: no known code opens it") {
  KioskUi k;  // kiosk.json without "operator_code"
  REQUIRE(k.tap("开始"));
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(10, 10);
  io.AddMouseButtonEvent(0, true);
  k.at(k.clock + 0.1);
  k.at(k.clock + 3.5);
  io.AddMouseButtonEvent(0, false);
  k.settle();
  CHECK_FALSE(k.shows("请输入管理员密码"));
  CHECK(k.app.kiosk().next_deadline(k.clock) != doctest::Approx(k.clock));  // nothing waits on the corner either
}

TEST_CASE("a wiped visit leaves no reading position: the next visitor opens the same case at its top") {
  KioskUi k;
  REQUIRE(k.tap("开始"));
  k.app.state().navigate(dt::Screen::Case, "shenzhen-estates");
  k.settle();
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(640, 400);
  for (int i = 0; i < 10; ++i) {
    io.AddMouseWheelEvent(0, -5);
    k.frame();
  }
  k.settle();
  REQUIRE(k.app.page_scroll() > 200);
  k.at(k.clock + 31);  // idle: "Still there?"
  k.at(k.clock + 11);  // nobody answers: wiped, attract loop
  REQUIRE(k.app.kiosk().phase() == Phase::Attract);
  REQUIRE(k.tap("开始"));
  k.app.state().navigate(dt::Screen::Case, "shenzhen-estates");
  k.settle();
  CHECK(k.app.page_scroll() == 0);
}

TEST_CASE("a kiosk offers printing only when its organiser set a printer up (a dialog could hold up the wipe)") {
  struct FakePrinter final : dt::ui::Printer {
    bool print(const dt::ui::PrintablePlan&) override { return true; }
  } printer;
  for (bool printing : {false, true}) {
    CAPTURE(printing);
    dt::KioskConfig c = KioskUi::short_timers();
    c.printing = printing;
    KioskUi k(c);
    k.app.set_printer(&printer);
    REQUIRE(k.tap("开始"));
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4000);
    k.app.state().navigate(dt::Screen::Quiz);
    k.settle();
    null_ui::finish_quiz(k.app);
    k.settle();
    REQUIRE(k.shows("你的防护清单"));
    CHECK(k.shows("打印我的防护清单") == printing);
  }
}

TEST_CASE("the operator panel counts the event's visits and what they opened, and nothing about any visitor") {
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  KioskUi k(c);
  // Visitor 1 opens a case and finishes the self-check; the visit times out.
  REQUIRE(k.tap("开始"));
  REQUIRE(k.tap("案例故事"));
  REQUIRE(k.app.open("case/qingdao-phone-shops"));
  k.settle();
  REQUIRE(k.app.open("quiz"));
  k.settle();
  null_ui::finish_quiz(k.app);
  k.settle();
  k.at(k.clock + 41);
  REQUIRE(k.app.kiosk().phase() == Phase::Attract);  // the attract loop shows the diagram: not counted
  k.at(k.clock + 5);
  // Visitor 2 only looks at the start screen.
  REQUIRE(k.tap("开始"));
  const dt::EventTally& t = k.app.kiosk().tally();
  CHECK(t.visits == 2);
  CHECK(t.cases == 1);
  CHECK(t.diagram == 0);
  CHECK(t.quiz == 1);
  CHECK(t.completed == 1);
  // The panel shows them (the operator opens it with the code)...
  REQUIRE(k.open_panel("1379"));
  CHECK(k.shows("访问人次：2"));
  CHECK(k.shows("看了案例：1"));
  CHECK(k.shows("看了数据流向图：0"));
  CHECK(k.shows("完成自查：1"));
  // ...and sets them to zero.
  REQUIRE(k.tap("统计清零"));
  CHECK(k.shows("访问人次：0"));
  CHECK(k.app.kiosk().tally().completed == 0);
}

TEST_CASE("finishing the self-check at a kiosk shows a large \"completed\" card with the word of the day; it goes with the visit") {
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  c.words_of_the_day = {"平安", "守护"};
  KioskUi k(c);
  ImGui::GetIO().DisplaySize = ImVec2(1080, 1920);  // a floor stand: the whole panel on screen
  REQUIRE(k.tap("开始"));
  REQUIRE(k.app.open("quiz"));
  k.settle();
  CHECK_FALSE(k.shows("已完成 · Completed"));  // not before the end
  null_ui::finish_quiz(k.app);
  k.settle();
  CHECK(k.shows("已完成 · Completed"));
  CHECK(k.shows("今日口令：平安"));
  // In English the word is the same, and "completed" still says it in both languages.
  REQUIRE(k.tap("English"));
  CHECK(k.shows("已完成 · Completed"));
  CHECK(k.shows("Today's code word: 平安"));
  // The visit times out: the card goes with it.
  k.at(k.clock + 41);
  REQUIRE(k.app.kiosk().phase() == Phase::Attract);
  REQUIRE(k.tap("开始"));
  CHECK_FALSE(k.shows("已完成 · Completed"));
  CHECK_FALSE(k.app.state().quiz().done);
  // The operator moves to the next word; the next visitor who finishes sees it.
  REQUIRE(k.open_panel("1379"));
  CHECK(k.shows("平安"));
  REQUIRE(k.tap("换下一个口令"));
  CHECK(k.app.kiosk().config().words_of_the_day.front() == "守护");
  CHECK(k.shows("守护"));
  REQUIRE(k.tap("关闭"));
  REQUIRE(k.app.open("quiz"));
  k.settle();
  null_ui::finish_quiz(k.app);
  k.settle();
  CHECK(k.shows("今日口令：守护"));
}

TEST_CASE("the event summary prints the organiser and the counts, and nothing of any visitor") {
  struct FakePrinter final : dt::ui::Printer {
    std::vector<dt::ui::PrintablePlan> sheets;
    bool print(const dt::ui::PrintablePlan& p) override {
      sheets.push_back(p);
      return true;
    }
  } printer;
  dt::KioskConfig c = KioskUi::short_timers();
  c.operator_code_sha256 = dt::operator_code_hash("1379");
  c.printing = true;
  c.organiser = {"河畔社区反诈宣传周", "Riverside anti-fraud week"};
  KioskUi k(c);
  k.app.set_printer(&printer);
  ImGui::GetIO().DisplaySize = ImVec2(1080, 1920);
  REQUIRE(k.tap("开始"));
  REQUIRE(k.app.open("quiz"));
  k.settle();
  null_ui::finish_quiz(k.app);
  k.settle();
  REQUIRE(k.open_panel("1379"));
  REQUIRE(k.tap("打印活动统计"));
  REQUIRE(printer.sheets.size() == 1);
  const dt::ui::PrintablePlan& s = printer.sheets.front();
  CHECK(s.title == "本次活动统计");
  CHECK(s.intro == "河畔社区反诈宣传周");
  REQUIRE(s.items.size() == 8);
  CHECK(s.items[0].label == "访问人次");
  CHECK(s.items[0].advice == "1");
  CHECK(s.items[4].label == "完成自查");
  CHECK(s.items[4].advice == "1");
  CHECK(s.items[5].label == "做了前后小题");
  CHECK(s.items[5].advice == "0");
  CHECK(s.items[6].advice == "—");  // no scores printed for fewer than five who did both parts
  CHECK(s.items[7].advice == "—");
  for (const auto& item : s.items) CHECK(item.reason.empty());  // numbers only: no advice, no answer
}
