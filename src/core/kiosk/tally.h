// The organiser's event tally (kiosk only): how many visits started, and how many of them
// opened a case, the diagram, the quiz, and finished it, since the kiosk page was opened;
// how many did the spot-the-leak check before and after, how many of those spotted more
// after, and the sums behind the average before and after (what the organiser reports).
// Counters and nothing else: no answer, no time, no order of visits, nothing per visitor.
// Held in memory by the kiosk; a reload or the operator's reset sets them to zero.
#pragma once
#include "core/app_state.h"

namespace dt {

struct EventTally {
  unsigned visits = 0, cases = 0, diagram = 0, quiz = 0, completed = 0;
  unsigned checks = 0, improved = 0, before_sum = 0, after_sum = 0, check_items = 0;
  // The scores (spotted more, the averages) are shown only from this many checks on: with
  // one, the average is that visitor's score, and reading the panel before and after a visit
  // tells that visitor's (issue 30, M3).
  static constexpr unsigned kMinChecksForScores = 5;
  bool scores_shown() const { return checks >= kMinChecksForScores; }
  // Averages of right answers per check (0 when none was done).
  double average_before() const { return checks ? static_cast<double>(before_sum) / checks : 0.0; }
  double average_after() const { return checks ? static_cast<double>(after_sum) / checks : 0.0; }
};

class TallyKeeper {
 public:
  // A visitor's first touch after the attract loop (or after the last visit was wiped).
  void visit_started();
  // What the visit shows now; each kind counts once per visit. Nothing counts outside a
  // visit (the attract loop draws the diagram for passers-by).
  void saw(const AppState& state, const Content& content);
  // The visit is over (wiped): the next one starts with nothing marked.
  void visit_ended() { in_visit_ = false; }
  const EventTally& tally() const { return tally_; }
  void reset() { tally_ = EventTally{}; }

 private:
  EventTally tally_;
  bool in_visit_ = false;
  bool saw_case_ = false, saw_diagram_ = false, saw_quiz_ = false, finished_ = false, checked_ = false;
};

}  // namespace dt
