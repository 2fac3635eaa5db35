#include "core/flow/chain.h"

#include <algorithm>

namespace dt {

Reach reach_from_people(const FlowGraph& g, const std::vector<bool>& blocked, const std::vector<bool>* counted) {
  Reach r;
  r.node_reached.assign(g.nodes.size(), false);
  std::vector<size_t> queue;
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].role == Role::Person) r.node_reached[i] = true, queue.push_back(i);
  for (size_t qi = 0; qi < queue.size(); ++qi)
    for (size_t ei = 0; ei < g.edges.size(); ++ei) {
      const auto& e = g.edges[ei];
      if (e.from != static_cast<int>(queue[qi]) || e.to < 0 || (ei < blocked.size() && blocked[ei])) continue;
      if (!r.node_reached[static_cast<size_t>(e.to)]) {
        r.node_reached[static_cast<size_t>(e.to)] = true;
        queue.push_back(static_cast<size_t>(e.to));
      }
    }
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].role == Role::Buyer && (!counted || (i < counted->size() && (*counted)[i]))) {
      ++r.buyers;
      if (r.node_reached[i]) ++r.buyers_reached;
    }
  return r;
}

std::vector<bool> blocked_edges(const Content& c, std::string_view graph_id, const std::vector<std::string>& reminders) {
  const FlowGraph* g = c.find_graph(graph_id);
  std::vector<bool> out(g ? g->edges.size() : 0, false);
  if (!g) return out;
  for (const auto& id : reminders)
    if (const Reminder* r = c.find_reminder(id))
      for (const auto& b : r->blocks)
        if (b.graph == graph_id)
          if (int e = g->find_edge(b.edge); e >= 0) out[static_cast<size_t>(e)] = true;
  return out;
}

std::vector<const Reminder*> reminders_for_graph(const Content& c, std::string_view graph_id) {
  std::vector<const Reminder*> out;
  for (const auto& r : c.reminders)
    if (std::any_of(r.blocks.begin(), r.blocks.end(), [&](const EdgeRef& b) { return b.graph == graph_id; }))
      out.push_back(&r);
  return out;
}

namespace {

// The cases documenting the hops into and out of `node`. Overview hops name the cases that
// document them; a case's own graph names none (every hop is that case's).
std::vector<std::string> cases_at(const FlowGraph& g, int node) {
  std::vector<std::string> out;
  for (const auto& e : g.edges)
    if (e.from == node || e.to == node)
      for (const auto& c : e.cases)
        if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

bool documented_by(const FlowEdge& e, const std::vector<std::string>& cases) {
  if (cases.empty() || e.cases.empty()) return true;
  return std::any_of(e.cases.begin(), e.cases.end(),
                     [&](const std::string& c) { return std::find(cases.begin(), cases.end(), c) != cases.end(); });
}

}  // namespace

std::vector<bool> edges_through(const FlowGraph& g, int node) {
  std::vector<bool> on(g.edges.size(), false);
  if (node < 0 || node >= static_cast<int>(g.nodes.size())) return on;
  // Only hops a case at this node documents: the phone-shop counter's data is known to reach
  // the middlemen, not every buyer the middlemen of other cases sold to.
  const std::vector<std::string> cases = cases_at(g, node);
  // Two walks: along the hops from `node`, and against them to it.
  for (bool forward : {true, false}) {
    std::vector<bool> seen(g.nodes.size(), false);
    std::vector<int> queue{node};
    seen[static_cast<size_t>(node)] = true;
    for (size_t qi = 0; qi < queue.size(); ++qi)
      for (size_t ei = 0; ei < g.edges.size(); ++ei) {
        const auto& e = g.edges[ei];
        const int here = forward ? e.from : e.to, next = forward ? e.to : e.from;
        if (here != queue[qi] || next < 0 || !documented_by(e, cases)) continue;
        on[ei] = true;
        if (!seen[static_cast<size_t>(next)]) seen[static_cast<size_t>(next)] = true, queue.push_back(next);
      }
  }
  return on;
}

std::vector<std::string> leak_hops(const Content& c, const std::vector<const Rule*>& findings) {
  std::vector<std::string> out;
  for (const Rule* r : findings) {
    if (!r || r->finding.severity == Severity::Info) continue;  // praise names no leak
    const Reminder* rem = c.find_reminder(r->finding.reminder);
    if (!rem) continue;
    for (const auto& b : rem->blocks)
      if (b.graph == "overview" && std::find(out.begin(), out.end(), b.edge) == out.end()) out.push_back(b.edge);
  }
  return out;
}

std::vector<int> story_order(const FlowGraph& g) {
  std::vector<int> order;
  std::vector<bool> used(g.edges.size(), false), seen(g.nodes.size(), false);
  std::vector<size_t> queue;
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].role == Role::Person) seen[i] = true, queue.push_back(i);
  for (size_t qi = 0; qi < queue.size(); ++qi)
    for (size_t ei = 0; ei < g.edges.size(); ++ei) {
      const auto& e = g.edges[ei];
      if (used[ei] || e.from != static_cast<int>(queue[qi]) || e.to < 0) continue;
      used[ei] = true;
      order.push_back(static_cast<int>(ei));
      if (!seen[static_cast<size_t>(e.to)]) seen[static_cast<size_t>(e.to)] = true, queue.push_back(static_cast<size_t>(e.to));
    }
  for (size_t ei = 0; ei < g.edges.size(); ++ei)
    if (!used[ei]) order.push_back(static_cast<int>(ei));
  return order;
}

}  // namespace dt
