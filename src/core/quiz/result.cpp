#include "core/quiz/result.h"

#include "core/flow/chain.h"

namespace dt {

QuizResult evaluate(const Content& content, const Answers& answers) {
  QuizResult r;
  for (size_t c = 0; c < kCategoryCount; ++c) {
    const auto cat = static_cast<Category>(c);
    r.channels[c] = {risky_count(content.questions, answers, cat), max_risky(content.questions, cat)};
    if (r.channels[c].risky > 0) ++r.channels_at_risk;
  }
  r.findings = run_rules(content.rules, content.questions, answers);
  std::vector<const Rule*> rules;
  for (const auto& t : r.findings) rules.push_back(t.rule);
  r.hops = leak_hops(content, rules);
  return r;
}

Plan make_plan(const Content& content, const QuizResult& result, Locale l) {
  Plan p;
  for (const auto& t : result.findings) {
    const Finding& f = t.rule->finding;
    const Reminder* r = content.find_reminder(f.reminder);
    p.items.push_back({f.advice.get(l), f.reason.get(l), r ? r->kind : AdviceKind::Police});
  }
  return p;
}

}  // namespace dt
