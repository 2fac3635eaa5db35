#include <doctest/doctest.h>

#include "core/kiosk/tally.h"

namespace {
dt::Place at(dt::Screen s, const char* item = "") { return dt::Place{s, item}; }
}  // namespace

TEST_CASE("the event tally counts visits and what each opened, once per visit, and nothing outside a visit") {
  dt::AppState state(dt::Locale::ZhHans);
  dt::TallyKeeper k;
  // The attract loop draws the diagram for passers-by: not a visit, nothing counted.
  state.navigate(at(dt::Screen::Flow));
  k.saw(state);
  CHECK(k.tally().visits == 0);
  CHECK(k.tally().diagram == 0);

  // Visitor 1: a case (twice), the diagram, the quiz to its end.
  k.visit_started();
  state.wipe_visitor(dt::Locale::ZhHans, 1);
  for (const char* id : {"qingdao-phone-shops", "huizhou-waybills"}) {
    state.navigate(at(dt::Screen::Case, id));
    k.saw(state);
    k.saw(state);
  }
  state.navigate(at(dt::Screen::Flow));
  k.saw(state);
  state.navigate(at(dt::Screen::Quiz));
  k.saw(state);
  state.quiz().done = true;
  k.saw(state);
  k.saw(state);
  k.visit_ended();
  // Visitor 2: only the start screen.
  state.wipe_visitor(dt::Locale::ZhHans, 1);
  k.visit_started();
  state.navigate(at(dt::Screen::Home));
  k.saw(state);

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
