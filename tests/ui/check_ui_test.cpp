// The spot-the-leak check with no graphics, as a visitor meets it: offered on the way into
// the self-check with "skip" as large as "start", four situations each with its reason, the
// quiz, the four matching ones, and their own change in words and dots — on a desktop and on
// a phone with 200 % text, where nothing of it may run off the screen.
#include "null_ui.h"

namespace {

using Stage = dt::SpotSession::Stage;

using Role = dt::ui::SemanticNode::Role;

const dt::ui::SemanticNode* node(const null_ui::NullUi& ui, Role role, const std::string& label) {
  const auto& s = ui.app.semantics();
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i].role == role && s[i].label == label) return &s[i];
  return nullptr;
}

// Swipes the page until the control labelled `label` (of `role`; any role when Text) is
// wholly in view, then taps it with a finger: a phone with large text shows a screen a part
// at a time.
bool reach_and_tap(null_ui::NullUi& ui, const std::string& label, Role role = Role::Text) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  for (int tries = 0; tries < 30; ++tries) {
    ui.settle();
    const dt::ui::SemanticNode* n = role == Role::Text ? ui.app.semantics().find(label) : node(ui, role, label);
    if (!n) return false;
    const bool whole = n->shown_max.y - n->shown_min.y >= n->max.y - n->min.y - 1 && n->shown_max.y > n->shown_min.y;
    if (whole) {
      ui.finger_tap(n->centre().x, n->centre().y);
      return true;
    }
    const bool below = n->min.y > display.y / 2;
    ui.swipe(display.x / 2, display.y * (below ? 0.7f : 0.3f), 0, display.y * (below ? -0.35f : 0.35f), 12, true);
    ui.glide_out();
  }
  return false;
}

// Answers the item shown, rightly or not, by tapping its row; checks the reason appears.
void answer(null_ui::NullUi& ui, bool right) {
  const auto& c = ui.app.content();
  const auto& s = ui.app.state().spot();
  const dt::SpotItem& item = c.spot[static_cast<size_t>(s.items()[static_cast<size_t>(s.index)])];
  REQUIRE(ui.app.semantics().find(item.prompt.zh));
  int pick = -1;
  for (int a = 0; a < item.answer_count() && pick < 0; ++a)
    if (item.correct(a) == right) pick = a;
  const std::string label = item.kind == dt::SpotKind::SafeOrNot ? (pick == 1 ? "有风险" : "安全") : item.options[static_cast<size_t>(pick)].text.zh;
  REQUIRE_MESSAGE(reach_and_tap(ui, label, Role::Radio), label);
  CHECK(s.feedback);
  CHECK(ui.app.semantics().find(item.reason.zh));
  CHECK(ui.app.semantics().find(right ? "认出来了" : "这一题容易看走眼"));
}

// Every control and text of the screen lies within the display's width.
void nothing_off_screen(const null_ui::NullUi& ui, const char* where) {
  const float w = ImGui::GetIO().DisplaySize.x;
  const auto& s = ui.app.semantics();
  for (size_t i = 0; i < s.size(); ++i) {
    if (!s[i].placed_in_mirror() || s[i].max.x == 0) continue;
    CHECK_MESSAGE(s[i].min.x >= -0.5f, where, ": ", s[i].label);
    CHECK_MESSAGE(s[i].max.x <= w + 0.5f, where, ": ", s[i].label);
  }
}

void whole_visit(null_ui::NullUi& ui, int before_right, int after_right, const char* words) {
  ui.settle();
  // On a phone, the thumb's way in: the bottom tab; else the home card.
  if (const auto* tab = node(ui, Role::Tab, "自查")) ui.finger_tap(tab->centre().x, tab->centre().y);
  else REQUIRE(ui.tap("自查测验"));
  ui.settle();
  CHECK(ui.app.state().place() == dt::Place{dt::Screen::Check, "quiz"});
  const auto* start = ui.app.semantics().find("开始小题");
  const auto* skip = ui.app.semantics().find("跳过，直接自查");
  REQUIRE(start);
  REQUIRE(skip);
  // Declining is as large as accepting.
  CHECK(skip->max.x - skip->min.x == doctest::Approx(start->max.x - start->min.x).epsilon(0.01));
  CHECK(skip->max.y - skip->min.y == doctest::Approx(start->max.y - start->min.y).epsilon(0.01));
  nothing_off_screen(ui, "the offer");
  REQUIRE(reach_and_tap(ui, "开始小题"));
  for (int i = 0; i < 4; ++i) {
    answer(ui, i < before_right);
    nothing_off_screen(ui, "a quick question");
    REQUIRE(reach_and_tap(ui, i < 3 ? "下一题" : "开始自查", Role::Button));
  }
  CHECK(ui.app.state().screen() == dt::Screen::Quiz);
  null_ui::finish_quiz(ui.app);
  ui.settle();
  CHECK(ui.app.state().place() == dt::Place{dt::Screen::Check, "after"});
  for (int i = 0; i < 4; ++i) {
    answer(ui, i < after_right);
    REQUIRE(reach_and_tap(ui, i < 3 ? "下一题" : "看看我的变化", Role::Button));
  }
  ui.settle();
  CHECK(ui.app.semantics().find(("之前：4题认出" + std::to_string(before_right) + "题").c_str()));
  CHECK(ui.app.semantics().find(("现在：4题认出" + std::to_string(after_right) + "题").c_str()));
  CHECK(ui.app.semantics().find(words));
  nothing_off_screen(ui, "the change");
  REQUIRE(reach_and_tap(ui, "看我的防护清单", Role::Button));
  CHECK(ui.app.state().screen() == dt::Screen::Quiz);
  CHECK(ui.app.semantics().find("你的防护清单"));
}

}  // namespace

TEST_CASE("the quick questions around the self-check, start to plan, by finger on a desktop") {
  null_ui::NullUi ui;
  whole_visit(ui, 1, 3, "这次多认出了2个泄露点");
}

TEST_CASE("on a phone at 200 % text: nothing runs off the screen; no change still encourages") {
  null_ui::NullUi ui;
  ui.screen(390, 844, 2);
  ui.app.state().set_text_scale(2);
  whole_visit(ui, 2, 2, "和之前一样多。多看几个真实案例");
}

TEST_CASE("every one spotted both times: said as such, never as a grade") {
  null_ui::NullUi ui;
  whole_visit(ui, 4, 4, "前后都全部认出来了");
  CHECK_FALSE(ui.app.semantics().find("分数"));
}

TEST_CASE("skip goes straight on; back from the matching part leaves a way to them on the plan") {
  null_ui::NullUi ui;
  ui.settle();
  REQUIRE(ui.tap("案例故事"));
  ui.settle();
  CHECK(ui.app.state().item() == "cases");
  REQUIRE(ui.finger_tap("跳过，直接看案例"));
  CHECK(ui.app.state().screen() == dt::Screen::Cases);
  CHECK(ui.app.state().spot().stage == Stage::Skipped);

  // Another visitor does the "before", then leaves the matching part half-way.
  ui.app.state().wipe_visitor(dt::Locale::ZhHans, 1);
  ui.settle();
  REQUIRE(ui.tap("自查测验"));
  REQUIRE(ui.finger_tap("开始小题"));
  for (int i = 0; i < 4; ++i) {
    answer(ui, true);
    REQUIRE(ui.finger_tap(i < 3 ? "下一题" : "开始自查"));
  }
  null_ui::finish_quiz(ui.app);
  ui.settle();
  answer(ui, true);
  CHECK(ui.app.state().back());
  ui.settle();
  CHECK(ui.app.semantics().find("还有4道对比小题"));
  REQUIRE(ui.finger_tap("做对比小题"));
  CHECK(ui.app.state().place() == dt::Place{dt::Screen::Check, "after"});
  CHECK(ui.app.state().spot().index == 0);
  CHECK(ui.app.state().spot().feedback);  // the answer given stands: the same item, explained
}
