#include "core/content/pronouns.h"

#include <cctype>
#include <string_view>

namespace dt {

namespace {

constexpr std::string_view kEnglish[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself"};

bool word_char(char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0 || ch == '\''; }

void scan(std::vector<PronounUse>& out, const std::string& field, const LocalText& t) {
  // Chinese: 他 and 她 (他们, 她们 included), but not 他人 ("other people"), 其他 or 其它.
  for (std::string_view ch : {std::string_view("他"), std::string_view("她")}) {
    for (size_t at = t.zh.find(ch); at != std::string::npos; at = t.zh.find(ch, at + ch.size())) {
      const std::string_view after = std::string_view(t.zh).substr(at + ch.size());
      const std::string_view before = std::string_view(t.zh).substr(0, at);
      if (after.rfind("人", 0) == 0) continue;
      if (before.size() >= 3 && before.substr(before.size() - 3) == "其") continue;
      out.push_back({field, std::string(ch), t.zh});
    }
  }
  const std::string& en = t.en;
  for (size_t i = 0; i < en.size();) {
    if (!word_char(en[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && word_char(en[j])) ++j;
    std::string word = en.substr(i, j - i);
    for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (std::string_view p : kEnglish)
      if (word == p) out.push_back({field, en.substr(i, j - i), en});
    i = j;
  }
}

}  // namespace

std::vector<PronounUse> gendered_pronouns(const Case& c) {
  std::vector<PronounUse> out;
  scan(out, "title", c.title);
  scan(out, "hook", c.hook);
  for (size_t i = 0; i < c.timeline.size(); ++i) scan(out, "timeline " + std::to_string(i + 1), c.timeline[i]);
  for (size_t i = 0; i < c.actors.size(); ++i) {
    scan(out, "actor " + std::to_string(i + 1), c.actors[i].name);
    scan(out, "actor did " + std::to_string(i + 1), c.actors[i].did);
  }
  scan(out, "data", c.data);
  scan(out, "how big", c.scale);
  scan(out, "prices", c.prices);
  scan(out, "outcome", c.outcome);
  scan(out, "context", c.context);
  for (size_t i = 0; i < c.remarks.size(); ++i) scan(out, "officer's remark " + std::to_string(i + 1), c.remarks[i]);
  for (const auto& n : c.flow.nodes) scan(out, "flow node " + n.id, n.label);
  for (const auto& e : c.flow.edges) {
    scan(out, "flow edge " + e.id, e.data);
    scan(out, "flow edge " + e.id, e.price);
    scan(out, "flow edge " + e.id, e.volume);
    scan(out, "flow edge " + e.id, e.method);
  }
  return out;
}

}  // namespace dt
