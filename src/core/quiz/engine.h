// The self-check's rule engine: answers held in memory only, conditions evaluated over them,
// findings ordered by severity then priority, each with the answers that triggered it so the
// result screen can say why. Deterministic: same answers, same findings, same order.
#pragma once
#include <vector>

#include "core/content/model.h"

namespace dt {

class Answers {
 public:
  Answers() = default;
  explicit Answers(const std::vector<Question>& qs);
  // Single choice: this option replaces any other. Multiple choice: toggles it.
  void choose(const std::vector<Question>& qs, int question, int option);
  bool chosen(int question, int option) const;
  bool answered(int question) const;
  // Forget everything (start again): nothing of the visitor's answers remains.
  void clear();
  size_t questions() const { return chosen_.size(); }

 private:
  std::vector<std::vector<bool>> chosen_;
};

// Risky answers given in a category (an option's own category, else its question's).
int risky_count(const std::vector<Question>& qs, const Answers& a, Category c);

// Highest count of risky answers a visitor could give in `c`: one per single-choice question
// with a risky option there, every such option of a multiple-choice one.
int max_risky(const std::vector<Question>& qs, Category c);

bool evaluate(const Condition& c, const std::vector<Question>& qs, const Answers& a);

struct Triggered {
  const Rule* rule = nullptr;
  std::vector<OptionRef> because;  // the chosen answers that made the condition true
};

// Every rule whose condition holds, most severe first, then by priority, then content order.
std::vector<Triggered> run_rules(const std::vector<Rule>& rules, const std::vector<Question>& qs, const Answers& a);

}  // namespace dt
