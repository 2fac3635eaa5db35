#include "core/quiz/engine.h"

#include <algorithm>

namespace dt {

Answers::Answers(const std::vector<Question>& qs) {
  for (const auto& q : qs) chosen_.emplace_back(q.options.size(), false);
}

void Answers::choose(const std::vector<Question>& qs, int question, int option) {
  if (question < 0 || static_cast<size_t>(question) >= chosen_.size()) return;
  auto& row = chosen_[static_cast<size_t>(question)];
  if (option < 0 || static_cast<size_t>(option) >= row.size()) return;
  if (qs[static_cast<size_t>(question)].multiple) {
    row[static_cast<size_t>(option)] = !row[static_cast<size_t>(option)];
  } else {
    std::fill(row.begin(), row.end(), false);
    row[static_cast<size_t>(option)] = true;
  }
}

bool Answers::chosen(int question, int option) const {
  if (question < 0 || static_cast<size_t>(question) >= chosen_.size()) return false;
  const auto& row = chosen_[static_cast<size_t>(question)];
  return option >= 0 && static_cast<size_t>(option) < row.size() && row[static_cast<size_t>(option)];
}

bool Answers::answered(int question) const {
  if (question < 0 || static_cast<size_t>(question) >= chosen_.size()) return false;
  const auto& row = chosen_[static_cast<size_t>(question)];
  return std::find(row.begin(), row.end(), true) != row.end();
}

void Answers::clear() {
  for (auto& row : chosen_) std::fill(row.begin(), row.end(), false);
}

int risky_count(const std::vector<Question>& qs, const Answers& a, Category c) {
  int n = 0;
  for (size_t q = 0; q < qs.size(); ++q)
    for (size_t o = 0; o < qs[q].options.size(); ++o) {
      const auto& opt = qs[q].options[o];
      if (opt.risky && opt.category == c && a.chosen(static_cast<int>(q), static_cast<int>(o))) ++n;
    }
  return n;
}

int max_risky(const std::vector<Question>& qs, Category c) {
  int n = 0;
  for (const auto& q : qs) {
    int here = 0;
    for (const auto& o : q.options) here += (o.risky && o.category == c) ? 1 : 0;
    n += q.multiple ? here : std::min(here, 1);
  }
  return n;
}

namespace {

bool holds(const Condition& c, const std::vector<Question>& qs, const Answers& a, std::vector<OptionRef>* why) {
  using K = Condition::Kind;
  auto is = [&](const OptionRef& r) { return a.chosen(r.question, r.option); };
  switch (c.kind) {
    case K::Chosen:
    case K::Any: {
      bool any = false;
      for (const auto& r : c.options)
        if (is(r)) {
          any = true;
          if (why) why->push_back(r);
        }
      return any;
    }
    case K::All: {
      if (c.options.empty()) return false;
      for (const auto& r : c.options)
        if (!is(r)) return false;
      if (why) why->insert(why->end(), c.options.begin(), c.options.end());
      return true;
    }
    case K::None:
      return std::none_of(c.options.begin(), c.options.end(), is);
    case K::RiskyIn: {
      if (risky_count(qs, a, c.category) < c.at_least) return false;
      if (why)
        for (size_t q = 0; q < qs.size(); ++q)
          for (size_t o = 0; o < qs[q].options.size(); ++o) {
            const auto& opt = qs[q].options[o];
            if (opt.risky && opt.category == c.category && a.chosen(static_cast<int>(q), static_cast<int>(o)))
              why->push_back({static_cast<int>(q), static_cast<int>(o)});
          }
      return true;
    }
    case K::And: {
      if (c.children.empty()) return false;
      std::vector<OptionRef> mine;
      for (const auto& ch : c.children)
        if (!holds(ch, qs, a, why ? &mine : nullptr)) return false;
      if (why) why->insert(why->end(), mine.begin(), mine.end());
      return true;
    }
    case K::Or: {
      bool any = false;
      for (const auto& ch : c.children) any = holds(ch, qs, a, why) || any;  // collect every true branch's reasons
      return any;
    }
    case K::Not:
      return c.children.size() == 1 && !holds(c.children[0], qs, a, nullptr);
  }
  return false;
}

}  // namespace

bool evaluate(const Condition& c, const std::vector<Question>& qs, const Answers& a) { return holds(c, qs, a, nullptr); }

std::vector<Triggered> run_rules(const std::vector<Rule>& rules, const std::vector<Question>& qs, const Answers& a) {
  std::vector<Triggered> out;
  for (const auto& r : rules) {
    Triggered t;
    if (!holds(r.when, qs, a, &t.because)) continue;
    // Each answer named once, in quiz order.
    std::sort(t.because.begin(), t.because.end(), [](const OptionRef& x, const OptionRef& y) {
      return x.question != y.question ? x.question < y.question : x.option < y.option;
    });
    t.because.erase(std::unique(t.because.begin(), t.because.end(),
                                [](const OptionRef& x, const OptionRef& y) { return x.question == y.question && x.option == y.option; }),
                    t.because.end());
    t.rule = &r;
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const Triggered& x, const Triggered& y) {
    if (x.rule->finding.severity != y.rule->finding.severity) return x.rule->finding.severity > y.rule->finding.severity;
    return x.rule->finding.priority < y.rule->finding.priority;
  });
  return out;
}

}  // namespace dt
