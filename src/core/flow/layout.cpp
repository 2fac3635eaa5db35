#include "core/flow/layout.h"

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

}  // namespace

FlowLayout layout_flow(const FlowGraph& g, const LayoutInput& in) {
  FlowLayout out;
  const size_t n = g.nodes.size();
  out.nodes.resize(n);
  out.layer.assign(n, 0);
  if (n == 0) return out;
  std::vector<std::vector<int>> out_edges(n);
  for (size_t i = 0; i < g.edges.size(); ++i)
    if (g.edges[i].from >= 0 && g.edges[i].to >= 0) out_edges[static_cast<size_t>(g.edges[i].from)].push_back(static_cast<int>(i));
  out.back = back_edges(g, out_edges);

  // [SECTION] Layers: longest path over forward edges (Kahn order).
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
  const int layers = *std::max_element(out.layer.begin(), out.layer.end()) + 1;

  // [SECTION] Order within layers: barycentre of neighbours in the previous layer, then the
  // next, a few sweeps. Starts from content order, which authors tend to write sensibly.
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

  // [SECTION] Coordinates: each layer a column (or row) as wide as its widest box; boxes
  // stacked with node_gap and centred against the tallest layer.
  auto along = [&](size_t i) { return in.vertical ? in.heights[i] : in.widths[i]; };   // in the flow direction
  auto across = [&](size_t i) { return in.vertical ? in.widths[i] : in.heights[i]; };  // across it
  std::vector<float> layer_size(static_cast<size_t>(layers), 0), layer_span(static_cast<size_t>(layers), 0);
  for (int li = 0; li < layers; ++li) {
    const auto& row = rows[static_cast<size_t>(li)];
    for (size_t k = 0; k < row.size(); ++k) {
      layer_size[static_cast<size_t>(li)] = std::max(layer_size[static_cast<size_t>(li)], along(row[k]));
      layer_span[static_cast<size_t>(li)] += across(row[k]) + (k ? in.node_gap : 0);
    }
  }
  const float span = *std::max_element(layer_span.begin(), layer_span.end());
  float offset = 0;
  for (int li = 0; li < layers; ++li) {
    const auto& row = rows[static_cast<size_t>(li)];
    float c = (span - layer_span[static_cast<size_t>(li)]) / 2;
    for (size_t v : row) {
      Box& b = out.nodes[v];
      b.w = in.widths[v];
      b.h = in.heights[v];
      const float a = offset + (layer_size[static_cast<size_t>(li)] - along(v)) / 2;
      if (in.vertical) b.x = c, b.y = a;
      else b.x = a, b.y = c;
      c += across(v) + in.node_gap;
    }
    offset += layer_size[static_cast<size_t>(li)] + (li + 1 < layers ? in.layer_gap : 0);
  }
  out.width = in.vertical ? span : offset;
  out.height = in.vertical ? offset : span;
  return out;
}

}  // namespace dt
