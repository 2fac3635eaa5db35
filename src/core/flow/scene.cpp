#include "core/flow/scene.h"

#include <algorithm>

namespace dt {

bool FlowScene::card_on_hop(size_t n) const {
  if (current < 0) return false;
  const FlowEdge& e = graph->edges[static_cast<size_t>(current)];
  return static_cast<int>(n) == e.from || static_cast<int>(n) == e.to;
}

FlowScene derive_flow_scene(const Content& content, const FlowGraph& g, const std::string& graph_id, FlowView& view) {
  FlowScene s;
  s.graph_id = graph_id;
  s.graph = &g;
  const size_t nodes = g.nodes.size(), edges = g.edges.size();
  // The overview filtered to one leak point: only the hops on its chains exist on screen.
  if (graph_id != "overview" || view.filter >= static_cast<int>(nodes)) view.filter = -1;
  s.filtered = view.filter >= 0;
  s.kept = view.filter >= 0 ? edges_through(g, view.filter) : std::vector<bool>(edges, true);
  s.shown.assign(nodes, view.filter < 0);
  if (view.filter >= 0) s.shown[static_cast<size_t>(view.filter)] = true;
  for (size_t i = 0; i < edges; ++i)
    if (s.kept[i] && g.edges[i].from >= 0 && g.edges[i].to >= 0)
      s.shown[static_cast<size_t>(g.edges[i].from)] = s.shown[static_cast<size_t>(g.edges[i].to)] = true;
  for (int e : story_order(g))
    if (s.kept[static_cast<size_t>(e)]) s.order.push_back(e);
  if (s.order.empty()) s.order = story_order(g);  // a leak point with no hops: show everything
  if (!s.order.empty()) {
    view.step = std::clamp(view.step, 0, static_cast<int>(s.order.size()) - 1);
    s.current = s.order[static_cast<size_t>(view.step)];
  }
  s.blocked = blocked_edges(content, graph_id, view.cut);
  // Reach over what is on screen: a hop off screen is as good as cut, and only the buyers
  // drawn are counted ("n of m" is about the chain the visitor sees).
  std::vector<bool> closed(edges), off(edges);
  for (size_t i = 0; i < edges; ++i) {
    off[i] = !s.kept[i];
    closed[i] = off[i] || s.blocked[i];
  }
  s.reach = reach_from_people(g, closed, &s.shown);
  // Fade only what a cut took away: a supplier the people's data never passes through (a
  // broker's other sources) is part of the story, not cut off.
  const Reach uncut = reach_from_people(g, off, &s.shown);
  s.cut_off.assign(nodes, false);
  for (size_t n = 0; n < nodes; ++n) s.cut_off[n] = uncut.node_reached[n] && !s.reach.node_reached[n];
  s.marked.assign(edges, false);
  for (size_t i = 0; i < edges; ++i)
    s.marked[i] = std::find(view.highlight.begin(), view.highlight.end(), g.edges[i].id) != view.highlight.end();
  // With a card selected, its own chain stands out and the rest fades back.
  s.focus = view.selected >= 0 && view.selected < static_cast<int>(nodes);
  if (!s.focus) view.selected = -1;
  s.in_focus = s.focus ? edges_through(g, view.selected) : std::vector<bool>(edges, true);
  s.card_in_focus.assign(nodes, !s.focus);
  if (s.focus) {
    s.card_in_focus[static_cast<size_t>(view.selected)] = true;
    for (size_t i = 0; i < edges; ++i)
      if (s.in_focus[i] && g.edges[i].from >= 0 && g.edges[i].to >= 0)
        s.card_in_focus[static_cast<size_t>(g.edges[i].from)] = s.card_in_focus[static_cast<size_t>(g.edges[i].to)] = true;
  }
  return s;
}

bool story_step(FlowView& view, const FlowScene& scene, int delta) {
  const int to = view.step + delta;
  if (to < 0 || to >= static_cast<int>(scene.order.size())) return false;
  view.step = to;
  view.playing = false;
  return true;
}

bool story_jump(FlowView& view, const FlowScene& scene, int edge) {
  const auto at = std::find(scene.order.begin(), scene.order.end(), edge);
  if (at == scene.order.end()) return false;
  view.step = static_cast<int>(at - scene.order.begin());
  view.playing = false;
  return true;
}

bool advance_story(FlowView& view, const FlowScene& scene, double now) {
  if (!view.playing || scene.order.empty()) {
    view.advance_at = 0;
    return false;
  }
  if (view.advance_at == 0) {
    view.advance_at = now + kStoryStepSeconds;
    return false;
  }
  if (now < view.advance_at) return false;
  view.step = (view.step + 1) % static_cast<int>(scene.order.size());
  view.advance_at = now + kStoryStepSeconds;
  return true;
}

void filter_by_leak_point(FlowView& view, int node) {
  view.filter = node;
  view.selected = -1;
  view.centred = false;
  view.zoom = view.pending_zoom = 1;
  // Only the chains through the leak point are in the story now: its first hop is step 0.
  if (node >= 0) view.step = 0;
  view.chose_all = node < 0;
}

namespace {

bool has_chain(const FlowGraph& g, size_t node) {
  if (g.nodes[node].role != Role::LeakPoint) return false;
  const auto through = edges_through(g, static_cast<int>(node));
  return std::count(through.begin(), through.end(), true) > 1;
}

}  // namespace

int first_chain(const FlowGraph& g) { return next_chain(g, -1); }

int next_chain(const FlowGraph& g, int node) {
  const int n = static_cast<int>(g.nodes.size());
  for (int k = 1; k <= n; ++k) {
    const int i = ((node < 0 ? -1 : node) + k) % n;
    if (i >= 0 && has_chain(g, static_cast<size_t>(i))) return i;
  }
  return -1;
}

}  // namespace dt
