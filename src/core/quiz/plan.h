// The printable action plan: what the visitor should do, most important first, with reasons,
// and the reporting advice the articles give. It holds no answer and nothing that identifies
// the person: only advice, which is the same for anyone who answered the same way. Made from
// the quiz's result (core/quiz/result.h).
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"

namespace dt {

struct PlanItem {
  std::string advice, reason;
  AdviceKind kind = AdviceKind::Police;  // police advice, or our own tip (labelled as such)
};

struct Plan {
  std::vector<PlanItem> items;  // in the result screen's order
};

}  // namespace dt
