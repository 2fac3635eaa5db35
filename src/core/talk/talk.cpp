#include "core/talk/talk.h"

#include <algorithm>

#include "core/content/field_reader.h"
#include "core/content/json_reader.h"
#include "core/flow/chain.h"
#include "core/flow/scene.h"

namespace dt {

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// A talk longer than this stops being a talk; a room loses the thread after a few cases.
constexpr size_t kMaxCases = 8, kMaxQuestions = 6;

void fill_questions(const Content& content, TalkPlan& plan) {
  // One question from each case told, in the order told (the room has just seen what it asks
  // about); others fill in where the cases have none.
  auto take = [&](const Question& q) {
    if (plan.questions.size() < 3 && question_for_room(q) && !has(plan.questions, q.id)) plan.questions.push_back(q.id);
  };
  for (const std::string& c : plan.cases)
    for (const Question& q : content.questions)
      if (q.case_id == c && question_for_room(q)) {
        take(q);
        break;
      }
  for (const Question& q : content.questions) take(q);
}

// Slides of at most `most` items each, as evenly filled as that allows: five sources make
// pages of three and two, never four and a lone one on a slide of its own.
void paginate(Talk& t, SlideKind kind, const std::vector<int>& items, size_t most) {
  if (items.empty()) return;
  const size_t pages = (items.size() + most - 1) / most, per = (items.size() + pages - 1) / pages;
  for (size_t at = 0, page = 0; at < items.size(); at += per, ++page) {
    Slide s{kind, {}, 1, static_cast<int>(page), {}, {}};
    s.items.assign(items.begin() + static_cast<long>(at), items.begin() + static_cast<long>(std::min(items.size(), at + per)));
    s.first = static_cast<int>(at);
    t.slides.push_back(std::move(s));
  }
}

}  // namespace

int Talk::total_steps() const {
  int n = 0;
  for (const Slide& s : slides) n += s.steps;
  return n;
}

bool question_for_room(const Question& q) { return !q.multiple && q.options.size() >= 2 && q.options.size() <= 4; }

TalkPlan default_talk(const Content& content) {
  TalkPlan plan;
  for (const Case& c : content.cases) {
    if (plan.cases.size() >= 3) break;
    plan.cases.push_back(c.id);
  }
  fill_questions(content, plan);
  return plan;
}

TalkPlan read_talk(std::string_view json, const Content& content, std::vector<std::string>& problems) {
  const TalkPlan fallback = default_talk(content);
  const auto doc = read_json(json, kTalkFile, problems, JsonLimits{64 * 1024, 8});
  if (!doc.ok) return fallback;
  Fields f(doc.value, Where{std::string(kTalkFile), ""}, problems);
  if (!f.ok()) return fallback;
  TalkPlan plan;
  if (f.has("cases")) {
    const auto ids = f.id_list("cases", 1, kMaxCases);
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!content.find_case(ids[i])) report(problems, f.where() / "cases" / i, "no case \"" + ids[i] + "\" in content/cases; left out");
      else if (has(plan.cases, ids[i])) report(problems, f.where() / "cases" / i, "\"" + ids[i] + "\" is listed twice; told once");
      else plan.cases.push_back(ids[i]);
    }
  }
  if (plan.cases.empty()) plan.cases = fallback.cases;
  if (f.has("questions")) {
    const auto ids = f.id_list("questions", 0, kMaxQuestions);
    for (size_t i = 0; i < ids.size(); ++i) {
      const int q = content.find_question(ids[i]);
      if (q < 0) report(problems, f.where() / "questions" / i, "no question \"" + ids[i] + "\" in quiz/questions.json; left out");
      else if (!question_for_room(content.questions[static_cast<size_t>(q)]))
        report(problems, f.where() / "questions" / i, "\"" + ids[i] + "\" has more than one answer or more than four options: a show of hands cannot answer it; left out");
      else if (!has(plan.questions, ids[i])) plan.questions.push_back(ids[i]);
    }
  } else {
    fill_questions(content, plan);
  }
  plan.overview = f.boolean("overview", true);
  f.finish();
  return plan;
}

std::vector<int> talk_sources(const Content& content, const Talk& talk) {
  std::vector<int> out;
  auto cite = [&](const std::string& id) {
    for (size_t i = 0; i < content.sources.size(); ++i)
      if (content.sources[i].id == id && std::find(out.begin(), out.end(), static_cast<int>(i)) == out.end())
        out.push_back(static_cast<int>(i));
  };
  for (const Slide& s : talk.slides) {
    if (s.kind == SlideKind::CaseHook)
      if (const Case* c = content.find_case(s.item)) cite(c->source);
    if (s.kind == SlideKind::Overview)
      for (const FlowEdge& e : content.overview.flow.edges)
        for (const std::string& src : e.sources) cite(src);
    if (s.kind == SlideKind::Reminders)
      for (int r : s.items)
        for (const std::string& src : content.reminders[static_cast<size_t>(r)].sources) cite(src);
  }
  if (const Reminder* r = content.find_reminder("report-110"))
    for (const std::string& src : r->sources) cite(src);
  return out;
}

Talk build_talk(const Content& content, const TalkPlan& plan) {
  Talk t;
  t.slides.push_back(Slide{SlideKind::Title, {}, 1, 0, {}, {}});
  for (const std::string& id : plan.cases) {
    const Case* c = content.find_case(id);
    if (!c) continue;
    t.slides.push_back(Slide{SlideKind::CaseHook, id, 1, 0, {}, {}});
    const int hops = static_cast<int>(story_order(c->flow).size());
    if (hops > 0) t.slides.push_back(Slide{SlideKind::CaseChain, id, hops, 0, {}, {}});
  }
  if (plan.overview) {
    Slide s{SlideKind::Overview, "overview", 0, 0, {}, {}};
    const FlowGraph& g = content.overview.flow;
    for (int n = first_chain(g); n >= 0 && !(std::find(s.chains.begin(), s.chains.end(), n) != s.chains.end());
         n = next_chain(g, n))
      s.chains.push_back(n);
    s.steps = static_cast<int>(s.chains.size());
    if (s.steps > 0) t.slides.push_back(std::move(s));
  }
  for (const std::string& id : plan.questions)
    if (content.find_question(id) >= 0) t.slides.push_back(Slide{SlideKind::Question, id, 2, 0, {}, {}});
  // The police's own advice to citizens (the articles' words) that the cases and questions
  // told lead to, in the content's order; 110 comes last, on its own.
  std::vector<std::string> told;
  for (const std::string& id : plan.cases)
    if (const Case* c = content.find_case(id)) told.insert(told.end(), c->reminders.begin(), c->reminders.end());
  for (const std::string& id : plan.questions)
    if (const int q = content.find_question(id); q >= 0) told.push_back(content.questions[static_cast<size_t>(q)].reminder);
  std::vector<int> police;
  for (size_t i = 0; i < content.reminders.size(); ++i) {
    const Reminder& r = content.reminders[i];
    if (r.kind == AdviceKind::Police && r.audience == Audience::Citizen && r.id != "report-110" && has(told, r.id))
      police.push_back(static_cast<int>(i));
  }
  paginate(t, SlideKind::Reminders, police, kRemindersPerSlide);
  const std::vector<int> cited = talk_sources(content, t);
  paginate(t, SlideKind::Sources, cited, kSourcesPerSlide);
  t.slides.push_back(Slide{SlideKind::Close, {}, 1, 0, {}, {}});
  return t;
}

}  // namespace dt
