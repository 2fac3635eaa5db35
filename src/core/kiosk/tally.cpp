#include "core/kiosk/tally.h"

namespace dt {

void TallyKeeper::visit_started() {
  in_visit_ = true;
  saw_case_ = saw_diagram_ = saw_quiz_ = finished_ = false;
  ++tally_.visits;
}

void TallyKeeper::saw(const AppState& state) {
  if (!in_visit_) return;
  auto once = [](bool& seen, unsigned& count) {
    if (!seen) ++count;
    seen = true;
  };
  switch (state.screen()) {
    case Screen::Case: once(saw_case_, tally_.cases); break;
    case Screen::Flow: once(saw_diagram_, tally_.diagram); break;
    case Screen::Quiz:
      once(saw_quiz_, tally_.quiz);
      if (state.quiz().done) once(finished_, tally_.completed);
      break;
    default: break;
  }
}

}  // namespace dt
