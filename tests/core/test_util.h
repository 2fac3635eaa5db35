// Helpers shared by the core tests.
#pragma once
#include <fstream>
#include <sstream>
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/content/loader.h"
#include "core/flow/chain.h"

namespace dt::test {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string source_path(const std::string& rel) { return std::string(DT_SOURCE_DIR) + "/" + rel; }

// The shipped content/ as the app loads it.
inline Content load_shipped_content(std::vector<std::string>& problems) {
  return load_content(
      [](const std::string& rel) -> std::optional<std::string> {
        std::string s = read_text(source_path("content/" + rel));
        if (s.empty()) return std::nullopt;
        return s;
      },
      "content", problems);
}

// The shipped content, loaded once for the tests that only read it (that it loads without a
// problem is content_loader_test's to check).
inline const Content& shipped_content() {
  static const Content c = [] {
    std::vector<std::string> problems;
    return load_shipped_content(problems);
  }();
  return c;
}

// Takes the whole self-check, the first answer of every question, as a visitor taps through it.
inline void take_quiz(AppState& s, const Content& c) {
  s.quiz_fit(c.questions);
  for (size_t q = 0; q < c.questions.size(); ++q) {
    s.quiz_choose(c.questions, 0);
    s.quiz_check();
    s.quiz_next(c);
  }
}

// A diagram as a screen shows it: a case's whole flow, or the overview cut down to one leak
// point's known chain (`shown` nodes, `kept` hops; both empty for a whole graph).
struct ShownDiagram {
  std::string name;
  const FlowGraph* graph;
  std::vector<bool> shown, kept;
};

// Every case, and the overview cut to each leak point's chain (what the kiosk's attract loop
// and a phone show); with `whole_overview`, the whole overview first.
inline std::vector<ShownDiagram> shown_diagrams(bool whole_overview) {
  const Content& c = shipped_content();
  std::vector<ShownDiagram> out;
  if (whole_overview) out.push_back({"overview", &c.overview.flow, {}, {}});
  for (const auto& k : c.cases) out.push_back({k.id, &k.flow, {}, {}});
  const FlowGraph& ov = c.overview.flow;
  for (size_t leak = 0; leak < ov.nodes.size(); ++leak) {
    if (ov.nodes[leak].role != Role::LeakPoint) continue;
    std::vector<bool> shown(ov.nodes.size(), false);
    shown[leak] = true;
    const auto through = edges_through(ov, static_cast<int>(leak));
    for (size_t e = 0; e < ov.edges.size(); ++e)
      if (through[e]) shown[static_cast<size_t>(ov.edges[e].from)] = shown[static_cast<size_t>(ov.edges[e].to)] = true;
    out.push_back({"overview/" + ov.nodes[leak].id, &ov, shown, through});
  }
  return out;
}

}  // namespace dt::test
