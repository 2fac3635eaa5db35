// Flow diagrams in core: layout geometry for every graph in content at phone, desktop and
// kiosk sizes; cut-the-chain reachability; story order.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/content/loader.h"
#include "core/flow/chain.h"
#include "core/flow/layout.h"
#include "test_util.h"

namespace {

const dt::Content& content() { return dt::test::shipped_content(); }

std::vector<std::pair<std::string, const dt::FlowGraph*>> graphs() {
  std::vector<std::pair<std::string, const dt::FlowGraph*>> out{{"overview", &content().overview.flow}};
  for (const auto& c : content().cases) out.emplace_back(c.id, &c.flow);
  return out;
}

// A small graph written inline: a -> b -> c, a -> d, plus a swap c -> b.
dt::FlowGraph tiny() {
  dt::FlowGraph g;
  const dt::Role roles[] = {dt::Role::Person, dt::Role::Middleman, dt::Role::Buyer, dt::Role::Buyer};
  for (int i = 0; i < 4; ++i) g.nodes.push_back({std::string(1, static_cast<char>('a' + i)), roles[i], "", {}});
  auto edge = [&](const char* id, int f, int t) {
    dt::FlowEdge e;
    e.id = id;
    e.from = f;
    e.to = t;
    g.edges.push_back(e);
  };
  edge("ab", 0, 1);
  edge("bc", 1, 2);
  edge("ad", 0, 3);
  edge("cb", 2, 1);
  return g;
}

}  // namespace

TEST_CASE("no two nodes of any content graph overlap, at phone, desktop and kiosk sizes, either way") {
  for (const auto& entry : graphs()) {
    const std::string& id = entry.first;
    const dt::FlowGraph* g = entry.second;
    for (bool vertical : {true, false})
      for (float w : {132.0f, 168.0f, 200.0f}) {  // node widths the UI uses at 360, 1280, 1920
        dt::LayoutInput in;
        in.vertical = vertical;
        in.widths.assign(g->nodes.size(), w);
        in.heights.assign(g->nodes.size(), 0);
        for (size_t i = 0; i < g->nodes.size(); ++i) in.heights[i] = 56 + 20.0f * static_cast<float>(i % 3);
        const auto l = dt::layout_flow(*g, in);
        INFO(id << (vertical ? " vertical " : " horizontal ") << w);
        for (size_t a = 0; a < l.nodes.size(); ++a) {
          CHECK(l.nodes[a].x >= 0);
          CHECK(l.nodes[a].y >= 0);
          CHECK(l.nodes[a].x + l.nodes[a].w <= l.width + 0.01f);
          CHECK(l.nodes[a].y + l.nodes[a].h <= l.height + 0.01f);
          for (size_t b = 0; b < a; ++b) CHECK_FALSE(l.nodes[a].overlaps(l.nodes[b], in.node_gap - 0.5f));
        }
        // Every curve, back edges' bows included, stays inside the drawing (it is clipped there).
        for (const auto& c : l.curves)
          for (int k = 0; k <= 20; ++k) {
            const dt::Point q = c.at(static_cast<float>(k) / 20);
            CHECK(q.x >= -0.01f);
            CHECK(q.y >= -0.01f);
            CHECK(q.x <= l.width + 0.01f);
            CHECK(q.y <= l.height + 0.01f);
          }
      }
  }
}

TEST_CASE("price tags never cover a card or each other, and sit on their hop, in every graph either way") {
  for (const auto& entry : graphs()) {
    const std::string& id = entry.first;
    const dt::FlowGraph* g = entry.second;
    for (bool vertical : {true, false})
      for (bool english : {true, false}) {
        dt::LayoutInput in;
        in.vertical = vertical;
        in.widths.assign(g->nodes.size(), 150);
        in.heights.assign(g->nodes.size(), 64);
        int tags = 0;
        for (const auto& e : g->edges) {
          // A stand-in for the UI's measure: about 7 px per character, wrapped at 150 px.
          const std::string& t = english ? e.price.en : e.price.zh;
          const float one_line = 7.0f * static_cast<float>(t.size()) / (english ? 1.0f : 2.0f);
          in.label_widths.push_back(t.empty() ? 0 : std::min(150.0f, one_line + 16));
          in.label_heights.push_back(t.empty() ? 0 : (one_line > 134 ? 40.0f : 24.0f));
          tags += t.empty() ? 0 : 1;
        }
        const auto l = dt::layout_flow(*g, in);
        const std::string where = id + (vertical ? " vertical" : " horizontal") + (english ? " en" : " zh");
        INFO(where);
        int placed = 0;
        for (size_t e = 0; e < l.labels.size(); ++e) {
          const dt::Box& b = l.labels[e];
          if (b.w <= 0) continue;
          ++placed;
          CHECK(b.x >= 0);
          CHECK(b.y >= 0);
          CHECK(b.x + b.w <= l.width + 0.01f);
          CHECK(b.y + b.h <= l.height + 0.01f);
          for (const auto& n : l.nodes) CHECK_FALSE(b.overlaps(n));
          for (size_t o = 0; o < e; ++o)
            if (l.labels[o].w > 0) CHECK_FALSE(b.overlaps(l.labels[o]));
          // On (or, when slid apart from a neighbour, beside) its own curve.
          float nearest = 1e9f;
          for (int k = 0; k <= 100; ++k) {
            const dt::Point q = l.curves[e].at(static_cast<float>(k) / 100);
            const float dx = std::max({b.x - q.x, 0.0f, q.x - (b.x + b.w)});
            const float dy = std::max({b.y - q.y, 0.0f, q.y - (b.y + b.h)});
            nearest = std::min(nearest, dx + dy);
          }
          CHECK(nearest < 48);
        }
        CHECK(placed == tags);
      }
  }
}

TEST_CASE("a fork's hops leave their card apart, and no untagged hop runs under a tag, in every case and chain") {
  // Visitor walks, kiosk attract: the hop to 诈骗团伙 ran under the tag of the other hop from
  // 中间商, so no one could tell which hop the price belonged to. The attract loop and a case
  // page show a case or one leak point's chain; the whole overview (a desktop's wide view)
  // is not held to this.
  const auto all = dt::test::shown_diagrams(false);
  for (const auto& d : all)
    for (bool vertical : {true, false}) {
      const dt::FlowGraph& g = *d.graph;
      dt::LayoutInput in;
      in.vertical = vertical;
      in.widths.assign(g.nodes.size(), 150);
      in.heights.assign(g.nodes.size(), 64);
      for (const auto& e : g.edges) {
        in.label_widths.push_back(e.price.zh.empty() ? 0 : 130.0f);
        in.label_heights.push_back(e.price.zh.empty() ? 0 : 40.0f);
      }
      const auto l = d.shown.empty() ? dt::layout_flow(g, in) : dt::layout_flow_subset(g, in, d.shown, &d.kept);
      const std::string where = d.name + (vertical ? " vertical" : " horizontal");
      INFO(where);
      auto on = [&](size_t e) { return d.kept.empty() || d.kept[e]; };
      for (size_t a = 0; a < g.edges.size(); ++a)
        for (size_t b = 0; b < g.edges.size(); ++b) {
          if (a == b || !on(a) || !on(b) || l.back[a] || l.back[b]) continue;
          if (g.edges[a].from == g.edges[b].from) {
            const dt::Point p = l.curves[a].at(0), q = l.curves[b].at(0);
            CHECK((p.x != q.x || p.y != q.y));
          }
          const dt::Box& tag = l.labels[a];
          // Two tagged hops into one gap sit side by side, each on its own hop (the test
          // above), and may cross near each other's tag; an untagged hop is never hidden.
          if (tag.w <= 0 || l.labels[b].w > 0) continue;
          int under = 0;
          for (int k = 0; k <= 100; ++k) {
            const dt::Point q = l.curves[b].at(static_cast<float>(k) / 100);
            under += q.x > tag.x && q.x < tag.x + tag.w && q.y > tag.y && q.y < tag.y + tag.h ? 1 : 0;
          }
          CHECK_MESSAGE(under == 0, g.edges[b].id << " runs under the tag of " << g.edges[a].id);
        }
    }
}

TEST_CASE("data flows one way: people first, every forward hop goes to a later layer") {
  for (const auto& entry : graphs()) {
    const std::string& id = entry.first;
    const dt::FlowGraph* g = entry.second;
    dt::LayoutInput in;
    in.widths.assign(g->nodes.size(), 160);
    in.heights.assign(g->nodes.size(), 64);
    const auto l = dt::layout_flow(*g, in);
    INFO(id);
    for (size_t i = 0; i < g->nodes.size(); ++i)
      if (g->nodes[i].role == dt::Role::Person) CHECK(l.layer[i] == 0);
    for (size_t e = 0; e < g->edges.size(); ++e)
      if (!l.back[e]) CHECK(l.layer[static_cast<size_t>(g->edges[e].to)] > l.layer[static_cast<size_t>(g->edges[e].from)]);
  }
}

TEST_CASE("a swap between two nodes is drawn as a back edge, not a layering loop") {
  const auto g = tiny();
  dt::LayoutInput in;
  in.widths.assign(4, 100);
  in.heights.assign(4, 50);
  const auto l = dt::layout_flow(g, in);
  CHECK(l.back == std::vector<bool>{false, false, false, true});
  CHECK(l.layer == std::vector<int>{0, 1, 2, 1});
  in.vertical = true;
  const auto v = dt::layout_flow(g, in);
  CHECK(v.nodes[2].y > v.nodes[1].y);  // top to bottom
  CHECK(v.height > v.width);
}

TEST_CASE("cutting hops stops the data where they are cut") {
  const auto g = tiny();
  auto r = dt::reach_from_people(g, {false, false, false, false});
  CHECK(r.buyers == 2);
  CHECK(r.buyers_reached == 2);
  r = dt::reach_from_people(g, {true, false, false, false});  // a -> b cut
  CHECK(r.buyers_reached == 1);
  CHECK_FALSE(r.node_reached[1]);
  CHECK_FALSE(r.node_reached[2]);
  r = dt::reach_from_people(g, {true, false, true, false});
  CHECK(r.buyers_reached == 0);
}

TEST_CASE("in the Qingdao case, setting up your own phone cuts every buyer off") {
  const auto& c = content();
  const auto blocked = dt::blocked_edges(c, "qingdao-phone-shops", {"set-up-phone-yourself"});
  const auto* g = c.find_graph("qingdao-phone-shops");
  REQUIRE(g);
  CHECK(blocked[static_cast<size_t>(g->find_edge("counter"))]);
  const auto r = dt::reach_from_people(*g, blocked);
  CHECK(r.buyers == 3);
  CHECK(r.buyers_reached == 0);
  // A reminder for another case's graph blocks nothing here.
  const auto none = dt::blocked_edges(c, "qingdao-phone-shops", {"different-passwords"});
  CHECK(std::none_of(none.begin(), none.end(), [](bool b) { return b; }));
}

TEST_CASE("the overview's reminders each cut something, and together cut more") {
  const auto& c = content();
  const auto rems = dt::reminders_for_graph(c, "overview");
  REQUIRE(rems.size() >= 8);
  std::vector<std::string> all;
  for (const auto* r : rems) {
    const auto b = dt::blocked_edges(c, "overview", {r->id});
    CHECK_MESSAGE(std::any_of(b.begin(), b.end(), [](bool x) { return x; }), r->id);
    all.push_back(r->id);
  }
  const auto& g = c.overview.flow;
  const auto open = dt::reach_from_people(g, {});
  const auto cut = dt::reach_from_people(g, dt::blocked_edges(c, "overview", all));
  CHECK(open.buyers_reached == open.buyers);
  CHECK(cut.buyers_reached < open.buyers_reached);
}

TEST_CASE("the story walks hops in the order data travels, each once") {
  const auto g = tiny();
  CHECK(dt::story_order(g) == std::vector<int>{0, 2, 1, 3});
  for (const auto& entry : graphs()) {
    const std::string& id = entry.first;
    const dt::FlowGraph* gr = entry.second;
    auto order = dt::story_order(*gr);
    INFO(id);
    CHECK(order.size() == gr->edges.size());
    std::sort(order.begin(), order.end());
    CHECK(std::adjacent_find(order.begin(), order.end()) == order.end());
    CHECK(gr->nodes[static_cast<size_t>(gr->edges[static_cast<size_t>(dt::story_order(*gr)[0])].from)].role == dt::Role::Person);
  }
}

TEST_CASE("selecting a node shows the hops through it, upstream and down") {
  const auto g = tiny();
  CHECK(dt::edges_through(g, 3) == std::vector<bool>{false, false, true, false});  // a -> d only
  CHECK(dt::edges_through(g, 1) == std::vector<bool>{true, true, false, true});
  CHECK(dt::edges_through(g, 99) == std::vector<bool>{false, false, false, false});
  // In the overview, the phone-shop counter's chain runs through the insiders and the
  // middlemen to where police say such data goes; other leak points' first hops are not
  // part of it, nor the buyers the middlemen of other cases sold to.
  const auto& ov = content().overview.flow;
  const auto through = dt::edges_through(ov, ov.find_node("counter"));
  auto on = [&](const char* id) { return bool(through[static_cast<size_t>(ov.find_edge(id))]); };
  CHECK(on("counter"));
  CHECK(on("counter-staff"));
  CHECK(on("insider-sell"));
  CHECK(on("to-fraud-general"));
  CHECK_FALSE(on("ship"));
  CHECK_FALSE(on("to-fraud"));       // the Guangzhou broker's buyers
  CHECK_FALSE(on("children"));       // the Xuzhou case
  CHECK_FALSE(on("to-education"));
  CHECK_FALSE(on("insider-post"));   // the courier insiders
  // A hacked database's data is known to reach the channels and their buyers.
  const auto hacked = dt::edges_through(ov, ov.find_node("hackers"));
  CHECK(hacked[static_cast<size_t>(ov.find_edge("to-securities"))]);
  CHECK_FALSE(hacked[static_cast<size_t>(ov.find_edge("to-education"))]);
}

TEST_CASE("where your data could leak: the overview hops the visitor's findings point at") {
  const auto& c = content();
  auto rule = [&](const char* id) {
    for (const auto& r : c.rules)
      if (r.id == id) return &r;
    return static_cast<const dt::Rule*>(nullptr);
  };
  const auto shop = dt::leak_hops(c, {rule("shop-counter")});
  CHECK(std::find(shop.begin(), shop.end(), "counter") != shop.end());
  CHECK(std::find(shop.begin(), shop.end(), "ship") == shop.end());
  const auto both = dt::leak_hops(c, {rule("shop-counter"), rule("old-phones"), rule("shop-counter")});
  CHECK(std::find(both.begin(), both.end(), "old-phone") != both.end());
  CHECK(std::count(both.begin(), both.end(), std::string("counter")) == 1);  // each hop once
  CHECK(dt::leak_hops(c, {rule("well-guarded")}).empty());                    // praise names no leak
  for (const auto& e : both) CHECK(c.overview.flow.find_edge(e) >= 0);
}

TEST_CASE("the overview laid out for one leak point holds only its chains, compactly") {
  const dt::FlowGraph& g = content().overview.flow;
  dt::LayoutInput in;
  in.widths.assign(g.nodes.size(), 160);
  in.heights.assign(g.nodes.size(), 64);
  const auto full = dt::layout_flow(g, in);
  for (size_t leak = 0; leak < g.nodes.size(); ++leak) {
    if (g.nodes[leak].role != dt::Role::LeakPoint) continue;
    INFO(g.nodes[leak].id);
    const auto through = dt::edges_through(g, static_cast<int>(leak));
    std::vector<bool> shown(g.nodes.size(), false);
    shown[leak] = true;
    for (size_t e = 0; e < g.edges.size(); ++e)
      if (through[e]) shown[static_cast<size_t>(g.edges[e].from)] = shown[static_cast<size_t>(g.edges[e].to)] = true;
    const auto part = dt::layout_flow_subset(g, in, shown);
    REQUIRE(part.nodes.size() == g.nodes.size());
    CHECK(part.height < full.height);  // the other leak points are gone from its column
    for (size_t a = 0; a < g.nodes.size(); ++a) {
      CHECK((part.nodes[a].w > 0) == shown[a]);
      for (size_t b = 0; b < a; ++b)
        if (shown[a] && shown[b]) CHECK_FALSE(part.nodes[a].overlaps(part.nodes[b]));
    }
  }
}
