#include "core/flow/tangle.h"

#include <vector>

namespace dt {

namespace {

constexpr int kSamples = 24;  // straight pieces per curve: finer than any crossing we care about

bool placed(const Box& b) { return b.w > 0 && b.h > 0; }

float cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool segments_cross(Point a, Point b, Point c, Point d) {
  const float d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

}  // namespace

Tangle measure_tangle(const FlowGraph& g, const FlowLayout& l, const std::vector<bool>* kept) {
  Tangle t;
  std::vector<size_t> hops;
  std::vector<std::vector<Point>> line;
  for (size_t e = 0; e < g.edges.size() && e < l.curves.size(); ++e) {
    const auto& ed = g.edges[e];
    if ((kept && (e >= kept->size() || !(*kept)[e])) || ed.from < 0 || ed.to < 0 || !placed(l.nodes[static_cast<size_t>(ed.from)]) || !placed(l.nodes[static_cast<size_t>(ed.to)]))
      continue;
    hops.push_back(e);
    std::vector<Point> pts;
    for (int k = 0; k <= kSamples; ++k) pts.push_back(l.curves[e].at(static_cast<float>(k) / kSamples));
    line.push_back(std::move(pts));
  }
  for (size_t i = 0; i < hops.size(); ++i) {
    const auto& a = g.edges[hops[i]];
    for (size_t j = 0; j < i; ++j) {
      const auto& b = g.edges[hops[j]];
      if (a.from == b.from || a.from == b.to || a.to == b.from || a.to == b.to) continue;  // meet at a card
      bool crosses = false;
      for (int p = 0; p < kSamples && !crosses; ++p)
        for (int q = 0; q < kSamples && !crosses; ++q)
          crosses = segments_cross(line[i][static_cast<size_t>(p)], line[i][static_cast<size_t>(p + 1)],
                                   line[j][static_cast<size_t>(q)], line[j][static_cast<size_t>(q + 1)]);
      t.crossings += crosses;
    }
    // Behind a card: a sample well inside a card that is not one of the hop's ends.
    for (size_t n = 0; n < g.nodes.size() && n < l.nodes.size(); ++n) {
      const Box& b = l.nodes[n];
      if (!placed(b) || static_cast<int>(n) == a.from || static_cast<int>(n) == a.to) continue;
      const Box inner{b.x + 2, b.y + 2, b.w - 4, b.h - 4};
      for (const Point& p : line[i])
        if (p.x > inner.x && p.x < inner.x + inner.w && p.y > inner.y && p.y < inner.y + inner.h) {
          ++t.through_cards;
          break;
        }
    }
  }
  return t;
}

}  // namespace dt
