// Long hops in the layered layout. A hop that skips layers would run straight behind the
// cards of the layers between; instead it gets a place of its own in each (a small invisible
// waypoint, ordered with the cards so it sits where it crosses least) and its curve passes
// through the middle one.
#include <utility>
#include <vector>

#include "core/flow/layered.h"

namespace dt {

namespace {

constexpr float kWaypoint = 8;

}  // namespace

FlowLayout layout_with_waypoints(const FlowGraph& g, const LayoutInput& in, const FlowLayout& plain) {
  FlowGraph aug;
  aug.nodes = g.nodes;
  LayoutInput ain = in;
  ain.label_widths.clear();
  ain.label_heights.clear();
  struct Long {
    size_t edge;
    std::vector<int> waypoints;
    size_t first;  // the augmented edge that leaves the source (its port: where the hop starts)
    size_t last;   // the augmented edge that enters the target (it carries the tag)
  };
  std::vector<Long> longs;
  std::vector<int> straight(g.edges.size(), -1);  // original edge -> augmented edge
  auto add_edge = [&](int from, int to, float lw, float lh) {
    FlowEdge e;
    e.from = from;
    e.to = to;
    aug.edges.push_back(std::move(e));
    ain.label_widths.push_back(lw);
    ain.label_heights.push_back(lh);
    return aug.edges.size() - 1;
  };
  for (size_t e = 0; e < g.edges.size(); ++e) {
    const auto& ed = g.edges[e];
    const float lw = e < in.label_widths.size() ? in.label_widths[e] : 0.0f;
    const float lh = e < in.label_heights.size() ? in.label_heights[e] : 0.0f;
    const int span = ed.from >= 0 && ed.to >= 0 && !plain.back[e]
                         ? plain.layer[static_cast<size_t>(ed.to)] - plain.layer[static_cast<size_t>(ed.from)]
                         : 0;
    if (span <= 1) {
      straight[e] = static_cast<int>(add_edge(ed.from, ed.to, lw, lh));
      continue;
    }
    Long l{e, {}, 0, 0};
    int prev = ed.from;
    for (int k = 1; k < span; ++k) {
      FlowNode w;
      w.role = Role::Middleman;
      aug.nodes.push_back(std::move(w));
      ain.widths.push_back(kWaypoint);
      ain.heights.push_back(kWaypoint);
      const int id = static_cast<int>(aug.nodes.size() - 1);
      const size_t hop = add_edge(prev, id, 0, 0);
      if (k == 1) l.first = hop;
      l.waypoints.push_back(id);
      prev = id;
    }
    l.last = add_edge(prev, ed.to, lw, lh);
    longs.push_back(std::move(l));
  }
  const FlowLayout a = layout_layered(aug, ain);
  FlowLayout out = plain;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    out.nodes[i] = a.nodes[i];
    out.layer[i] = a.layer[i];
  }
  for (size_t e = 0; e < g.edges.size(); ++e)
    if (straight[e] >= 0) {
      out.back[e] = a.back[static_cast<size_t>(straight[e])];
      out.curves[e] = a.curves[static_cast<size_t>(straight[e])];
      out.labels[e] = a.labels[static_cast<size_t>(straight[e])];
    }
  for (const Long& l : longs) {
    const Box& w = a.nodes[static_cast<size_t>(l.waypoints[l.waypoints.size() / 2])];
    const Point mid{w.x + w.w / 2, w.y + w.h / 2};
    const Curve& last = a.curves[l.last];
    Curve c;
    c.p[0] = a.curves[l.first].p[0];
    c.p[3] = last.p[3];
    // Control points at one place make the curve pass through `mid` halfway along.
    const Point q{(8 * mid.x - c.p[0].x - c.p[3].x) / 6, (8 * mid.y - c.p[0].y - c.p[3].y) / 6};
    c.p[1] = c.p[2] = q;
    out.curves[l.edge] = c;
    out.labels[l.edge] = a.labels[l.last];
  }
  out.width = a.width;
  out.height = a.height;
  return out;
}

}  // namespace dt
