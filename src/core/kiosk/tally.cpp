#include "core/kiosk/tally.h"

namespace dt {

void TallyKeeper::visit_started() {
  in_visit_ = true;
  saw_case_ = saw_diagram_ = saw_quiz_ = finished_ = checked_ = false;
  ++tally_.visits;
}

void TallyKeeper::saw(const AppState& state, const Content& content) {
  if (!in_visit_) return;
  auto once = [](bool& seen, unsigned& count) {
    if (!seen) ++count;
    seen = true;
  };
  switch (state.screen()) {
    case Screen::Case: once(saw_case_, tally_.cases); break;
    case Screen::Flow: once(saw_diagram_, tally_.diagram); break;
    case Screen::Quiz: once(saw_quiz_, tally_.quiz); break;
    default: break;
  }
  if (saw_quiz_ && state.quiz().done) once(finished_, tally_.completed);
  // The visitor's change, folded into sums at once: nothing of this visit is kept to do it later.
  const SpotSession& spot = state.spot();
  if (spot.stage == SpotSession::Stage::Done && !checked_) {
    checked_ = true;
    const int before = spot.score(content, 0), after = spot.score(content, 1);
    ++tally_.checks;
    tally_.improved += after > before ? 1u : 0u;
    tally_.before_sum += static_cast<unsigned>(before);
    tally_.after_sum += static_cast<unsigned>(after);
    tally_.check_items = static_cast<unsigned>(spot.total());
  }
}

}  // namespace dt
