// Reads every content file in a fixed order, then checks what refers to what across files.
#include "core/content/loader.h"

#include <set>

#include "core/content/for_each_text.h"
#include "core/content/loader_internal.h"
#include "core/content/text_limits.h"

namespace dt {

using nlohmann::json;

// [SECTION] Lookups
int FlowGraph::find_node(std::string_view id) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].id == id) return static_cast<int>(i);
  return -1;
}
int FlowGraph::find_edge(std::string_view id) const {
  for (size_t i = 0; i < edges.size(); ++i)
    if (edges[i].id == id) return static_cast<int>(i);
  return -1;
}
const Case* Content::find_case(std::string_view id) const {
  for (const auto& c : cases)
    if (c.id == id) return &c;
  return nullptr;
}
const Source* Content::find_source(std::string_view id) const {
  for (const auto& s : sources)
    if (s.id == id) return &s;
  return nullptr;
}
const Reminder* Content::find_reminder(std::string_view id) const {
  for (const auto& r : reminders)
    if (r.id == id) return &r;
  return nullptr;
}
int Content::find_question(std::string_view id) const {
  for (size_t i = 0; i < questions.size(); ++i)
    if (questions[i].id == id) return static_cast<int>(i);
  return -1;
}
const FlowGraph* Content::find_graph(std::string_view id) const {
  if (id == "overview") return &overview.flow;
  const Case* c = find_case(id);
  return c ? &c->flow : nullptr;
}

namespace {

constexpr size_t kMaxCases = 200;

struct Loader {
  const ContentReader& read;
  std::string label;
  Problems& out;
  // Files missing or unparsable (already reported): what refers into them is not reported
  // again, so one stray comma is one problem, not sixty.
  std::set<std::string> broken;

  Where where(const std::string& rel) const { return {label + "/" + rel, ""}; }

  // The parsed document, or null (reported) when missing or unparsable.
  json document(const std::string& rel, const std::string& missing = "cannot be read") {
    auto text = read(rel);
    if (!text) {
      out.push_back(label + "/" + rel + ": " + missing);
      broken.insert(rel);
      return json();
    }
    auto r = read_json(*text, label + "/" + rel, out);
    if (!r.ok) broken.insert(rel);
    return r.ok ? std::move(r.value) : json();
  }
};

// [SECTION] Cross-references
// `listed`: case ids in the index. A case whose file failed to load was already reported;
// references to it are not reported again.
void check_references(const Content& c, const std::set<std::string>& listed, const std::set<std::string>& broken,
                      const std::string& label, Problems& out) {
  const bool sources_ok = !broken.count("sources.json"), reminders_ok = !broken.count("reminders.json"),
             index_ok = !broken.count("cases/index.json");
  auto need_source = [&](const std::string& id, const Where& at) {
    if (sources_ok && !id.empty() && !c.find_source(id)) report(out, at, "no source \"" + id + "\" in sources.json");
  };
  auto need_reminder = [&](const std::string& id, const Where& at) {
    if (reminders_ok && !id.empty() && !c.find_reminder(id))
      report(out, at, "no reminder \"" + id + "\" in reminders.json");
  };
  auto need_case = [&](const std::string& id, const Where& at) {
    if (index_ok && !id.empty() && !listed.count(id)) report(out, at, "no case \"" + id + "\" in cases/index.json");
  };
  for (const auto& cs : c.cases) {
    const Where at{label + "/cases/" + cs.id + ".json", ""};
    need_source(cs.source, at / "source");
    for (size_t i = 0; i < cs.reminders.size(); ++i) need_reminder(cs.reminders[i], at / "reminders" / i);
  }
  const Where ov{label + "/overview.json", ""};
  for (size_t i = 0; i < c.overview.flow.edges.size(); ++i) {
    const auto& e = c.overview.flow.edges[i];
    for (size_t j = 0; j < e.cases.size(); ++j) need_case(e.cases[j], ov / "flow" / "edges" / i / "cases" / j);
    for (size_t j = 0; j < e.sources.size(); ++j) need_source(e.sources[j], ov / "flow" / "edges" / i / "sources" / j);
  }
  const Where rem{label + "/reminders.json", ""};
  for (size_t i = 0; i < c.reminders.size(); ++i) {
    const auto& r = c.reminders[i];
    for (size_t j = 0; j < r.sources.size(); ++j) need_source(r.sources[j], rem / "reminders" / i / "sources" / j);
    for (size_t j = 0; j < r.blocks.size(); ++j) {
      const auto& b = r.blocks[j];
      const FlowGraph* g = c.find_graph(b.graph);
      if (!g && (listed.count(b.graph) || !index_ok)) continue;
      if (!g) report(out, rem / "reminders" / i / "blocks" / j, "no graph \"" + b.graph + "\" (a case id or overview)");
      else if (g->find_edge(b.edge) < 0)
        report(out, rem / "reminders" / i / "blocks" / j, "graph \"" + b.graph + "\" has no edge \"" + b.edge + "\"");
    }
  }
  const Where qa{label + "/quiz/questions.json", ""};
  for (size_t i = 0; i < c.questions.size(); ++i) {
    need_reminder(c.questions[i].reminder, qa / "questions" / i / "reminder");
    need_case(c.questions[i].case_id, qa / "questions" / i / "case");
  }
  const Where ra{label + "/quiz/rules.json", ""};
  for (size_t i = 0; i < c.rules.size(); ++i) {
    need_reminder(c.rules[i].finding.reminder, ra / "rules" / i / "finding" / "reminder");
    need_case(c.rules[i].finding.case_id, ra / "rules" / i / "finding" / "case");
  }
  const Where sa{label + "/quiz/spot.json", ""};
  for (size_t i = 0; i < c.spot.size(); ++i) {
    need_reminder(c.spot[i].reminder, sa / "items" / i / "reminder");
    need_case(c.spot[i].case_id, sa / "items" / i / "case");
  }
}

}  // namespace

Content load_content(const ContentReader& read, const std::string& label, Problems& problems,
                     const CaseLister& list_cases) {
  Content c;
  Loader l{read, label, problems, {}};
  using namespace detail;

  if (json d = l.document("sources.json"); !d.is_null()) c.sources = read_sources(d, l.where("sources.json"), problems);
  if (json d = l.document("reminders.json"); !d.is_null())
    c.reminders = read_reminders(d, l.where("reminders.json"), problems);

  std::set<std::string> listed;
  // Cases: the index gives the order on screen; each case lives in cases/<id>.json.
  if (json index = l.document("cases/index.json"); !index.is_null()) {
    Fields f(index, l.where("cases/index.json"), problems);
    const auto ids = f.id_list("cases", 1, kMaxCases);
    f.finish();
    for (size_t i = 0; i < ids.size(); ++i) {
      const std::string rel = "cases/" + ids[i] + ".json";
      if (!listed.insert(ids[i]).second) {
        report(problems, f.where() / "cases" / i, "case \"" + ids[i] + "\" is listed twice");
        continue;
      }
      json d = l.document(rel, "cases/index.json lists \"" + ids[i] + "\", but there is no such file (or it cannot be read)");
      if (d.is_null()) continue;
      Case cs = read_case(d, l.where(rel), problems);
      if (!cs.id.empty() && cs.id != ids[i])
        report(problems, l.where(rel) / "id", "is \"" + cs.id + "\" but the file is listed as \"" + ids[i] +
                                                  "\"; the id must match the file name");
      cs.id = ids[i];
      std::set<char32_t> chars;
      for_each_text(cs, [&](const LocalText& t) { add_code_points(t.zh, chars), add_code_points(t.en, chars); });
      if (chars.size() > kMaxCaseChars) {
        report(problems, l.where(rel),
               "uses " + std::to_string(chars.size()) + " different characters (at most " +
                   std::to_string(kMaxCaseChars) +
                   "): each rare one is a font download for every visitor, so the case is left out");
        continue;
      }
      c.cases.push_back(std::move(cs));
    }
  }
  if (json d = l.document("overview.json"); !d.is_null()) c.overview = read_overview(d, l.where("overview.json"), problems);
  if (json d = l.document("quiz/questions.json"); !d.is_null())
    c.questions = read_questions(d, l.where("quiz/questions.json"), problems);
  if (json d = l.document("quiz/rules.json"); !d.is_null())
    c.rules = read_rules(d, l.where("quiz/rules.json"), c.questions, problems);
  if (json d = l.document("quiz/spot.json"); !d.is_null())
    c.spot = read_spot(d, l.where("quiz/spot.json"), c.spot_pairs, problems);

  // A case file nobody listed is never shown: say so, or an organiser's new case just
  // silently isn't there.
  if (list_cases && !l.broken.count("cases/index.json")) {
    for (const std::string& name : list_cases()) {
      if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".json") != 0 || name == "index.json") continue;
      const std::string id = name.substr(0, name.size() - 5);
      if (!listed.count(id))
        problems.push_back(label + "/cases/" + name + ": not listed in cases/index.json, so the widget never shows it (add \"" +
                           id + "\" to the list there)");
    }
  }
  check_references(c, listed, l.broken, label, problems);
  return c;
}

std::string content_summary(const Content& c) {
  size_t nodes = c.overview.flow.nodes.size(), edges = c.overview.flow.edges.size();
  for (const auto& cs : c.cases) nodes += cs.flow.nodes.size(), edges += cs.flow.edges.size();
  return std::to_string(c.cases.size()) + " cases, " + std::to_string(nodes) + " nodes, " + std::to_string(edges) +
         " edges, " + std::to_string(c.reminders.size()) + " reminders, " + std::to_string(c.questions.size()) +
         " questions, " + std::to_string(c.rules.size()) + " rules, " + std::to_string(c.spot.size()) +
         " spot-the-leak items";
}

}  // namespace dt
