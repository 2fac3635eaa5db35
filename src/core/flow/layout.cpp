// The layered layout (layers, order, coordinates, curves, tags), the choice between it and
// the list, and the layout of a filtered part of a graph.
#include "core/flow/layout.h"
#include "core/flow/layered.h"

#include <algorithm>
#include <numeric>

namespace dt {

namespace {

// Marks edges that close a cycle in depth-first order from the graph's starts, so layering
// sees a DAG. Iterative: content graphs are small, but a hostile one must not blow the stack.
std::vector<bool> back_edges(const FlowGraph& g, const std::vector<std::vector<int>>& out_edges) {
  const size_t n = g.nodes.size();
  std::vector<int> state(n, 0);  // 0 new, 1 on stack, 2 done
  std::vector<bool> back(g.edges.size(), false);
  std::vector<int> indeg(n, 0);
  for (const auto& e : g.edges)
    if (e.to >= 0) ++indeg[static_cast<size_t>(e.to)];
  std::vector<size_t> roots;
  for (size_t i = 0; i < n; ++i)
    if (indeg[i] == 0) roots.push_back(i);
  for (size_t i = 0; i < n; ++i) roots.push_back(i);  // anything only reachable through cycles
  for (size_t r : roots) {
    if (state[r]) continue;
    std::vector<std::pair<size_t, size_t>> stack{{r, 0}};
    state[r] = 1;
    while (!stack.empty()) {
      auto& [v, k] = stack.back();
      if (k < out_edges[v].size()) {
        const int ei = out_edges[v][k++];
        const auto to = static_cast<size_t>(g.edges[static_cast<size_t>(ei)].to);
        if (state[to] == 1) back[static_cast<size_t>(ei)] = true;
        else if (state[to] == 0) {
          state[to] = 1;
          stack.emplace_back(to, 0);
        }
      } else {
        state[v] = 2;
        stack.pop_back();
      }
    }
  }
  return back;
}

// [SECTION] Layers: longest path over forward edges (Kahn order). Returns how many.
int assign_layers(const FlowGraph& g, const std::vector<std::vector<int>>& out_edges, FlowLayout& out) {
  const size_t n = g.nodes.size();
  std::vector<int> indeg(n, 0);
  for (size_t i = 0; i < g.edges.size(); ++i)
    if (!out.back[i] && g.edges[i].to >= 0 && g.edges[i].from >= 0) ++indeg[static_cast<size_t>(g.edges[i].to)];
  std::vector<size_t> queue;
  for (size_t i = 0; i < n; ++i)
    if (indeg[i] == 0) queue.push_back(i);
  for (size_t qi = 0; qi < queue.size(); ++qi) {
    const size_t v = queue[qi];
    for (int ei : out_edges[v]) {
      if (out.back[static_cast<size_t>(ei)]) continue;
      const auto to = static_cast<size_t>(g.edges[static_cast<size_t>(ei)].to);
      out.layer[to] = std::max(out.layer[to], out.layer[v] + 1);
      if (--indeg[to] == 0) queue.push_back(to);
    }
  }
  // A source feeding only later layers (a second supplier joining the chain half-way) sits
  // just before the first card it feeds: its hop then skips no layer and runs behind no card.
  for (size_t v = 0; v < n; ++v) {
    bool source = true;
    int first = -1;
    for (size_t i = 0; i < g.edges.size(); ++i) {
      const auto& e = g.edges[i];
      if (out.back[i] || e.from < 0 || e.to < 0) continue;
      if (e.to == static_cast<int>(v)) source = false;
      if (e.from == static_cast<int>(v)) {
        const int l = out.layer[static_cast<size_t>(e.to)];
        first = first < 0 ? l : std::min(first, l);
      }
    }
    if (source && first > 1) out.layer[v] = first - 1;
  }
  return *std::max_element(out.layer.begin(), out.layer.end()) + 1;
}

// [SECTION] Order within layers: barycentre of neighbours in the previous layer, then the
// next, a few sweeps. Starts from content order, which authors tend to write sensibly.
std::vector<std::vector<size_t>> order_layers(const FlowGraph& g, const FlowLayout& out, int layers) {
  const size_t n = g.nodes.size();
  std::vector<std::vector<size_t>> rows(static_cast<size_t>(layers));
  for (size_t i = 0; i < n; ++i) rows[static_cast<size_t>(out.layer[i])].push_back(i);
  std::vector<float> pos(n, 0);
  auto renumber = [&] {
    for (auto& row : rows)
      for (size_t k = 0; k < row.size(); ++k) pos[row[k]] = static_cast<float>(k);
  };
  renumber();
  for (int sweep = 0; sweep < 4; ++sweep) {
    const bool down = sweep % 2 == 0;
    for (int li = 0; li < layers; ++li) {
      auto& row = rows[static_cast<size_t>(down ? li : layers - 1 - li)];
      std::vector<float> bary(n, -1);
      for (size_t v : row) {
        float sum = 0;
        int cnt = 0;
        for (const auto& e : g.edges) {
          if (e.from < 0 || e.to < 0) continue;
          const auto a = static_cast<size_t>(e.from), b = static_cast<size_t>(e.to);
          const size_t other = a == v ? b : b == v ? a : n;
          if (other == n) continue;
          if ((down && out.layer[other] < out.layer[v]) || (!down && out.layer[other] > out.layer[v])) {
            sum += pos[other];
            ++cnt;
          }
        }
        bary[v] = cnt ? sum / static_cast<float>(cnt) : pos[v];
      }
      std::stable_sort(row.begin(), row.end(), [&](size_t a, size_t b) { return bary[a] < bary[b]; });
      renumber();
    }
  }
  return rows;
}

// Where each layer starts along the flow, and the gap before it.
struct Bands {
  std::vector<float> start, gap_before;
};

// [SECTION] Coordinates: each layer a column (or row) as wide as its widest box; boxes
// stacked with node_gap and centred against the tallest layer.
Bands place_nodes(const FlowGraph& g, const LayoutInput& in, const std::vector<std::vector<size_t>>& rows, FlowLayout& out) {
  const size_t layers = rows.size();
  auto along = [&](size_t i) { return in.vertical ? in.heights[i] : in.widths[i]; };   // in the flow direction
  auto across = [&](size_t i) { return in.vertical ? in.widths[i] : in.heights[i]; };  // across it
  std::vector<float> layer_size(layers, 0), layer_span(layers, 0);
  for (size_t li = 0; li < layers; ++li)
    for (size_t k = 0; k < rows[li].size(); ++k) {
      layer_size[li] = std::max(layer_size[li], along(rows[li][k]));
      layer_span[li] += across(rows[li][k]) + (k ? in.node_gap : 0);
    }
  const float span = *std::max_element(layer_span.begin(), layer_span.end());
  // Gap before each layer: the base gap, or wider where a hop arriving there carries a tag.
  Bands bands{std::vector<float>(layers, 0), std::vector<float>(layers, in.layer_gap)};
  for (size_t e = 0; e < g.edges.size(); ++e) {
    const auto& sizes = in.vertical ? in.label_heights : in.label_widths;
    const float tag = e < sizes.size() ? sizes[e] : 0.0f;
    if (out.back[e] || tag <= 0 || g.edges[e].to < 0) continue;
    auto& gap = bands.gap_before[static_cast<size_t>(out.layer[static_cast<size_t>(g.edges[e].to)])];
    gap = std::max(gap, tag + in.label_margin * 2);
  }
  float offset = 0;
  for (size_t li = 0; li < layers; ++li) {
    if (li > 0) offset += bands.gap_before[li];
    bands.start[li] = offset;
    float c = (span - layer_span[li]) / 2;
    for (size_t v : rows[li]) {
      Box& b = out.nodes[v];
      b.w = in.widths[v];
      b.h = in.heights[v];
      const float a = offset + (layer_size[li] - along(v)) / 2;
      if (in.vertical) b.x = c, b.y = a;
      else b.x = a, b.y = c;
      c += across(v) + in.node_gap;
    }
    offset += layer_size[li];
  }
  out.width = in.vertical ? span : offset;
  out.height = in.vertical ? offset : span;
  return bands;
}

// [SECTION] Curves and tags. A tag sits where its curve crosses the middle of the gap
// before the hop's target layer: the gap was made wide enough for it there.
// Where forward hops leave and enter a card, across the flow: side by side, ordered by where
// the card at the other end sits, so that a fork's hops part at the card and a tag on one of
// them does not sit over the start of the other (a kiosk visitor could not tell which hop a
// price belonged to). A card with one hop in or out keeps it in the middle.
std::vector<float> port_offsets(const FlowGraph& g, const LayoutInput& in, const FlowLayout& out, bool leaving) {
  std::vector<float> off(g.edges.size(), 0);
  auto centre = [&](int n) {
    const Box& b = out.nodes[static_cast<size_t>(n)];
    return in.vertical ? b.x + b.w / 2 : b.y + b.h / 2;
  };
  for (size_t n = 0; n < out.nodes.size(); ++n) {
    std::vector<size_t> hops;
    for (size_t e = 0; e < g.edges.size(); ++e)
      if (g.edges[e].from >= 0 && g.edges[e].to >= 0 && !out.back[e] &&
          static_cast<size_t>(leaving ? g.edges[e].from : g.edges[e].to) == n)
        hops.push_back(e);
    if (hops.size() < 2) continue;
    std::stable_sort(hops.begin(), hops.end(), [&](size_t x, size_t y) {
      return centre(leaving ? g.edges[x].to : g.edges[x].from) < centre(leaving ? g.edges[y].to : g.edges[y].from);
    });
    const Box& b = out.nodes[n];
    const float span = in.vertical ? b.w : b.h;
    const float step = std::min(0.5f * span, 0.8f * span / static_cast<float>(hops.size() - 1));
    for (size_t k = 0; k < hops.size(); ++k)
      off[hops[k]] = (static_cast<float>(k) - static_cast<float>(hops.size() - 1) / 2) * step;
  }
  return off;
}

void route_edges(const FlowGraph& g, const LayoutInput& in, const Bands& bands, FlowLayout& out) {
  const std::vector<float> leave = port_offsets(g, in, out, true), enter = port_offsets(g, in, out, false);
  for (size_t e = 0; e < g.edges.size(); ++e) {
    if (g.edges[e].from < 0 || g.edges[e].to < 0) continue;
    const Box& a = out.nodes[static_cast<size_t>(g.edges[e].from)];
    const Box& b = out.nodes[static_cast<size_t>(g.edges[e].to)];
    const bool back = out.back[e];
    Curve& c = out.curves[e];
    if (in.vertical) {
      c.p[0] = {a.x + a.w / 2 + (back ? 12.0f : leave[e]), back ? a.y : a.y + a.h};
      c.p[3] = {b.x + b.w / 2 + (back ? 12.0f : enter[e]), back ? b.y + b.h : b.y};
    } else {
      c.p[0] = {back ? a.x : a.x + a.w, a.y + a.h / 2 + (back ? 10.0f : leave[e])};
      c.p[3] = {back ? b.x + b.w : b.x, b.y + b.h / 2 + (back ? 10.0f : enter[e])};
    }
    const float k = in.vertical ? (c.p[3].y - c.p[0].y) * 0.5f : (c.p[3].x - c.p[0].x) * 0.5f;
    const float bow = back ? kBackEdgeBow : 0;
    c.p[1] = in.vertical ? Point{c.p[0].x + bow, c.p[0].y + k} : Point{c.p[0].x + k, c.p[0].y + bow};
    c.p[2] = in.vertical ? Point{c.p[3].x + bow, c.p[3].y - k} : Point{c.p[3].x - k, c.p[3].y + bow};

    const float lw = e < in.label_widths.size() ? in.label_widths[e] : 0.0f;
    const float lh = e < in.label_heights.size() ? in.label_heights[e] : 0.0f;
    if (lw <= 0 || lh <= 0) continue;
    float t = 0.5f;
    const auto target = static_cast<size_t>(out.layer[static_cast<size_t>(g.edges[e].to)]);
    if (!back && target > 0) {
      // The flow coordinate grows monotonically along a forward curve: bisect for the gap's middle.
      const float want = bands.start[target] - bands.gap_before[target] / 2;
      float lo = 0, hi = 1;
      for (int i = 0; i < 30; ++i) {
        const float mid = (lo + hi) / 2;
        const Point q = c.at(mid);
        ((in.vertical ? q.y : q.x) < want ? lo : hi) = mid;
      }
      t = (lo + hi) / 2;
    }
    const Point q = c.at(t);
    out.labels[e] = Box{q.x - lw / 2, q.y - lh / 2, lw, lh};
  }
  // A back edge bows out of the straight line: the drawing must hold the bow too.
  for (size_t e = 0; e < g.edges.size(); ++e) {
    if (!out.back[e]) continue;
    for (int k = 0; k <= 20; ++k) {
      const Point q = out.curves[e].at(static_cast<float>(k) / 20);
      out.width = std::max(out.width, q.x + 2);
      out.height = std::max(out.height, q.y + 2);
    }
  }
}

// Tags of hops arriving at the same layer share its gap: where two would touch, slide them
// apart across the flow (a few px off their curves rather than one hiding the other), then
// grow the drawing to hold every tag.
void spread_tags(const FlowGraph& g, const LayoutInput& in, int layers, FlowLayout& out) {
  for (int li = 1; li < layers; ++li) {
    std::vector<size_t> in_gap;
    for (size_t e = 0; e < g.edges.size(); ++e)
      if (out.labels[e].w > 0 && !out.back[e] && g.edges[e].to >= 0 && out.layer[static_cast<size_t>(g.edges[e].to)] == li) in_gap.push_back(e);
    auto lo = [&](size_t e) -> float& { return in.vertical ? out.labels[e].x : out.labels[e].y; };
    auto len = [&](size_t e) { return in.vertical ? out.labels[e].w : out.labels[e].h; };
    std::stable_sort(in_gap.begin(), in_gap.end(), [&](size_t a, size_t b) { return lo(a) + len(a) / 2 < lo(b) + len(b) / 2; });
    // Blocks of touching tags, each placed where its tags want to be on average, merged
    // until none touch: every tag stays as close to its curve as the others allow.
    const float space = in.label_margin / 2;
    struct Block {
      size_t first, count;
      float want_sum, length, start;
    };
    std::vector<Block> blocks;
    for (size_t k = 0; k < in_gap.size(); ++k) {
      const float want = lo(in_gap[k]);
      blocks.push_back({k, 1, want, len(in_gap[k]), want});
      while (blocks.size() > 1) {
        Block& a = blocks[blocks.size() - 2];
        const Block& b = blocks.back();
        if (a.start + a.length + space <= b.start) break;
        // Merged: the tags' wanted starts, less each one's offset inside the block, averaged.
        const float offset_sum_b = b.want_sum - static_cast<float>(b.count) * (a.length + space);
        a.want_sum += offset_sum_b;
        a.count += b.count;
        a.length += space + b.length;
        a.start = std::max(0.0f, a.want_sum / static_cast<float>(a.count));
        blocks.pop_back();
      }
    }
    for (const Block& b : blocks) {
      float at = b.start;
      for (size_t k = b.first; k < b.first + b.count; ++k) {
        lo(in_gap[k]) = at;
        at += len(in_gap[k]) + space;
      }
    }
  }
  for (const Box& b : out.labels) {
    out.width = std::max(out.width, b.x + b.w);
    out.height = std::max(out.height, b.y + b.h);
  }
}

}  // namespace

FlowLayout layout_layered(const FlowGraph& g, const LayoutInput& in) {
  FlowLayout out;
  const size_t n = g.nodes.size();
  out.nodes.resize(n);
  out.layer.assign(n, 0);
  out.back.assign(g.edges.size(), false);
  out.curves.assign(g.edges.size(), Curve{});
  out.labels.assign(g.edges.size(), Box{});
  if (n == 0) return out;
  std::vector<std::vector<int>> out_edges(n);
  for (size_t i = 0; i < g.edges.size(); ++i)
    if (g.edges[i].from >= 0 && g.edges[i].to >= 0) out_edges[static_cast<size_t>(g.edges[i].from)].push_back(static_cast<int>(i));
  out.back = back_edges(g, out_edges);
  const int layers = assign_layers(g, out_edges, out);
  const Bands bands = place_nodes(g, in, order_layers(g, out, layers), out);
  route_edges(g, in, bands, out);
  spread_tags(g, in, layers, out);
  return out;
}

FlowLayout layout_flow(const FlowGraph& g, const LayoutInput& in) {
  if (in.list) return layout_flow_list(g, in);
  FlowLayout plain = layout_layered(g, in);
  for (size_t e = 0; e < g.edges.size(); ++e) {
    const auto& ed = g.edges[e];
    if (ed.from >= 0 && ed.to >= 0 && !plain.back[e] &&
        plain.layer[static_cast<size_t>(ed.to)] - plain.layer[static_cast<size_t>(ed.from)] > 1)
      return layout_with_waypoints(g, in, plain);
  }
  return plain;
}

FlowLayout layout_flow_subset(const FlowGraph& g, const LayoutInput& in, const std::vector<bool>& shown,
                              const std::vector<bool>* kept) {
  FlowGraph sub;
  LayoutInput sin = in;
  std::vector<size_t> original;  // a node of `sub` -> its index in `g`
  sin.widths.clear();
  sin.heights.clear();
  sin.label_widths.clear();
  sin.label_heights.clear();
  std::vector<int> new_index(g.nodes.size(), -1);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (i >= shown.size() || !shown[i]) continue;
    new_index[i] = static_cast<int>(sub.nodes.size());
    original.push_back(i);
    sub.nodes.push_back(g.nodes[i]);
    sin.widths.push_back(i < in.widths.size() ? in.widths[i] : 0.0f);
    sin.heights.push_back(i < in.heights.size() ? in.heights[i] : 0.0f);
  }
  std::vector<size_t> kept_edges;
  for (size_t e = 0; e < g.edges.size(); ++e) {
    const auto& ed = g.edges[e];
    if ((kept && (e >= kept->size() || !(*kept)[e])) || ed.from < 0 || ed.to < 0 ||
        new_index[static_cast<size_t>(ed.from)] < 0 || new_index[static_cast<size_t>(ed.to)] < 0)
      continue;
    FlowEdge copy;  // only the ends matter to the layout
    copy.from = new_index[static_cast<size_t>(ed.from)];
    copy.to = new_index[static_cast<size_t>(ed.to)];
    sub.edges.push_back(std::move(copy));
    sin.label_widths.push_back(e < in.label_widths.size() ? in.label_widths[e] : 0.0f);
    sin.label_heights.push_back(e < in.label_heights.size() ? in.label_heights[e] : 0.0f);
    kept_edges.push_back(e);
  }
  if (in.height_at) sin.height_at = [&](size_t k, float w) { return in.height_at(original[k], w); };
  FlowLayout out;
  out.nodes.assign(g.nodes.size(), Box{});
  out.layer.assign(g.nodes.size(), -1);
  out.back.assign(g.edges.size(), false);
  out.curves.assign(g.edges.size(), Curve{});
  out.labels.assign(g.edges.size(), Box{});
  if (sub.nodes.empty()) return out;
  const FlowLayout part = layout_flow(sub, sin);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (new_index[i] < 0) continue;
    out.nodes[i] = part.nodes[static_cast<size_t>(new_index[i])];
    out.layer[i] = part.layer[static_cast<size_t>(new_index[i])];
  }
  for (size_t k = 0; k < kept_edges.size(); ++k) {
    out.back[kept_edges[k]] = part.back[k];
    out.curves[kept_edges[k]] = part.curves[k];
    out.labels[kept_edges[k]] = part.labels[k];
  }
  out.width = part.width;
  out.height = part.height;
  return out;
}

}  // namespace dt
