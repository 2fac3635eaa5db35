// The quiz's one result and its question flow, on the shipped quiz: what the result screen,
// the plan and the diagram read is worked out once, when the visitor finishes, and the steps
// a visitor takes behave as the screen promises (no answer changes once it is checked, no
// skipping a question, start again leaves nothing).
#include <doctest/doctest.h>

#include <string>

#include "core/app_state.h"
#include "core/content/loader.h"
#include "core/quiz/result.h"
#include "test_util.h"

namespace {

// Picks, in every question, the first option that is risky (`risky`) or safe (`!risky`).
dt::Answers answer_all(const std::vector<dt::Question>& qs, bool risky) {
  dt::Answers a(qs);
  for (size_t q = 0; q < qs.size(); ++q)
    for (size_t o = 0; o < qs[q].options.size(); ++o)
      if (qs[q].options[o].risky == risky && !a.answered(static_cast<int>(q))) a.choose(qs, static_cast<int>(q), static_cast<int>(o));
  return a;
}

// Takes the whole quiz through AppState as a visitor does; returns the revisions it took.
unsigned take_quiz(dt::AppState& st, const dt::Content& c, bool risky) {
  const unsigned r0 = st.revision();
  st.quiz_fit(c.questions);
  for (size_t q = 0; q < c.questions.size(); ++q) {
    const auto& opts = c.questions[q].options;
    for (size_t o = 0; o < opts.size(); ++o)
      if (opts[o].risky == risky) {
        st.quiz_choose(c.questions, static_cast<int>(o));
        break;
      }
    st.quiz_check();
    st.quiz_next(c);
  }
  return st.revision() - r0;
}

}  // namespace

TEST_CASE("the result counts each channel's risky answers out of the most the quiz allows") {
  std::vector<std::string> problems;
  const auto content = dt::test::load_shipped_content(problems);
  REQUIRE(problems.empty());
  const auto trusting = dt::evaluate(content, answer_all(content.questions, true));
  int at_risk = 0;
  for (size_t c = 0; c < dt::kCategoryCount; ++c) {
    const auto cat = static_cast<dt::Category>(c);
    const auto& ch = trusting.channel(cat);
    CHECK(ch.possible == dt::max_risky(content.questions, cat));
    CHECK(ch.risky <= ch.possible);
    CHECK(ch.share() >= 0.0f);
    CHECK(ch.share() <= 1.0f);
    at_risk += ch.risky > 0;
  }
  CHECK(trusting.channels_at_risk == at_risk);
  CHECK(trusting.channels_at_risk >= 4);
  CHECK(!trusting.hops.empty());  // "where your data could leak" has something to show
  REQUIRE(trusting.findings.size() >= 8);

  const auto careful = dt::evaluate(content, answer_all(content.questions, false));
  CHECK(careful.channels_at_risk == 0);
  for (const auto& ch : careful.channels) CHECK(ch.share() == 0.0f);
  CHECK(careful.hops.empty());  // praise names no leak
  REQUIRE(careful.findings.size() == 1);
  CHECK(careful.findings[0].rule->id == "well-guarded");
}

TEST_CASE("the plan lists the result's findings in order, in the language asked, and holds no answer") {
  std::vector<std::string> problems;
  const auto content = dt::test::load_shipped_content(problems);
  REQUIRE(problems.empty());
  const auto r = dt::evaluate(content, answer_all(content.questions, true));
  for (auto l : {dt::Locale::ZhHans, dt::Locale::En}) {
    const auto plan = dt::make_plan(content, r, l);
    REQUIRE(plan.items.size() == r.findings.size());
    for (size_t i = 0; i < plan.items.size(); ++i) {
      CHECK(plan.items[i].advice == r.findings[i].rule->finding.advice.get(l));
      for (const auto& q : content.questions)
        for (const auto& o : q.options) CHECK(plan.items[i].advice.find(o.text.get(l)) == std::string::npos);
    }
  }
}

TEST_CASE("the question flow: an answer is needed to check, fixed once checked, and the last step gives the result") {
  std::vector<std::string> problems;
  const auto content = dt::test::load_shipped_content(problems);
  REQUIRE(problems.empty());
  const auto& qs = content.questions;
  dt::AppState st;
  st.quiz_fit(qs);
  const dt::QuizSession& s = st.quiz();

  unsigned r = st.revision();
  st.quiz_check();  // nothing chosen yet
  CHECK(!s.feedback);
  CHECK(st.revision() == r);
  st.quiz_next(content);  // not checked: no skipping ahead
  CHECK(s.index == 0);
  st.quiz_back();  // nothing before the first question
  CHECK(s.index == 0);
  CHECK(st.revision() == r);

  st.quiz_choose(qs, 0);
  CHECK(s.answers.answered(0));
  st.quiz_check();
  CHECK(s.feedback);
  const bool first = s.answers.chosen(0, 0);
  st.quiz_choose(qs, 1);  // the feedback is on screen: the answer stays as checked
  CHECK(s.answers.chosen(0, 0) == first);
  CHECK(!s.answers.chosen(0, 1));
  st.quiz_next(content);
  CHECK(s.index == 1);
  CHECK(!s.feedback);
  st.quiz_back();
  CHECK(s.index == 0);
  CHECK(s.answers.chosen(0, 0));  // going back keeps the answer given

  dt::AppState visitor;
  CHECK(take_quiz(visitor, content, true) >= 3 * qs.size());  // every step redrew
  const auto& v = visitor.quiz();
  REQUIRE(v.done);
  const auto expected = dt::evaluate(content, v.answers);
  CHECK(v.result.channels_at_risk == expected.channels_at_risk);
  CHECK(v.result.findings.size() == expected.findings.size());
  CHECK(v.result.hops == expected.hops);

  visitor.start_quiz_again();
  CHECK(!v.done);
  CHECK(v.index == 0);
  CHECK(v.result.findings.empty());
  CHECK(v.result.channels_at_risk == 0);
  for (size_t q = 0; q < qs.size(); ++q) CHECK(!v.answers.answered(static_cast<int>(q)));
}
