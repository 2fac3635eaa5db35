// The quiz's one result: everything the result screen, the plan, the print-out and the
// diagram's "where your data could leak" read, worked out once from the answers when the
// visitor finishes. Nothing here is sent anywhere or kept beyond the visit.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/quiz/engine.h"
#include "core/quiz/plan.h"

namespace dt {

inline constexpr size_t kCategoryCount = std::size(kCategoryNames);

struct ChannelScore {
  int risky = 0;     // risky answers given in this channel
  int possible = 0;  // the most the quiz allows (max_risky)
  // How full the channel's bar is, 0..1.
  float share() const { return possible > 0 ? static_cast<float>(risky) / static_cast<float>(possible) : 0.0f; }
};

struct QuizResult {
  std::array<ChannelScore, kCategoryCount> channels;
  // A channel's bar as a share of the full width, on one scale for every bar (the most risky
  // answers any channel allows): a bar's length is proportional to its number, so 2 is always
  // twice as long as 1, whichever channels they are.
  float bar(size_t channel) const {
    int most = 0;
    for (const auto& c : channels) most = c.possible > most ? c.possible : most;
    return most > 0 ? static_cast<float>(channels[channel].risky) / static_cast<float>(most) : 0.0f;
  }
  bool any_risk() const {
    for (const auto& c : channels)
      if (c.risky > 0) return true;
    return false;
  }
  std::vector<Triggered> findings;  // most severe first, each with the answers behind it
  std::vector<std::string> hops;    // overview edges the findings' advice would cut
  int channels_at_risk = 0;         // channels with at least one risky answer
  const ChannelScore& channel(Category c) const { return channels[static_cast<size_t>(c)]; }
};

QuizResult evaluate(const Content& content, const Answers& answers);

// The printable plan in one language, from the result's findings (the rules are not run again).
Plan make_plan(const Content& content, const QuizResult& result, Locale l);

}  // namespace dt
