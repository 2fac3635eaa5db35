// The list layout: the diagram as one column of cards for screens too narrow for a layered
// drawing at a readable text size (a phone at 200 % text). Cards follow a depth-first walk
// from where the data starts, so one chain reads straight down; a hop to the next card is a
// short straight arrow, a hop that skips cards runs in a lane at the left.
#include <algorithm>

#include "core/flow/layout.h"

namespace dt {

namespace {

// Reverse postorder of a depth-first walk, taking starts and each node's hops in content
// order: every forward hop points down the list and a chain stays together. Iterative, so a
// hostile graph cannot exhaust the stack.
std::vector<size_t> list_order(const FlowGraph& g, const std::vector<std::vector<size_t>>& out_edges) {
  const size_t n = g.nodes.size();
  std::vector<int> indeg(n, 0);
  for (const auto& e : g.edges)
    if (e.from >= 0 && e.to >= 0) ++indeg[static_cast<size_t>(e.to)];
  std::vector<size_t> starts;
  for (size_t i = n; i-- > 0;)
    if (indeg[i] == 0) starts.push_back(i);
  for (size_t i = n; i-- > 0;) starts.push_back(i);  // anything only reachable through a cycle
  std::vector<bool> seen(n, false);
  std::vector<size_t> post;
  for (size_t r : starts) {
    if (seen[r]) continue;
    seen[r] = true;
    std::vector<std::pair<size_t, size_t>> stack{{r, 0}};
    while (!stack.empty()) {
      auto& [v, k] = stack.back();
      const auto& outs = out_edges[v];
      if (k < outs.size()) {
        // Last hop first, so that after reversing the first hop's chain comes first.
        const auto to = static_cast<size_t>(g.edges[outs[outs.size() - 1 - k++]].to);
        if (!seen[to]) {
          seen[to] = true;
          stack.emplace_back(to, 0);
        }
      } else {
        post.push_back(v);
        stack.pop_back();
      }
    }
  }
  std::reverse(post.begin(), post.end());
  return post;
}

// Lanes for the hops that skip cards: shortest first, each in the innermost lane free over
// its whole span, so a long hop runs outside the short ones it passes.
std::vector<int> assign_lanes(const std::vector<std::pair<size_t, size_t>>& spans, int max_lanes) {
  std::vector<size_t> by_length(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) by_length[i] = i;
  std::stable_sort(by_length.begin(), by_length.end(), [&](size_t a, size_t b) {
    return spans[a].second - spans[a].first < spans[b].second - spans[b].first;
  });
  std::vector<int> lane(spans.size(), -1);
  std::vector<std::vector<size_t>> in_lane;
  for (size_t i : by_length) {
    int chosen = -1;
    for (size_t l = 0; l < in_lane.size() && chosen < 0; ++l) {
      const bool free = std::none_of(in_lane[l].begin(), in_lane[l].end(), [&](size_t o) {
        return spans[o].first < spans[i].second && spans[i].first < spans[o].second;
      });
      if (free) chosen = static_cast<int>(l);
    }
    if (chosen < 0) {
      // Past the cap, the outermost lane is shared: crowded, but never wider than the screen.
      chosen = std::min(static_cast<int>(in_lane.size()), max_lanes - 1);
      if (chosen == static_cast<int>(in_lane.size())) in_lane.emplace_back();
    }
    in_lane[static_cast<size_t>(chosen)].push_back(i);
    lane[i] = chosen;
  }
  return lane;
}

}  // namespace

FlowLayout layout_flow_list(const FlowGraph& g, const LayoutInput& in) {
  FlowLayout out;
  const size_t n = g.nodes.size(), edges = g.edges.size();
  out.nodes.resize(n);
  out.layer.assign(n, 0);
  out.back.assign(edges, false);
  out.curves.assign(edges, Curve{});
  out.labels.assign(edges, Box{});
  if (n == 0) return out;
  std::vector<std::vector<size_t>> out_edges(n);
  for (size_t e = 0; e < edges; ++e)
    if (g.edges[e].from >= 0 && g.edges[e].to >= 0) out_edges[static_cast<size_t>(g.edges[e].from)].push_back(e);
  const std::vector<size_t> order = list_order(g, out_edges);
  for (size_t r = 0; r < order.size(); ++r) out.layer[order[r]] = static_cast<int>(r);
  auto row = [&](int node) { return static_cast<size_t>(out.layer[static_cast<size_t>(node)]); };

  // Hops that skip cards (or go back up) need a lane; the rest are straight arrows.
  std::vector<size_t> laned;
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t e = 0; e < edges; ++e) {
    const auto& ed = g.edges[e];
    if (ed.from < 0 || ed.to < 0) continue;
    out.back[e] = row(ed.to) <= row(ed.from);
    if (row(ed.to) == row(ed.from) + 1) continue;
    laned.push_back(e);
    spans.emplace_back(std::min(row(ed.from), row(ed.to)), std::max(row(ed.from), row(ed.to)));
  }
  const int max_lanes = std::max(1, static_cast<int>(in.list_width * 0.3f / std::max(1.0f, in.lane_gap)) - 1);
  const std::vector<int> lane = assign_lanes(spans, max_lanes);
  const int lanes = lane.empty() ? 0 : *std::max_element(lane.begin(), lane.end()) + 1;
  const float gutter = lanes ? in.lane_gap * static_cast<float>(lanes + 1) : 0.0f;
  const float card_w = std::max(1.0f, in.list_width - gutter);

  // Each gap holds, one above the other, the tags of the hops entering the card below it.
  std::vector<std::vector<size_t>> tags_into(n);
  for (size_t e = 0; e < edges; ++e) {
    const float lw = e < in.label_widths.size() ? in.label_widths[e] : 0.0f;
    const float lh = e < in.label_heights.size() ? in.label_heights[e] : 0.0f;
    if (lw > 0 && lh > 0 && g.edges[e].from >= 0 && g.edges[e].to >= 0) tags_into[row(g.edges[e].to)].push_back(e);
  }
  float y = 0;
  for (size_t r = 0; r < order.size(); ++r) {
    const size_t v = order[r];
    float tags_h = 0;
    for (size_t e : tags_into[r]) tags_h += in.label_heights[e] + in.label_margin;
    if (r > 0 || tags_h > 0) {
      const float gap = std::max(r > 0 ? in.layer_gap : 0.0f, tags_h + in.label_margin);
      float ty = y + (gap - tags_h + in.label_margin) / 2;
      for (size_t e : tags_into[r]) {
        const float lw = in.label_widths[e], lh = in.label_heights[e];
        // A straight arrow's tag on the arrow; a lane's at the left of the card it enters.
        const bool straight = std::find(laned.begin(), laned.end(), e) == laned.end();
        float tx = straight ? gutter + (card_w - lw) / 2 : gutter + in.label_margin;
        tx = std::clamp(tx, 0.0f, std::max(0.0f, in.list_width - lw));
        out.labels[e] = Box{tx, ty, lw, lh};
        ty += lh + in.label_margin;
      }
      y += gap;
    }
    const float h = in.height_at ? in.height_at(v, card_w) : (v < in.heights.size() ? in.heights[v] : 0.0f);
    out.nodes[v] = Box{gutter, y, card_w, h};
    y += h;
  }
  out.width = std::max(in.list_width, gutter + card_w);
  out.height = y;

  for (size_t e = 0; e < edges; ++e) {
    const auto& ed = g.edges[e];
    if (ed.from < 0 || ed.to < 0) continue;
    const Box& a = out.nodes[static_cast<size_t>(ed.from)];
    const Box& b = out.nodes[static_cast<size_t>(ed.to)];
    Curve& c = out.curves[e];
    const auto at = std::find(laned.begin(), laned.end(), e);
    if (at == laned.end()) {
      const float x = b.x + b.w / 2;
      const float y0 = a.y + a.h, y1 = b.y;
      c.p[0] = {x, y0};
      c.p[1] = {x, y0 + (y1 - y0) / 3};
      c.p[2] = {x, y0 + (y1 - y0) * 2 / 3};
      c.p[3] = {x, y1};
      continue;
    }
    // Out of the card's left side low, in at the other's high: a lane ending at a card and
    // one starting there never run together.
    const float x = gutter - in.lane_gap * static_cast<float>(lane[static_cast<size_t>(at - laned.begin())] + 1);
    c.elbow = true;
    c.p[0] = {a.x, a.y + a.h * 0.62f};
    c.p[1] = {x, c.p[0].y};
    c.p[3] = {b.x, b.y + b.h * 0.38f};
    c.p[2] = {x, c.p[3].y};
  }
  return out;
}

}  // namespace dt
