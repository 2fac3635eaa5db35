// The organiser's event tally (kiosk only): how many visits started, and how many of them
// opened a case, the diagram, the quiz, and finished it, since the kiosk page was opened.
// Counters and nothing else: no answer, no time, no order of visits, nothing per visitor.
// Held in memory by the kiosk; a reload or the operator's reset sets them to zero.
#pragma once
#include "core/app_state.h"

namespace dt {

struct EventTally {
  unsigned visits = 0, cases = 0, diagram = 0, quiz = 0, completed = 0;
};

class TallyKeeper {
 public:
  // A visitor's first touch after the attract loop (or after the last visit was wiped).
  void visit_started();
  // What the visit shows now; each kind counts once per visit. Nothing counts outside a
  // visit (the attract loop draws the diagram for passers-by).
  void saw(const AppState& state);
  // The visit is over (wiped): the next one starts with nothing marked.
  void visit_ended() { in_visit_ = false; }
  const EventTally& tally() const { return tally_; }
  void reset() { tally_ = EventTally{}; }

 private:
  EventTally tally_;
  bool in_visit_ = false;
  bool saw_case_ = false, saw_diagram_ = false, saw_quiz_ = false, finished_ = false;
};

}  // namespace dt
