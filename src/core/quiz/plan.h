// The printable action plan: what the visitor should do, most important first, with reasons,
// and the reporting advice the articles give. It holds no answer and nothing that identifies
// the person: only advice, which is the same for anyone who answered the same way.
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/quiz/engine.h"

namespace dt {

struct PlanItem {
  std::string advice, reason;
};

struct Plan {
  std::vector<PlanItem> items;  // in the result screen's order
};

Plan make_plan(const std::vector<Rule>& rules, const std::vector<Question>& qs, const Answers& a, Locale l);

}  // namespace dt
