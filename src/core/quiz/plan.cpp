#include "core/quiz/plan.h"

namespace dt {

Plan make_plan(const std::vector<Rule>& rules, const std::vector<Question>& qs, const Answers& a, Locale l) {
  Plan p;
  for (const auto& t : run_rules(rules, qs, a)) p.items.push_back({t.rule->finding.advice.get(l), t.rule->finding.reason.get(l)});
  return p;
}

}  // namespace dt
