// A community talk built from the content, talk.json checked like a content file, and a
// presentation clicker's keys: what a speaker and a room see.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/flow/chain.h"
#include "core/strings.h"
#include "core/talk/notes.h"
#include "core/talk/presenter.h"
#include "core/talk/talk.h"
#include "test_util.h"

namespace {

const dt::Content& content() { return dt::test::shipped_content(); }

std::vector<dt::SlideKind> kinds(const dt::Talk& t) {
  std::vector<dt::SlideKind> k;
  for (const auto& s : t.slides) k.push_back(s.kind);
  return k;
}

dt::StringTable words() {
  dt::StringTable w;
  std::vector<std::string> problems;
  w.load_both(dt::test::read_text(dt::test::source_path("content/strings/zh-Hans.json")),
              dt::test::read_text(dt::test::source_path("content/strings/en.json")), "content", problems);
  return w;
}

}  // namespace

TEST_CASE("the default talk: title, three cases told hop by hop, the overview, questions, police advice, 110") {
  const dt::Talk t = dt::build_talk(content(), dt::default_talk(content()));
  const auto k = kinds(t);
  REQUIRE(k.size() >= 10);
  CHECK(k.front() == dt::SlideKind::Title);
  CHECK(k.back() == dt::SlideKind::Close);
  CHECK(k[k.size() - 2] == dt::SlideKind::Sources);
  // Pages of advice and of sources are filled evenly (no lone item on a slide of its own).
  for (auto kind : {dt::SlideKind::Reminders, dt::SlideKind::Sources}) {
    size_t least = 100, most = 0;
    for (const auto& s : t.slides)
      if (s.kind == kind) {
        least = std::min(least, s.items.size());
        most = std::max(most, s.items.size());
      }
    CHECK(most - least <= 1);
  }
  // Every article a slide draws on is listed on the sources slides, once.
  std::vector<int> listed;
  for (const auto& s : t.slides)
    if (s.kind == dt::SlideKind::Sources) listed.insert(listed.end(), s.items.begin(), s.items.end());
  CHECK(listed == dt::talk_sources(content(), t));
  for (const auto& s : t.slides)
    if (s.kind == dt::SlideKind::CaseHook) {
      const auto& src = content().find_case(s.item)->source;
      CHECK(std::any_of(listed.begin(), listed.end(), [&](int i) { return content().sources[static_cast<size_t>(i)].id == src; }));
    }
  CHECK(std::count(k.begin(), k.end(), dt::SlideKind::CaseHook) == 3);
  CHECK(std::count(k.begin(), k.end(), dt::SlideKind::Question) == 3);
  CHECK(std::count(k.begin(), k.end(), dt::SlideKind::Overview) == 1);
  CHECK(std::count(k.begin(), k.end(), dt::SlideKind::Reminders) >= 1);
  for (const auto& s : t.slides) {
    if (s.kind == dt::SlideKind::CaseChain)  // every hop of the case's chain is a step
      CHECK(s.steps == static_cast<int>(dt::story_order(content().find_case(s.item)->flow).size()));
    if (s.kind == dt::SlideKind::Question) {  // the question, then its answer
      CHECK(s.steps == 2);
      CHECK(dt::question_for_room(content().questions[static_cast<size_t>(content().find_question(s.item))]));
    }
    if (s.kind == dt::SlideKind::Reminders) {
      CHECK(s.items.size() <= dt::kRemindersPerSlide);
      for (int r : s.items) CHECK(content().reminders[static_cast<size_t>(r)].kind == dt::AdviceKind::Police);
    }
  }
  // A talk of 15-20 minutes: some 25-50 clicks, most of them a hop of a chain told in a sentence.
  CHECK(t.total_steps() >= 25);
  CHECK(t.total_steps() <= 50);
}

TEST_CASE("talk.json chooses cases, order and questions; mistakes are named by pointer and left out") {
  std::vector<std::string> problems;
  const auto plan = dt::read_talk(
      R"({"cases": ["shenzhen-estates", "no-such-case", "shenzhen-estates", "huizhou-waybills"],
          "questions": ["parcel", "habits", "nope"], "overview": false, "titel": 1})",
      content(), problems);
  CHECK(plan.cases == std::vector<std::string>{"shenzhen-estates", "huizhou-waybills"});
  CHECK(plan.questions == std::vector<std::string>{"parcel"});
  CHECK_FALSE(plan.overview);
  auto named = [&](const std::string& s) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.rfind(s, 0) == 0; });
  };
  CHECK(named("talk.json: /cases/1: no case \"no-such-case\""));
  CHECK(named("talk.json: /cases/2:"));
  CHECK(named("talk.json: /questions/1:"));  // five options: no show of hands answers it
  CHECK(named("talk.json: /questions/2: no question"));
  CHECK(named("talk.json: /titel"));
  const auto k = kinds(dt::build_talk(content(), plan));
  CHECK(std::count(k.begin(), k.end(), dt::SlideKind::Overview) == 0);
  CHECK(dt::build_talk(content(), plan).slides[1].item == "shenzhen-estates");

  problems.clear();
  const auto broken = dt::read_talk("{\"cases\": [", content(), problems);
  CHECK(broken.cases == dt::default_talk(content()).cases);  // an unusable file: the default talk
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].rfind("talk.json:", 0) == 0);
}

TEST_CASE("a clicker walks every step of every slide, forward and back") {
  dt::Presenter p;
  p.set_talk(dt::build_talk(content(), dt::default_talk(content())));
  int clicks = 0;
  std::vector<int> steps_seen(static_cast<size_t>(p.count()), 0);
  do {
    steps_seen[static_cast<size_t>(p.at().slide)]++;
    ++clicks;
  } while (p.key(dt::TalkKey::Next));
  CHECK(clicks == p.talk().total_steps());
  for (int i = 0; i < p.count(); ++i) CHECK(steps_seen[static_cast<size_t>(i)] == p.talk().slides[static_cast<size_t>(i)].steps);
  CHECK(p.at().slide == p.count() - 1);
  CHECK_FALSE(p.key(dt::TalkKey::Next));  // the end stays the end
  int back = 0;
  while (p.key(dt::TalkKey::Previous)) ++back;
  CHECK(back == clicks - 1);
  CHECK(p.at() == dt::TalkPosition{});
}

TEST_CASE("B blanks and brings the slide back; next on a blank screen only un-blanks") {
  dt::Presenter p;
  p.set_talk(dt::build_talk(content(), dt::default_talk(content())));
  p.key(dt::TalkKey::Next);
  const auto where = p.at();
  CHECK(p.key(dt::TalkKey::Blank));
  CHECK(p.at().blank);
  CHECK(p.key(dt::TalkKey::Blank));
  CHECK(p.at() == where);
  p.key(dt::TalkKey::Blank);
  p.key(dt::TalkKey::Next);
  CHECK(p.at() == where);  // the room sees the slide they left, not the one after
  p.key(dt::TalkKey::Blank);
  p.key(dt::TalkKey::Escape);
  CHECK(p.at() == where);
}

TEST_CASE("a number and Enter jump to that slide; a number too large moves nothing") {
  dt::Presenter p;
  p.set_talk(dt::build_talk(content(), dt::default_talk(content())));
  p.key(dt::TalkKey::Digit, 1);
  p.key(dt::TalkKey::Digit, 0);
  CHECK(p.typed() == "10");
  CHECK(p.at().slide == 0);  // typing alone moves nothing
  p.key(dt::TalkKey::Enter);
  CHECK(p.at().slide == 9);
  CHECK(p.typed().empty());
  p.key(dt::TalkKey::Digit, 9);
  p.key(dt::TalkKey::Digit, 9);
  p.key(dt::TalkKey::Enter);
  CHECK(p.at().slide == 9);
  p.key(dt::TalkKey::Digit, 3);
  p.key(dt::TalkKey::Escape);  // a wrong number is dropped, the slide stays
  CHECK(p.typed().empty());
  p.key(dt::TalkKey::Enter);  // Enter alone is "next"
  CHECK(p.at().step + p.at().slide > 9);
  p.key(dt::TalkKey::Restart);
  CHECK(p.at() == dt::TalkPosition{});
}

TEST_CASE("the speaker's window follows the main one and back; following is not told again") {
  dt::Presenter main, speaker;
  main.set_talk(dt::build_talk(content(), dt::default_talk(content())));
  speaker.set_talk(main.talk());
  main.key(dt::TalkKey::Next);
  main.key(dt::TalkKey::Next);
  REQUIRE(main.take_changed());
  CHECK(speaker.follow(main.at()));
  CHECK_FALSE(speaker.take_changed());  // no echo between the windows
  speaker.key(dt::TalkKey::Blank);
  REQUIRE(speaker.take_changed());
  main.follow(speaker.at());
  CHECK(main.at().blank);
  CHECK(main.follow(dt::TalkPosition{1000, 1000, false}));  // a stray message is clamped
  CHECK(main.at().slide == main.count() - 1);
}

TEST_CASE("speaker notes: the figure's source, officers' remarks marked, the safe answer, in the speaker's language") {
  const dt::StringTable w = words();
  const dt::Talk t = dt::build_talk(content(), dt::default_talk(content()));
  for (const dt::Slide& s : t.slides)
    for (int step = 0; step < s.steps; ++step)
      for (dt::Locale l : dt::kAllLocales) CHECK_FALSE(dt::slide_notes(content(), w, s, step, l).empty());
  const dt::Case& qingdao = *content().find_case("qingdao-phone-shops");
  const auto hook = dt::slide_notes(content(), w, dt::Slide{dt::SlideKind::CaseHook, qingdao.id, 1, 0, {}, {}}, 0, dt::Locale::En);
  auto has = [](const std::vector<dt::NoteLine>& n, dt::NoteLine::Kind k, const std::string& text) {
    return std::any_of(n.begin(), n.end(), [&](const dt::NoteLine& x) { return x.kind == k && x.text.find(text) != std::string::npos; });
  };
  CHECK(has(hook, dt::NoteLine::Kind::Figure, qingdao.key_value.en));
  CHECK(has(hook, dt::NoteLine::Kind::Source, content().find_source(qingdao.source)->publisher.en));
  for (const auto& r : qingdao.remarks) CHECK(has(hook, dt::NoteLine::Kind::Officer, r.en));
  // A hop only an officer described is flagged on its step.
  for (const dt::Case& c : content().cases) {
    const auto order = dt::story_order(c.flow);
    for (size_t i = 0; i < order.size(); ++i) {
      const auto n = dt::slide_notes(content(), w, dt::Slide{dt::SlideKind::CaseChain, c.id, static_cast<int>(order.size()), 0, {}, {}},
                                     static_cast<int>(i), dt::Locale::ZhHans);
      const bool general = c.flow.edges[static_cast<size_t>(order[i])].basis == dt::Basis::OfficerGeneral;
      CHECK(has(n, dt::NoteLine::Kind::Officer, "") == general);
    }
  }
  const int q = content().find_question("parcel");
  const auto ans = dt::slide_notes(content(), w, dt::Slide{dt::SlideKind::Question, "parcel", 2, 0, {}, {}}, 1, dt::Locale::ZhHans);
  for (size_t i = 0; i < content().questions[static_cast<size_t>(q)].options.size(); ++i) {
    const auto& o = content().questions[static_cast<size_t>(q)].options[i];
    CHECK(has(ans, dt::NoteLine::Kind::Answer, o.text.zh) == !o.risky);
  }
}
