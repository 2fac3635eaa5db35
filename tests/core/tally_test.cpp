#include <doctest/doctest.h>

#include "core/kiosk/tally.h"
#include "test_util.h"

namespace {
dt::Place at(dt::Screen s, const char* item = "") { return dt::Place{s, item}; }
}  // namespace

TEST_CASE("the event tally counts visits and what each opened, once per visit, and nothing outside a visit") {
  const dt::Content& content = dt::test::shipped_content();
  dt::AppState state(dt::Locale::ZhHans);
  dt::TallyKeeper k;
  // The attract loop draws the diagram for passers-by: not a visit, nothing counted.
  state.navigate(at(dt::Screen::Flow));
  k.saw(state, content);
  CHECK(k.tally().visits == 0);
  CHECK(k.tally().diagram == 0);

  // Visitor 1: a case (twice), the diagram, the quiz to its end.
  k.visit_started();
  state.wipe_visitor(dt::Locale::ZhHans, 1);
  for (const char* id : {"qingdao-phone-shops", "huizhou-waybills"}) {
    state.navigate(at(dt::Screen::Case, id));
    k.saw(state, content);
    k.saw(state, content);
  }
  state.navigate(at(dt::Screen::Flow));
  k.saw(state, content);
  state.navigate(at(dt::Screen::Quiz));
  k.saw(state, content);
  state.quiz().done = true;
  k.saw(state, content);
  k.saw(state, content);
  k.visit_ended();
  // Visitor 2: only the start screen.
  state.wipe_visitor(dt::Locale::ZhHans, 1);
  k.visit_started();
  state.navigate(at(dt::Screen::Home));
  k.saw(state, content);

  const dt::EventTally& t = k.tally();
  CHECK(t.visits == 2);
  CHECK(t.cases == 1);  // visits that opened a case, not cases opened
  CHECK(t.diagram == 1);
  CHECK(t.quiz == 1);
  CHECK(t.completed == 1);
  k.reset();
  CHECK(k.tally().visits == 0);
  CHECK(k.tally().completed == 0);
}

namespace {
// Answers a whole part of the check: right on the first `right` items, wrong on the rest.
void answer_part(dt::AppState& state, const dt::Content& c, int right) {
  const auto& spot = state.spot();
  for (int i = 0; i < spot.total(); ++i) {
    const dt::SpotItem& item = c.spot[static_cast<size_t>(spot.items()[static_cast<size_t>(i)])];
    int pick = -1;
    for (int a = 0; a < item.answer_count() && pick < 0; ++a)
      if (item.correct(a) == (i < right)) pick = a;
    state.spot_choose(c, pick);
    state.spot_next();
  }
}
}  // namespace

TEST_CASE("the tally adds each visitor's before and after once, as sums; the app keeps no answer after the wipe") {
  const dt::Content& content = dt::test::shipped_content();
  dt::AppState state(dt::Locale::ZhHans);
  dt::TallyKeeper k;
  auto visit = [&](int before, int after, bool skip) {
    state.wipe_visitor(dt::Locale::ZhHans, 1);
    k.visit_started();
    state.enter(dt::Screen::Quiz, content);
    REQUIRE(state.screen() == dt::Screen::Check);
    if (skip) {
      state.spot_skip();
    } else {
      state.spot_start();
      answer_part(state, content, before);
    }
    CHECK(state.screen() == dt::Screen::Quiz);
    k.saw(state, content);
    dt::test::take_quiz(state, content);
    k.saw(state, content);
    if (!skip) {
      CHECK(state.screen() == dt::Screen::Check);
      answer_part(state, content, after);
      CHECK(state.spot().stage == dt::SpotSession::Stage::Done);
    } else {
      CHECK(state.screen() == dt::Screen::Quiz);  // no "after" without a "before"
    }
    k.saw(state, content);
    k.saw(state, content);
    k.visit_ended();
  };
  visit(2, 4, false);  // spotted more after
  visit(3, 3, false);  // the same
  visit(0, 0, true);   // skipped
  const dt::EventTally& t = k.tally();
  CHECK(t.visits == 3);
  CHECK(t.completed == 3);
  CHECK(t.checks == 2);
  CHECK(t.improved == 1);
  CHECK(t.before_sum == 5);
  CHECK(t.after_sum == 7);
  CHECK(t.average_before() == doctest::Approx(2.5));
  CHECK(t.average_after() == doctest::Approx(3.5));
  // The wipe leaves the counters and nothing of the visitor: no answer, no plan, no stage.
  state.wipe_visitor(dt::Locale::ZhHans, 1);
  CHECK(state.spot().stage == dt::SpotSession::Stage::NotOffered);
  CHECK(state.spot().answers[0].empty());
  CHECK(state.spot().answers[1].empty());
  CHECK(state.quiz().answers.questions() == 0);
  CHECK(k.tally().checks == 2);
}
