// The visitor's before-and-after "spot the leak" check, in memory only. Four quick items at
// the way into the self-check or the stories (offered, never forced: skipping is one tap),
// the four matched partners after the quiz, and the visitor's own change in plain numbers.
// Nothing here outlives the visit: AppState wipes it with everything else.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"

namespace dt {

// Which items a visit asks, before and after: up to four pairs, one per topic while topics
// last. `visit` (the kiosk's visit count) rotates which pair of a topic is used and which of
// its two items comes first, half one way and half the other within a visit, so over an
// event neither item of a pair is always the "before" one: a pair whose items differ a little
// in difficulty does not tilt the event's averages.
struct SpotPlan {
  std::vector<int> before, after;  // item indices; after[i] is before[i]'s partner
};
SpotPlan plan_spot(const Content& content, unsigned visit);

struct SpotSession {
  enum class Stage { NotOffered, Offered, Before, BeforeDone, After, Done, Skipped };
  static constexpr int kItems = 4;

  Stage stage = Stage::NotOffered;
  std::string then;              // where the visitor was going when it was offered ("quiz", "cases")
  SpotPlan plan;
  std::vector<int> answers[2];   // before, after: the answer per item, -1 until given
  int index = 0;                 // the item shown in the current part
  bool feedback = false;         // its answer is given: show the reason

  bool reoffered = false;        // skipped on the way into the stories, offered once more at the self-check

  // An offer is due, on the way to `going_to` ("quiz", "cases"), while nothing was offered this
  // visit and the content has a pair; and once more on the way into the self-check when the
  // visitor skipped it on the way into the stories (they wanted to read first, not to never
  // see it), but not again after that.
  bool offer_due(const Content& c, std::string_view going_to) const {
    if (c.spot_pairs.empty()) return false;
    return stage == Stage::NotOffered || (stage == Stage::Skipped && then == "cases" && going_to == "quiz" && !reoffered);
  }
  // Each returns whether it changed anything.
  bool offer(const Content& c, unsigned visit, std::string going_to);
  bool start() { return begin_part(Stage::Offered, Stage::Before); }
  bool skip();
  bool choose(const Content& c, int answer);  // once per item; the reason follows
  bool next();                                // after the part's last item: that part is done
  bool start_after() { return begin_part(Stage::BeforeDone, Stage::After); }  // once the before part is done

  bool in_after() const { return stage == Stage::After || stage == Stage::Done; }
  const std::vector<int>& items() const { return in_after() ? plan.after : plan.before; }
  int answer() const;  // the shown item's answer, or -1
  // Right answers in a part (0 before, 1 after).
  int score(const Content& c, int part) const;
  int total() const { return static_cast<int>(plan.before.size()); }

 private:
  bool begin_part(Stage from, Stage to);
};

}  // namespace dt
