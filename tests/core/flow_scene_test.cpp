// The diagram's scene, derived in core before anything is drawn: what is on screen with the
// overview's filter, the story's hop and clock, the cuts and what they take away, the
// selected card's chain and the quiz's marks. The screen only draws this, so these are the
// behaviours a visitor sees.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/content/loader.h"
#include "core/flow/chain.h"
#include "core/flow/scene.h"
#include "test_util.h"

namespace {

const dt::Content& content() { return dt::test::shipped_content(); }

int first_leak_point(const dt::FlowGraph& g) {
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].role == dt::Role::LeakPoint) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("a case's scene: every hop and card on screen, the story at its hop, nothing faded") {
  const auto& cs = content().cases.front();
  dt::FlowView view;
  view.step = 1000;  // out of range: brought back to the last hop
  const auto s = dt::derive_flow_scene(content(), cs.flow, cs.id, view);
  CHECK(s.order == dt::story_order(cs.flow));
  CHECK(view.step == static_cast<int>(s.order.size()) - 1);
  CHECK(s.current == s.order.back());
  CHECK(std::all_of(s.kept.begin(), s.kept.end(), [](bool b) { return b; }));
  CHECK(std::all_of(s.shown.begin(), s.shown.end(), [](bool b) { return b; }));
  CHECK(s.hop_strong(static_cast<size_t>(s.current)));
  for (size_t e = 0; e < cs.flow.edges.size(); ++e) {
    CHECK(!s.blocked[e]);
    if (static_cast<int>(e) != s.current) CHECK(s.hop_alpha(e) == doctest::Approx(0.45f));
    CHECK(s.tag_alpha(e) == 1.0f);
  }
  for (size_t n = 0; n < cs.flow.nodes.size(); ++n) CHECK(s.card_alpha(n) >= 0.8f);
  view.filter = 0;  // a filter is the overview's alone
  dt::derive_flow_scene(content(), cs.flow, cs.id, view);
  CHECK(view.filter == -1);
}

TEST_CASE("the overview filtered to one leak point shows only its chains, and the story starts on them") {
  const auto& g = content().overview.flow;
  const int leak = first_leak_point(g);
  REQUIRE(leak >= 0);
  dt::FlowView view;
  view.step = 5;
  view.selected = 3;
  view.zoom = 2;
  dt::filter_by_leak_point(view, leak);
  // A chip chooses the chain; it opens no card's details, and the chain opens fitted.
  CHECK(view.selected == -1);
  CHECK(view.zoom == 1);
  CHECK(view.step == 0);
  const auto s = dt::derive_flow_scene(content(), g, "overview", view);
  const auto through = dt::edges_through(g, leak);
  CHECK(s.kept == through);
  REQUIRE(!s.order.empty());
  for (int e : s.order) CHECK(through[static_cast<size_t>(e)]);
  CHECK(through[static_cast<size_t>(s.current)]);
  CHECK(s.shown[static_cast<size_t>(leak)]);
  CHECK(std::count(s.shown.begin(), s.shown.end(), true) < static_cast<long>(g.nodes.size()));
  CHECK(s.filtered);
  CHECK_FALSE(s.focus);
  dt::filter_by_leak_point(view, -1);
  const auto all = dt::derive_flow_scene(content(), g, "overview", view);
  CHECK(std::all_of(all.kept.begin(), all.kept.end(), [](bool b) { return b; }));
  CHECK(!all.focus);
}

TEST_CASE("a switched-on reminder cuts its hops: fewer buyers reached, the cards it cuts off fade") {
  const auto& g = content().overview.flow;
  dt::FlowView view;
  const auto before = dt::derive_flow_scene(content(), g, "overview", view);
  for (const auto* r : dt::reminders_for_graph(content(), "overview")) view.toggle_cut(r->id);
  const auto after = dt::derive_flow_scene(content(), g, "overview", view);
  CHECK(after.reach.buyers_reached < before.reach.buyers_reached);
  bool any_cut = false, any_faded = false;
  for (size_t e = 0; e < g.edges.size(); ++e)
    if (after.blocked[e]) {
      any_cut = true;
      CHECK(!after.hop_flows(e));
      CHECK(after.tag_alpha(e) < 1.0f);
    }
  for (size_t n = 0; n < g.nodes.size(); ++n)
    if (after.cut_off[n]) {
      any_faded = true;
      if (!after.card_on_hop(n)) CHECK(after.card_alpha(n) < 0.5f);
    }
  CHECK(any_cut);
  CHECK(any_faded);
}

TEST_CASE("the quiz's marks stand out; a selected card brings its own chain forward") {
  const auto& g = content().overview.flow;
  dt::FlowView view;
  view.highlight = {g.edges[0].id};
  view.selected = g.edges[0].to;
  const auto s = dt::derive_flow_scene(content(), g, "overview", view);
  CHECK(s.marked[0]);
  CHECK(s.hop_strong(0));
  CHECK(s.hop_alpha(0) == 1.0f);
  const auto through = dt::edges_through(g, view.selected);
  for (size_t e = 0; e < g.edges.size(); ++e)
    if (!through[e] && !s.hop_strong(e)) CHECK(s.hop_alpha(e) < 0.2f);
  view.selected = 10000;  // a card that is not there: nothing selected
  dt::derive_flow_scene(content(), g, "overview", view);
  CHECK(view.selected == -1);
}

TEST_CASE("the story: steps stay in range, a hop can be opened directly, playing moves on every four seconds and wraps") {
  const auto& cs = content().cases.front();
  dt::FlowView view;
  auto s = dt::derive_flow_scene(content(), cs.flow, cs.id, view);
  CHECK(!dt::story_step(view, s, -1));  // nothing before the first hop
  REQUIRE(dt::story_step(view, s, +1));
  CHECK(view.step == 1);
  CHECK(dt::story_jump(view, s, s.order.back()));
  CHECK(view.step == static_cast<int>(s.order.size()) - 1);
  CHECK(!dt::story_step(view, s, +1));
  CHECK(!dt::story_jump(view, s, -5));

  view.playing = true;
  CHECK(!dt::advance_story(view, s, 100.0));  // the clock starts
  CHECK(view.advance_at == doctest::Approx(100.0 + dt::kStoryStepSeconds));
  CHECK(!dt::advance_story(view, s, 103.0));
  CHECK(dt::advance_story(view, s, 104.0));
  CHECK(view.step == 0);  // wrapped from the last hop to the first: the attract loop
  CHECK(dt::advance_story(view, s, 108.0));
  CHECK(view.step == 1);
  REQUIRE(dt::story_step(view, s, +1));  // a visitor's step stops the play
  CHECK(!view.playing);
  CHECK(!dt::advance_story(view, s, 200.0));
  CHECK(view.advance_at == 0);
}
