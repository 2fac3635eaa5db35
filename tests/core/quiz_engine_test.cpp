// The quiz rule engine: every condition kind checked exhaustively against an independent
// reference over all answer combinations of a small quiz, plus the shipped quiz's rules on
// two contrasting visitors.
#include <doctest/doctest.h>

#include <functional>
#include <set>
#include <string>

#include "core/content/loader.h"
#include "core/quiz/engine.h"
#include "test_util.h"

namespace {

using dt::Category;
using K = dt::Condition::Kind;

// q0 single {a risky forms, b safe, c risky forms}; q1 single {x risky passwords, y safe};
// q2 multiple {m risky links, n risky but filed under forms, k safe}.
std::vector<dt::Question> fixture() {
  auto opt = [](const char* id, bool risky, Category c) {
    dt::Option o;
    o.id = id;
    o.risky = risky;
    o.category = c;
    return o;
  };
  std::vector<dt::Question> qs(3);
  qs[0].id = "q0";
  qs[0].category = Category::Forms;
  qs[0].options = {opt("a", true, Category::Forms), opt("b", false, Category::Forms), opt("c", true, Category::Forms)};
  qs[1].id = "q1";
  qs[1].category = Category::Passwords;
  qs[1].options = {opt("x", true, Category::Passwords), opt("y", false, Category::Passwords)};
  qs[2].id = "q2";
  qs[2].multiple = true;
  qs[2].category = Category::LinksQr;
  qs[2].options = {opt("m", true, Category::LinksQr), opt("n", true, Category::Forms), opt("k", false, Category::LinksQr)};
  return qs;
}

dt::Condition leaf(K k, std::vector<dt::OptionRef> refs) {
  dt::Condition c;
  c.kind = k;
  c.options = std::move(refs);
  return c;
}
dt::Condition risky(Category cat, int n) {
  dt::Condition c;
  c.kind = K::RiskyIn;
  c.category = cat;
  c.at_least = n;
  return c;
}
dt::Condition node(K k, std::vector<dt::Condition> ch) {
  dt::Condition c;
  c.kind = k;
  c.children = std::move(ch);
  return c;
}

using Chosen = std::set<std::string>;  // "q0/a" style, the reference's own representation

}  // namespace

TEST_CASE("every condition kind agrees with a reference over all 96 answer combinations") {
  const auto qs = fixture();
  const dt::OptionRef a{0, 0}, c{0, 2}, x{1, 0}, y{1, 1}, m{2, 0}, n{2, 1}, k{2, 2};
  struct Case {
    const char* name;
    dt::Condition cond;
    std::function<bool(const Chosen&)> ref;
  };
  auto has = [](const Chosen& s, const char* o) { return s.count(o) > 0; };
  const std::vector<Case> cases = {
      {"chosen", leaf(K::Chosen, {x}), [&](const Chosen& s) { return has(s, "q1/x"); }},
      {"any", leaf(K::Any, {a, m}), [&](const Chosen& s) { return has(s, "q0/a") || has(s, "q2/m"); }},
      {"all", leaf(K::All, {x, m, n}), [&](const Chosen& s) { return has(s, "q1/x") && has(s, "q2/m") && has(s, "q2/n"); }},
      {"none", leaf(K::None, {a, c, k}), [&](const Chosen& s) { return !has(s, "q0/a") && !has(s, "q0/c") && !has(s, "q2/k"); }},
      {"risky forms >= 2", risky(Category::Forms, 2),
       [&](const Chosen& s) { return (has(s, "q0/a") || has(s, "q0/c")) && has(s, "q2/n"); }},
      {"risky links >= 1", risky(Category::LinksQr, 1), [&](const Chosen& s) { return has(s, "q2/m"); }},
      {"and/or/not", node(K::And, {node(K::Or, {leaf(K::Chosen, {y}), risky(Category::LinksQr, 1)}),
                                   node(K::Not, {leaf(K::Any, {a, c})})}),
       [&](const Chosen& s) { return (has(s, "q1/y") || has(s, "q2/m")) && !(has(s, "q0/a") || has(s, "q0/c")); }},
  };
  int combos = 0;
  for (int o0 = -1; o0 < 3; ++o0)
    for (int o1 = -1; o1 < 2; ++o1)
      for (int mask = 0; mask < 8; ++mask) {
        dt::Answers ans(qs);
        Chosen s;
        if (o0 >= 0) ans.choose(qs, 0, o0), s.insert("q0/" + qs[0].options[static_cast<size_t>(o0)].id);
        if (o1 >= 0) ans.choose(qs, 1, o1), s.insert("q1/" + qs[1].options[static_cast<size_t>(o1)].id);
        for (int b = 0; b < 3; ++b)
          if (mask & (1 << b)) ans.choose(qs, 2, b), s.insert("q2/" + qs[2].options[static_cast<size_t>(b)].id);
        ++combos;
        for (const auto& tc : cases) {
          INFO(tc.name << " with q0=" << o0 << " q1=" << o1 << " q2 mask=" << mask);
          CHECK(dt::evaluate(tc.cond, qs, ans) == tc.ref(s));
        }
      }
  CHECK(combos == 96);
}

TEST_CASE("single choice replaces, multiple choice toggles, start again forgets") {
  const auto qs = fixture();
  dt::Answers ans(qs);
  ans.choose(qs, 0, 0);
  ans.choose(qs, 0, 2);
  CHECK_FALSE(ans.chosen(0, 0));
  CHECK(ans.chosen(0, 2));
  ans.choose(qs, 2, 0);
  ans.choose(qs, 2, 1);
  ans.choose(qs, 2, 0);
  CHECK_FALSE(ans.chosen(2, 0));
  CHECK(ans.chosen(2, 1));
  ans.choose(qs, 7, 0);  // out of range: ignored, not a crash
  ans.choose(qs, 0, 9);
  ans.clear();
  for (int q = 0; q < 3; ++q) CHECK_FALSE(ans.answered(q));
}

TEST_CASE("findings come most severe first and name the answers behind them") {
  const auto qs = fixture();
  std::vector<dt::Rule> rules(3);
  rules[0].id = "low";
  rules[0].when = leaf(K::Any, {{2, 0}});
  rules[0].finding.severity = dt::Severity::Low;
  rules[0].finding.priority = 1;
  rules[1].id = "high-2";
  rules[1].when = risky(Category::Forms, 1);
  rules[1].finding.severity = dt::Severity::High;
  rules[1].finding.priority = 2;
  rules[2].id = "high-1";
  rules[2].when = node(K::Or, {leaf(K::Chosen, {{1, 0}}), leaf(K::Chosen, {{0, 1}})});
  rules[2].finding.severity = dt::Severity::High;
  rules[2].finding.priority = 1;
  dt::Answers ans(qs);
  ans.choose(qs, 0, 0);
  ans.choose(qs, 1, 0);
  ans.choose(qs, 2, 0);
  ans.choose(qs, 2, 1);
  const auto out = dt::run_rules(rules, qs, ans);
  REQUIRE(out.size() == 3);
  CHECK(out[0].rule->id == "high-1");
  CHECK(out[1].rule->id == "high-2");
  CHECK(out[2].rule->id == "low");
  REQUIRE(out[0].because.size() == 1);
  CHECK(out[0].because[0].question == 1);
  // Risky forms answers: q0/a and q2/n (filed under forms), in quiz order.
  REQUIRE(out[1].because.size() == 2);
  CHECK((out[1].because[0].question == 0 && out[1].because[0].option == 0));
  CHECK((out[1].because[1].question == 2 && out[1].because[1].option == 1));
}

TEST_CASE("the shipped quiz: a careful visitor and a trusting one get different plans") {
  std::vector<std::string> problems;
  const auto content = dt::test::load_shipped_content(problems);
  REQUIRE(problems.empty());
  const auto& qs = content.questions;
  dt::Answers careful(qs), trusting(qs);
  for (size_t q = 0; q < qs.size(); ++q)
    for (size_t o = 0; o < qs[q].options.size(); ++o) {
      const int qi = static_cast<int>(q), oi = static_cast<int>(o);
      if (!qs[q].options[o].risky && (qs[q].multiple || !careful.answered(qi))) careful.choose(qs, qi, oi);
      if (qs[q].options[o].risky && (qs[q].multiple || !trusting.answered(qi))) trusting.choose(qs, qi, oi);
    }
  const auto calm = dt::run_rules(content.rules, qs, careful);
  REQUIRE(calm.size() == 1);
  CHECK(calm[0].rule->id == "well-guarded");
  const auto worried = dt::run_rules(content.rules, qs, trusting);
  REQUIRE(worried.size() >= 8);
  CHECK(worried[0].rule->finding.severity == dt::Severity::High);
  CHECK(worried[0].rule->id == "shop-counter");
  for (const auto& t : worried) CHECK_MESSAGE((t.rule->id == "well-guarded" || !t.because.empty()), t.rule->id);
  CHECK(std::none_of(worried.begin(), worried.end(), [](const dt::Triggered& t) { return t.rule->id == "well-guarded"; }));
}
