#include "core/quiz/spot.h"

#include <map>

namespace dt {

SpotPlan plan_spot(const Content& content, unsigned visit) {
  // Topics in order of first appearance, each with its pairs.
  std::vector<std::string> topics;
  std::map<std::string, std::vector<const SpotPair*>> by_topic;
  for (const auto& p : content.spot_pairs) {
    auto& list = by_topic[p.topic];
    if (list.empty()) topics.push_back(p.topic);
    list.push_back(&p);
  }
  std::vector<const SpotPair*> chosen;
  // One pair per topic first; a second round only when there are fewer than four topics.
  for (unsigned round = 0; chosen.size() < SpotSession::kItems && round < 8; ++round) {
    bool any = false;
    for (size_t t = 0; t < topics.size() && chosen.size() < SpotSession::kItems; ++t) {
      const auto& list = by_topic[topics[t]];
      if (round >= list.size()) continue;
      any = true;
      chosen.push_back(list[(visit + t + round) % list.size()]);
    }
    if (!any) break;
  }
  SpotPlan plan;
  for (size_t i = 0; i < chosen.size(); ++i) {
    const int first = static_cast<int>((visit / 2 + i) % 2);
    plan.before.push_back(chosen[i]->items[first]);
    plan.after.push_back(chosen[i]->items[1 - first]);
  }
  return plan;
}

bool SpotSession::offer(const Content& c, unsigned visit, std::string going_to) {
  if (!offer_due(c, going_to)) return false;
  if (stage == Stage::Skipped) reoffered = true;
  stage = Stage::Offered;
  then = std::move(going_to);
  plan = plan_spot(c, visit);
  for (auto& a : answers) a.assign(plan.before.size(), -1);
  index = 0;
  feedback = false;
  return true;
}

bool SpotSession::begin_part(Stage from, Stage to) {
  if (stage != from) return false;
  stage = to;
  index = 0;
  feedback = false;
  return true;
}

bool SpotSession::skip() {
  if (stage != Stage::Offered) return false;
  stage = Stage::Skipped;
  return true;
}

int SpotSession::answer() const {
  const auto& a = answers[in_after() ? 1 : 0];
  return index < static_cast<int>(a.size()) ? a[static_cast<size_t>(index)] : -1;
}

bool SpotSession::choose(const Content& c, int answer) {
  if ((stage != Stage::Before && stage != Stage::After) || feedback) return false;
  const auto& list = items();
  if (index >= static_cast<int>(list.size())) return false;
  const SpotItem& item = c.spot[static_cast<size_t>(list[static_cast<size_t>(index)])];
  if (answer < 0 || answer >= item.answer_count()) return false;
  answers[stage == Stage::After ? 1 : 0][static_cast<size_t>(index)] = answer;
  feedback = true;
  return true;
}

bool SpotSession::next() {
  if ((stage != Stage::Before && stage != Stage::After) || !feedback) return false;
  feedback = false;
  if (index + 1 < total()) {
    ++index;
  } else {
    stage = stage == Stage::Before ? Stage::BeforeDone : Stage::Done;
  }
  return true;
}



int SpotSession::score(const Content& c, int part) const {
  const auto& list = part == 0 ? plan.before : plan.after;
  const auto& given = answers[part == 0 ? 0 : 1];
  int right = 0;
  for (size_t i = 0; i < list.size() && i < given.size(); ++i) {
    const size_t item = static_cast<size_t>(list[i]);
    if (item < c.spot.size() && c.spot[item].correct(given[i])) ++right;
  }
  return right;
}

}  // namespace dt
