// The list layout (one card under the other, for narrow screens at large text) and the
// tangle measure, for every graph in the content and every leak point's chain.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/flow/chain.h"
#include "core/flow/layout.h"
#include "core/flow/scene.h"
#include "core/flow/tangle.h"
#include "test_util.h"

namespace {

const dt::Content& content() { return dt::test::shipped_content(); }

using Named = dt::test::ShownDiagram;
std::vector<Named> diagrams() { return dt::test::shown_diagrams(true); }

dt::FlowLayout lay_out(const Named& d, dt::LayoutInput in) {
  const size_t n = d.graph->nodes.size();
  in.widths.assign(n, 136);
  in.heights.assign(n, 70);
  in.label_widths.assign(d.graph->edges.size(), 0);
  in.label_heights.assign(d.graph->edges.size(), 0);
  for (size_t e = 0; e < d.graph->edges.size(); ++e)
    if (!d.graph->edges[e].price.zh.empty()) in.label_widths[e] = 120, in.label_heights[e] = 40;
  return d.shown.empty() ? dt::layout_flow(*d.graph, in) : dt::layout_flow_subset(*d.graph, in, d.shown, &d.kept);
}

bool placed(const dt::Box& b) { return b.w > 0; }

}  // namespace

TEST_CASE("the list layout keeps every card and tag inside its width, apart, and every hop left of the cards") {
  for (const auto& d : diagrams())
    for (float width : {140.0f, 179.0f, 358.0f, 520.0f}) {
      INFO(d.name << " at " << width);
      dt::LayoutInput in;
      in.list = true;
      in.list_width = width;
      in.layer_gap = 40;
      // Cards grow taller as they get narrower, as wrapped labels do.
      in.height_at = [](size_t, float w) { return 40 + 4000 / w; };
      const dt::FlowLayout l = lay_out(d, in);
      const auto& g = *d.graph;
      float gutter = width;
      for (size_t i = 0; i < g.nodes.size(); ++i) {
        if (!placed(l.nodes[i])) continue;
        const dt::Box& b = l.nodes[i];
        CHECK(b.x >= 0);
        CHECK(b.x + b.w <= width + 0.01f);
        CHECK(b.h == doctest::Approx(40 + 4000 / b.w));
        gutter = std::min(gutter, b.x);
        for (size_t j = 0; j < i; ++j)
          if (placed(l.nodes[j])) CHECK_FALSE(b.overlaps(l.nodes[j]));
      }
      CHECK(width - gutter >= width * 0.69f);  // the lanes never take more than about a third
      for (size_t e = 0; e < g.edges.size(); ++e) {
        if ((!d.kept.empty() && !d.kept[e]) || !placed(l.nodes[static_cast<size_t>(g.edges[e].from)]) ||
            !placed(l.nodes[static_cast<size_t>(g.edges[e].to)]))
          continue;
        const dt::Curve& c = l.curves[e];
        const dt::Box& to = l.nodes[static_cast<size_t>(g.edges[e].to)];
        // The hop ends on the card it enters, and runs in the gap or the lanes, never over a card.
        const dt::Point end = c.at(1);
        CHECK(end.x >= to.x - 0.01f);
        CHECK(end.x <= to.x + to.w + 0.01f);
        CHECK(end.y >= to.y - 0.01f);
        CHECK(end.y <= to.y + to.h + 0.01f);
        if (c.elbow) {
          CHECK(c.p[1].x < gutter);
          // Its arrowhead points into the card it enters (visitor walks: one pointed up into
          // the empty lane), and a dash turns its corners.
          CHECK(c.tangent(1).x > 0);
          CHECK(c.tangent(1).y == doctest::Approx(0));
          CHECK(c.corner(1) > 0);
          CHECK(c.corner(1) < c.corner(2));
          CHECK(c.corner(2) < 1);
        }
        const dt::Box& tag = l.labels[e];
        if (tag.w <= 0) continue;
        CHECK(tag.x >= 0);
        CHECK(tag.x + tag.w <= width + 0.01f);
        for (size_t i = 0; i < g.nodes.size(); ++i)
          if (placed(l.nodes[i])) CHECK_FALSE(tag.overlaps(l.nodes[i]));
        for (size_t f = 0; f < e; ++f)
          if (l.labels[f].w > 0) CHECK_FALSE(tag.overlaps(l.labels[f]));
      }
      const dt::Tangle t = dt::measure_tangle(g, l, d.kept.empty() ? nullptr : &d.kept);
      CHECK(t.through_cards == 0);
    }
}

TEST_CASE("the list reads down a chain: where the data starts comes first, and a plain chain is straight arrows") {
  const dt::FlowGraph* chain = nullptr;
  for (const auto& c : content().cases)
    if (c.id == "coupon-cashout") chain = &c.flow;
  REQUIRE(chain);
  dt::LayoutInput in;
  in.list = true;
  in.list_width = 300;
  in.heights.assign(chain->nodes.size(), 60);
  const dt::FlowLayout l = dt::layout_flow(*chain, in);
  for (size_t e = 0; e < chain->edges.size(); ++e) CHECK_FALSE(l.curves[e].elbow);
  for (const auto& d : diagrams()) {
    INFO(d.name);
    const dt::FlowLayout ll = lay_out(d, in);
    float top = 1e9f;
    int first = -1;
    for (size_t i = 0; i < d.graph->nodes.size(); ++i)
      if (placed(ll.nodes[i]) && ll.nodes[i].y < top) top = ll.nodes[i].y, first = static_cast<int>(i);
    REQUIRE(first >= 0);
    CHECK(d.graph->nodes[static_cast<size_t>(first)].role == dt::Role::Person);
  }
}

// The numbers the README reports (run with -s to see them): what a diagram opens on is untangled.
TEST_CASE("tangle: every case and every leak point's chain crosses nothing and runs behind no card") {
  for (const auto& d : diagrams()) {
    for (bool vertical : {false, true}) {
      dt::LayoutInput in;
      in.vertical = vertical;
      const dt::FlowLayout l = lay_out(d, in);
      const dt::Tangle t = dt::measure_tangle(*d.graph, l, d.kept.empty() ? nullptr : &d.kept);
      const std::string what = d.name + (vertical ? " down" : " across");
      MESSAGE(what << ": crossings " << t.crossings << ", behind cards " << t.through_cards);
      INFO(what);
      if (d.name == "overview") {
        // The whole trade, which the visitor asks for: was 2 crossings and 3 hops behind
        // cards before long hops got waypoints.
        CHECK(t.crossings + t.through_cards <= 4);
        CHECK(t.through_cards <= 1);
      } else {
        CHECK(t.crossings == 0);  // every case and every leak point's chain
        CHECK(t.through_cards == 0);
      }
    }
  }
}

TEST_CASE("the tangle measure sees a crossing and a hop behind a card") {
  dt::FlowGraph g;
  for (int i = 0; i < 5; ++i) g.nodes.push_back({std::string(1, static_cast<char>('a' + i)), dt::Role::Middleman, "", {}});
  auto edge = [&](int f, int t) {
    dt::FlowEdge e;
    e.from = f;
    e.to = t;
    g.edges.push_back(e);
  };
  edge(0, 1);  // a -> b, left to right across the top
  edge(2, 3);  // c -> d, from top middle to bottom middle: crosses a -> b
  edge(0, 4);  // a -> e, under a -> b and behind b: crosses c -> d too
  dt::FlowLayout l;
  l.nodes = {{0, 40, 10, 10}, {100, 40, 10, 10}, {50, 0, 10, 10}, {50, 90, 10, 10}, {200, 45, 10, 10}};
  l.curves.resize(3);
  auto straight = [](dt::Point a, dt::Point b) {
    dt::Curve c;
    c.p[0] = a, c.p[1] = a, c.p[2] = b, c.p[3] = b;
    return c;
  };
  l.curves[0] = straight({10, 45}, {100, 45});
  l.curves[1] = straight({55, 10}, {55, 90});
  l.curves[2] = straight({10, 46}, {200, 46});
  const dt::Tangle t = dt::measure_tangle(g, l);
  CHECK(t.crossings == 2);
  CHECK(t.through_cards == 1);
  const std::vector<bool> only_first{true, true, false};
  CHECK(dt::measure_tangle(g, l, &only_first).crossings == 1);
}
