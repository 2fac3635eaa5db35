// The overview's leak-point chips used the way people use them: one after another, then
// "All", then each again (issue 35). After every switch the diagram must be the one a fresh
// page opened on that chain draws: the same cards in the same places, none collapsed, none
// overlapping, and "fit to screen" changing nothing. Also cut-the-chain on one chain: the
// count and the faded cards follow the chain on screen, not the whole trade.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "core/flow/scene.h"
#include "null_ui.h"

using null_ui::NullUi;

namespace {

struct Screen {
  float w, h, dpr, text;
};

// A laptop, a phone at text 100 % and 200 %, a portrait kiosk (CSS px).
constexpr Screen kScreens[] = {{1280, 800, 1, 1}, {390, 844, 3, 1}, {390, 844, 3, 2}, {1080, 1920, 1, 1}};

struct Rect {
  float x, y, w, h;
};

// Scrolls the page to its top, then down by whole mouse-wheel notches until a card of the
// diagram is on screen (at large text on a phone the title and chips fill the first screen):
// the same steps from the same start, so two pages compare.
void show_diagram(NullUi& ui) {
  auto placed = [&] {
    for (size_t i = 0; i < ui.app.semantics().size(); ++i) {
      const auto& s = ui.app.semantics()[i];
      if (s.role == dt::ui::SemanticNode::Role::Button && s.label.find(": ") != std::string::npos && s.max.x > s.min.x)
        return true;
    }
    return false;
  };
  ImGuiIO& io = ImGui::GetIO();
  // In the page's margin: not over a row that slides sideways (it would take the wheel).
  io.AddMousePosEvent(4, io.DisplaySize.y / 2);
  for (int i = 0; i < 40 && ui.app.page_scroll() > 0; ++i) {
    io.AddMouseWheelEvent(0, 5);
    ui.frame();
  }
  ui.settle();
  for (int i = 0; i < 40 && !placed(); ++i) {
    io.AddMouseWheelEvent(0, -1);
    ui.settle();
  }
}

// The diagram's cards as drawn: label -> rectangle in page coordinates (display px, the
// page's own scroll taken out, so two pages scrolled differently compare). Only the cards on
// screen have a place; the rest are listed without one.
std::map<std::string, Rect> cards(NullUi& ui) {
  show_diagram(ui);
  std::map<std::string, Rect> out;
  const float scroll = ui.app.page_scroll();
  for (size_t i = 0; i < ui.app.semantics().size(); ++i) {
    const auto& s = ui.app.semantics()[i];
    if (s.role != dt::ui::SemanticNode::Role::Button || s.label.find(": ") == std::string::npos) continue;
    out[s.label] = Rect{s.min.x, s.min.y + scroll, s.max.x - s.min.x, s.max.y - s.min.y};
  }
  return out;
}

void open_screen(NullUi& ui, const Screen& sc) {
  ui.screen(sc.w, sc.h, sc.dpr);
  ui.app.state().set_text_scale(sc.text);
  ui.app.state().set_reduced_motion(true);
}

// The leak points that have a chip, in the order the chips are drawn.
std::vector<int> leak_points(const dt::FlowGraph& g) {
  std::vector<int> out;
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].role == dt::Role::LeakPoint) out.push_back(static_cast<int>(i));
  return out;
}

// A fresh page opened straight on leak point `node`'s chain (-1: the whole trade).
std::map<std::string, Rect> fresh(const Screen& sc, int node) {
  NullUi ui;
  open_screen(ui, sc);
  auto& view = ui.app.state().open_flow_view("overview");
  dt::filter_by_leak_point(view, node);
  view.summary_decided = true;
  ui.app.state().navigate(dt::Screen::Flow);
  ui.settle();
  return cards(ui);
}

// Taps a chip as a screen reader would (the chip row slides sideways on a phone, so some
// chips are off screen): through the mirror's activation, the same path as a click.
void choose_chip(NullUi& ui, const std::string& label) {
  ui.settle();
  const dt::ui::SemanticNode* chip = nullptr;
  for (size_t i = 0; i < ui.app.semantics().size(); ++i) {
    const auto& s = ui.app.semantics()[i];
    if (s.role == dt::ui::SemanticNode::Role::Radio && s.label == label) chip = &s;
  }
  REQUIRE_MESSAGE(chip, "no chip " << label);
  ui.app.activate(chip->id);
  ui.settle();
}

void check_same(const std::map<std::string, Rect>& got, const std::map<std::string, Rect>& want, float display_w,
                float min_w) {
  REQUIRE(got.size() == want.size());
  int compared = 0;
  for (const auto& [label, r] : want) {
    INFO(label);
    const auto it = got.find(label);
    REQUIRE(it != got.end());
    const Rect& g = it->second;
    if (r.w == 0 || g.w == 0) continue;  // one of them below the screen: nothing to compare
    ++compared;
    CHECK(g.x == doctest::Approx(r.x).epsilon(0.002));
    CHECK(g.y == doctest::Approx(r.y).epsilon(0.002));
    CHECK(g.w == doctest::Approx(r.w).epsilon(0.002));
    CHECK(g.h == doctest::Approx(r.h).epsilon(0.002));
    CHECK(g.w >= min_w);
    CHECK(g.x >= 0);
    CHECK(g.x + g.w <= display_w + 0.5f);
  }
  int pg = 0, pw = 0;
  for (const auto& [l, r] : got) pg += r.w > 0;
  for (const auto& [l, r] : want) pw += r.w > 0;
  CHECK_MESSAGE(compared >= 1, "placed walked " << pg << " fresh " << pw);
  for (auto a = got.begin(); a != got.end(); ++a)
    for (auto b = std::next(a); b != got.end(); ++b) {
      if (a->second.w == 0 || b->second.w == 0) continue;
      INFO(a->first << " and " << b->first);
      const bool apart = a->second.x + a->second.w <= b->second.x + 0.5f || b->second.x + b->second.w <= a->second.x + 0.5f ||
                         a->second.y + a->second.h <= b->second.y + 0.5f || b->second.y + b->second.h <= a->second.y + 0.5f;
      CHECK(apart);
    }
}

}  // namespace

TEST_CASE("overview chips in every order draw what a fresh page draws for that chain") {
  for (const Screen& sc : kScreens) {
    INFO("screen " << sc.w << "x" << sc.h << " x" << sc.dpr << ", text " << sc.text);
    // What a fresh page draws for each chain, first: each app has its own ImGui context.
    std::map<int, std::map<std::string, Rect>> want;
    std::vector<int> points;
    {
      NullUi probe;
      points = leak_points(probe.app.content().overview.flow);
    }
    REQUIRE(points.size() >= 5);
    for (int p : points) want[p] = fresh(sc, p);
    NullUi ui;
    open_screen(ui, sc);
    ui.app.state().navigate(dt::Screen::Flow);
    ui.settle();
    const dt::FlowGraph& g = ui.app.content().overview.flow;
    // The narrowest card any shape draws is 112 logical px: a card narrower than that on
    // screen has collapsed (the bug drew one character wide).
    const float min_w = 100 * sc.dpr;
    const float display_w = sc.w * sc.dpr;
    auto walk = [&](const char* pass) {
      for (int p : points) {
        const std::string label = g.nodes[static_cast<size_t>(p)].label.zh;
        INFO(pass << ": chip " << label);
        choose_chip(ui, label);
        CHECK(ui.app.state().open_flow_view("overview").filter == p);
        // A chip chooses the chain; it opens no details.
        CHECK(ui.app.state().open_flow_view("overview").selected == -1);
        const auto got = cards(ui);
        check_same(got, want[p], display_w, min_w);
        // "Fit to screen" on a chain just chosen changes nothing.
        const auto* fit = ui.app.semantics().find(ui.app.strings().get(dt::Locale::ZhHans, "flow.zoom_fit"));
        REQUIRE(fit);
        ui.app.activate(fit->id);
        ui.settle();
        check_same(cards(ui), want[p], display_w, min_w);
      }
    };
    walk("first pass");
    choose_chip(ui, ui.app.strings().get(dt::Locale::ZhHans, "flow.filter_all"));
    CHECK(ui.app.state().open_flow_view("overview").filter == -1);
    CHECK(cards(ui).size() > want[points[0]].size());
    walk("after All");
  }
}

TEST_CASE("cut the chain on one leak point's chain counts and fades that chain") {
  NullUi ui;
  open_screen(ui, kScreens[0]);
  ui.app.state().navigate(dt::Screen::Flow);
  ui.settle();
  const dt::Content& c = ui.app.content();
  const dt::FlowGraph& g = c.overview.flow;
  auto& view = ui.app.state().open_flow_view("overview");
  REQUIRE(view.filter >= 0);  // opened on the first chain
  dt::FlowScene s = dt::derive_flow_scene(c, g, "overview", view);
  // Before any cut: every buyer drawn is counted, and only those.
  int buyers_shown = 0;
  for (size_t n = 0; n < g.nodes.size(); ++n)
    if (s.shown[n] && g.nodes[n].role == dt::Role::Buyer) ++buyers_shown;
  REQUIRE(buyers_shown >= 1);
  CHECK(s.reach.buyers == buyers_shown);
  CHECK(s.reach.buyers_reached == buyers_shown);
  // The reminders that cut the chain's first hop (out of the people's card).
  int first = -1;
  for (size_t e = 0; e < g.edges.size(); ++e)
    if (s.kept[e] && g.nodes[static_cast<size_t>(g.edges[e].from)].role == dt::Role::Person) first = static_cast<int>(e);
  REQUIRE(first >= 0);
  std::string cutter;
  for (const auto& r : c.reminders)
    for (const auto& b : r.blocks)
      if (b.graph == "overview" && b.edge == g.edges[static_cast<size_t>(first)].id) cutter = r.id;
  REQUIRE_MESSAGE(!cutter.empty(), "no reminder cuts " << g.edges[static_cast<size_t>(first)].id);
  view.toggle_cut(cutter);
  s = dt::derive_flow_scene(c, g, "overview", view);
  // The chain has one way in from the people here: cut it and no buyer on screen is reached,
  // and every card after it on screen is faded, as is every hop out of a faded card.
  CHECK(s.reach.buyers == buyers_shown);
  CHECK(s.reach.buyers_reached == 0);
  for (size_t n = 0; n < g.nodes.size(); ++n)
    if (s.shown[n] && g.nodes[n].role != dt::Role::Person && g.nodes[n].role != dt::Role::LeakPoint) {
      INFO(g.nodes[n].id);
      CHECK(s.cut_off[n]);
      CHECK(s.card_alpha(n) < 0.5f);
    }
  for (size_t e = 0; e < g.edges.size(); ++e)
    if (s.kept[e] && s.cut_off[static_cast<size_t>(g.edges[e].from)]) {
      INFO(g.edges[e].id);
      CHECK_FALSE(s.hop_flows(e));
      CHECK(s.hop_alpha(e) < 0.3f);
    }
  // And the screen says so.
  ui.app.state().mark_changed();
  ui.settle();
  const std::string count = "0/" + std::to_string(buyers_shown);
  bool said = false;
  for (size_t i = 0; i < ui.app.semantics().size(); ++i)
    if (ui.app.semantics()[i].label.find(count) != std::string::npos) said = true;
  CHECK_MESSAGE(said, "the count reads " << count);
}

TEST_CASE("a card's details open beside it without covering the hops they describe") {
  for (const Screen& sc : {kScreens[0], kScreens[3]}) {
    INFO("screen " << sc.w << "x" << sc.h);
    NullUi ui;
    open_screen(ui, sc);
    ui.app.state().navigate(dt::Screen::Flow, "qingdao-phone-shops");
    ui.settle();
    const dt::FlowGraph& g = ui.app.content().find_case("qingdao-phone-shops")->flow;
    for (size_t n = 0; n < g.nodes.size(); ++n) {
      INFO("card " << g.nodes[n].label.zh);
      const dt::ui::SemanticNode* card = nullptr;
      for (size_t i = 0; i < ui.app.semantics().size(); ++i) {
        const auto& s = ui.app.semantics()[i];
        if (s.role == dt::ui::SemanticNode::Role::Button && s.label.find(": " + g.nodes[n].label.zh) != std::string::npos)
          card = &s;
      }
      REQUIRE(card);
      ui.app.activate(card->id);
      ui.glide_out();  // the panel settles its height and place over a few frames
      REQUIRE(ui.app.state().open_flow_view("qingdao-phone-shops").selected == static_cast<int>(n));
      const ImVec2 lo = ui.app.caches().flow.details_min, hi = ui.app.caches().flow.details_max;
      CHECK(hi.x > lo.x);
      // Each hop into or out of the card: the stretch between the two cards (a straight line
      // between their centres is close to the drawn curve away from its ends).
      const float scroll = ui.app.page_scroll();
      auto centre = [&](int node) {
        for (const auto& [label, r] : cards(ui))
          if (label.find(": " + g.nodes[static_cast<size_t>(node)].label.zh) != std::string::npos)
            return ImVec2(r.x + r.w / 2, r.y - scroll + r.h / 2);
        return ImVec2(-1, -1);
      };
      for (const auto& e : g.edges) {
        if (e.from != static_cast<int>(n) && e.to != static_cast<int>(n)) continue;
        const ImVec2 p = centre(e.from), q = centre(e.to);
        for (float t = 0.35f; t <= 0.65f; t += 0.05f) {
          const ImVec2 m(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
          INFO("hop " << e.id << " at " << t << ", panel " << lo.x << "," << lo.y << " to " << hi.x << "," << hi.y);
          CHECK_FALSE((m.x > lo.x && m.x < hi.x && m.y > lo.y && m.y < hi.y));
        }
      }
      // Close it again (the same card toggles).
      ui.app.state().open_flow_view("qingdao-phone-shops").selected = -1;
      ui.app.state().mark_changed();
      ui.settle();
    }
  }
}
