// The spot-the-leak check: the shipped items pair up, a visit never repeats an item, the
// order within pairs balances over visits, and the flow around the quiz behaves as a
// visitor would expect (offered once, skip goes on, "after" only after a "before").
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "core/app_state.h"
#include "core/quiz/spot.h"
#include "test_util.h"

namespace {
const dt::Content& content() { return dt::test::shipped_content(); }
}  // namespace

TEST_CASE("every shipped item has exactly one partner of the same topic, level and kind") {
  const auto& c = content();
  REQUIRE(c.spot.size() >= 16);
  std::map<std::string, int> in_pairs;
  for (const auto& p : c.spot_pairs) {
    const auto &a = c.spot[static_cast<size_t>(p.items[0])], &b = c.spot[static_cast<size_t>(p.items[1])];
    CHECK(a.topic == b.topic);
    CHECK(a.level == b.level);
    CHECK(a.kind == b.kind);
    CHECK(a.id != b.id);
    ++in_pairs[a.id];
    ++in_pairs[b.id];
  }
  for (const auto& item : c.spot) {
    CHECK_MESSAGE(in_pairs[item.id] == 1, item.id);
    CHECK_MESSAGE((!item.reminder.empty() || !item.case_id.empty()), item.id);
    // Each has exactly one right answer.
    int right = 0;
    for (int a = 0; a < item.answer_count(); ++a) right += item.correct(a) ? 1 : 0;
    CHECK_MESSAGE(right == 1, item.id);
  }
  // Both kinds of answer occur among the safe-or-risky items: "risky" is not always right.
  std::set<bool> leaks;
  for (const auto& item : c.spot)
    if (item.kind == dt::SpotKind::SafeOrNot) leaks.insert(item.leaks);
  CHECK(leaks.size() == 2);
}

TEST_CASE("a visit asks four pairs of four topics, never an item twice; over visits each item leads as often") {
  const auto& c = content();
  std::map<int, int> led;  // item -> visits in which it was the "before"
  for (unsigned visit = 0; visit < 16; ++visit) {
    const dt::SpotPlan plan = dt::plan_spot(c, visit);
    REQUIRE(plan.before.size() == 4);
    REQUIRE(plan.after.size() == 4);
    std::set<int> seen;
    std::set<std::string> topics;
    for (size_t i = 0; i < 4; ++i) {
      seen.insert(plan.before[i]);
      seen.insert(plan.after[i]);
      const auto &a = c.spot[static_cast<size_t>(plan.before[i])], &b = c.spot[static_cast<size_t>(plan.after[i])];
      CHECK(a.pair == b.pair);  // matched
      topics.insert(a.topic);
      ++led[plan.before[i]];
    }
    CHECK(seen.size() == 8);    // no repeats within the visit
    CHECK(topics.size() == 4);  // one pair per topic
  }
  // Over 16 visits every item is used, and leads as often as its partner.
  CHECK(led.size() == c.spot.size());
  for (const auto& p : c.spot_pairs) CHECK(led[p.items[0]] == led[p.items[1]]);
}

TEST_CASE("the check is offered on the way in; skipped at the stories, once more at the self-check; skipping goes on") {
  const auto& c = content();
  dt::AppState s;
  s.enter(dt::Screen::Cases, c);
  CHECK(s.screen() == dt::Screen::Check);
  CHECK(s.item() == "cases");
  s.spot_skip();
  CHECK(s.screen() == dt::Screen::Cases);
  CHECK(s.back());  // back goes home, not to the check
  CHECK(s.screen() == dt::Screen::Home);
  s.enter(dt::Screen::Cases, c);
  CHECK(s.screen() == dt::Screen::Cases);  // the stories do not ask twice
  CHECK(s.back());
  // The visitor wanted to read first, not to never see it: the self-check offers it once more.
  s.enter(dt::Screen::Quiz, c);
  CHECK(s.screen() == dt::Screen::Check);
  CHECK(s.item() == "quiz");
  s.spot_skip();
  CHECK(s.screen() == dt::Screen::Quiz);
  CHECK(s.back());
  s.enter(dt::Screen::Quiz, c);
  CHECK(s.screen() == dt::Screen::Quiz);  // and not again this visit
  // Finishing the quiz after a skip asks nothing more.
  dt::test::take_quiz(s, c);
  CHECK(s.screen() == dt::Screen::Quiz);
  CHECK(s.quiz().done);
  // A new visit is offered it again; a module the organiser turned off is not a way in.
  s.wipe_visitor(dt::Locale::ZhHans, 1);
  s.set_spot_check(false);
  s.enter(dt::Screen::Quiz, c);
  CHECK(s.screen() == dt::Screen::Quiz);
  s.wipe_visitor(dt::Locale::ZhHans, 1);
  s.set_spot_check(true);
  s.enter(dt::Screen::Flow, c);
  CHECK(s.screen() == dt::Screen::Flow);  // the diagram is not a way the check is offered on
  s.enter(dt::Screen::Quiz, c);
  CHECK(s.screen() == dt::Screen::Check);
}

TEST_CASE("an answer is given once and explained; the before part hands over to the quiz, the after follows it") {
  const auto& c = content();
  dt::AppState s;
  s.enter(dt::Screen::Quiz, c);
  const unsigned r0 = s.revision();
  s.spot_choose(c, 0);  // not started: nothing happens
  CHECK(s.revision() == r0);
  s.spot_start();
  s.spot_next();  // no answer yet: stays
  CHECK(s.spot().index == 0);
  s.spot_choose(c, 99);  // out of range: refused
  CHECK(!s.spot().feedback);
  s.spot_choose(c, 0);
  CHECK(s.spot().feedback);
  s.spot_choose(c, 1);  // the first answer stands
  CHECK(s.spot().answer() == 0);
  for (int i = 0; i < 4; ++i) {
    if (i > 0) s.spot_choose(c, 1);
    s.spot_next();
  }
  CHECK(s.spot().stage == dt::SpotSession::Stage::BeforeDone);
  CHECK(s.screen() == dt::Screen::Quiz);
  // The after part asks the partners of the before items.
  dt::test::take_quiz(s, c);
  CHECK(s.screen() == dt::Screen::Check);
  CHECK(s.item() == "after");
  CHECK(s.spot().items() == s.spot().plan.after);
  // Back from the after part: the plan (the quiz), and the after part waits where it was.
  CHECK(s.back());
  CHECK(s.screen() == dt::Screen::Quiz);
  CHECK(s.spot().stage == dt::SpotSession::Stage::After);
}
