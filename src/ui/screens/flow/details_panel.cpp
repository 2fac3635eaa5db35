// A selected card's details, in a panel beside the card: its role, and every hop into and
// out of it (each one opens in the story); on a case diagram, the way to the case for how
// it was caught and its source.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

namespace {

void contents(const UiContext& ctx, const FlowScene& scene, FlowView& view, const Case* cs, float w) {
  const auto& p = ctx.theme.palette;
  const FlowGraph& g = *scene.graph;
  const FlowNode& n = g.nodes[static_cast<size_t>(view.selected)];
  const float title_w = w - quiet_button_width(ctx, ctx.tr("flow.close_details"), true) - ctx.px(8);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  paragraph(ctx, role_label(ctx, n.role), ctx.fonts.caption, p.text_secondary, title_w);
  heading(ctx, ctx.tr(n.label), 3, ctx.fonts.subhead, p.text, title_w, 1.3f);
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(top.x + w - quiet_button_width(ctx, ctx.tr("flow.close_details"), true), top.y));
  if (quiet_button(ctx, "##close_details", ctx.tr("flow.close_details"), Icon::Close, true)) {
    view.selected = -1;
    ctx.state.mark_changed();
  }
  ImGui::SetCursorScreenPos(after);
  gap(ctx, 8);
  for (size_t k = 0; k < scene.order.size(); ++k) {
    const int edge = scene.order[k];
    const FlowEdge& e = g.edges[static_cast<size_t>(edge)];
    if (e.from != view.selected && e.to != view.selected) continue;
    const bool in = e.to == view.selected;
    const std::string text = (in ? "← " + ctx.tr(g.nodes[static_cast<size_t>(e.from)].label)
                                 : "→ " + ctx.tr(g.nodes[static_cast<size_t>(e.to)].label)) +
                             " · " + ctx.tr(e.data) + (e.price.empty() ? "" : " · " + ctx.tr(e.price));
    ImGui::PushID(static_cast<int>(k));
    if (link_row(ctx, "##hop", Icon::Flow, text, w)) ctx.state.changed(story_jump(view, scene, edge));
    ImGui::PopID();
    gap(ctx, 8);
  }
  if (cs && link_row(ctx, "##case", Icon::Stories, ctx.tr("flow.read_case"), w)) ctx.state.navigate(Screen::Case, cs->id);
  ImGui::Dummy(ImVec2(0, 0));  // the child ends on an item, not on a cursor move
}

// What a panel at `at` (w x h, screen px) would hide: the points of the selected card's hops
// and price tags under it, and how much of the cards (the selected one counts most: it must
// stay in view; another card may be partly covered if nothing better fits).
struct Cover {
  int hop_points = 0;
  float cards = 0;
  bool operator<(const Cover& o) const { return hop_points != o.hop_points ? hop_points < o.hop_points : cards < o.cards; }
};

Cover covered(const FlowScene& scene, const Diagram& d, int selected, ImVec2 at, float w, float h) {
  const ImVec2 lo = at, hi = at + ImVec2(w, h);
  auto inside = [&](ImVec2 q) { return q.x >= lo.x && q.x <= hi.x && q.y >= lo.y && q.y <= hi.y ? 1 : 0; };
  Cover c;
  const FlowGraph& g = *scene.graph;
  for (size_t e = 0; e < g.edges.size(); ++e) {
    if (!scene.kept[e] || (g.edges[e].from != selected && g.edges[e].to != selected)) continue;
    for (int k = 0; k <= 16; ++k) c.hop_points += inside(d.on_curve(e, k / 16.0f));
    const Box& t = d.layout.labels[e];
    if (t.w > 0) {
      const ImVec2 ta = d.at({t.x, t.y}), tb = d.at({t.x + t.w, t.y + t.h});
      c.hop_points += inside(ta) + inside(tb) + inside(ImVec2(ta.x, tb.y)) + inside(ImVec2(tb.x, ta.y)) + inside((ta + tb) * 0.5f);
    }
  }
  for (size_t n = 0; n < g.nodes.size(); ++n) {
    if (!scene.shown[n]) continue;
    const ImVec2 a = d.box_min(n), b = d.box_max(n);
    const float ox = std::max(0.0f, std::min(b.x, hi.x) - std::max(a.x, lo.x));
    const float oy = std::max(0.0f, std::min(b.y, hi.y) - std::max(a.y, lo.y));
    c.cards += ox * oy / std::max(1.0f, (b.x - a.x) * (b.y - a.y)) * (static_cast<int>(n) == selected ? 10.0f : 1.0f);
  }
  return c;
}

}  // namespace

// Beside the card on a wide screen, on whichever side (right, left, under, over) hides none of
// the hops it describes; where no side has room on the screen as it is scrolled (a row of
// cards in the middle of a laptop's screen), under the card with the page scrolled just
// enough, once, when it opens. On a phone a sheet over the bottom of the diagram. Always
// inside the window, never below the fold.
void details_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, const Case* cs, const Diagram& d,
                   float left, float right) {
  auto& fc = ctx.caches.flow;
  if (view.selected < 0 || !scene.shown[static_cast<size_t>(view.selected)]) {
    fc.details_for = -1;
    return;
  }
  const ImVec2 a = d.box_min(static_cast<size_t>(view.selected)), b = d.box_max(static_cast<size_t>(view.selected));
  const float pad = ctx.px(16), gap_px = ctx.px(12);
  const bool sheet = ctx.narrow();
  const float w = sheet ? right - left : std::min(ctx.tpx(340), right - left);
  // Last frame's height: the panel sizes itself to its rows (ImGui settles an auto-sized child
  // over a frame or two). Until this card's panel has kept one height for two frames, the page
  // is not scrolled for it.
  float& h = fc.details_height;
  if (fc.details_for != view.selected) {
    fc.details_for = view.selected;
    fc.details_steady = 0;
    fc.details_placed = false;
  }
  const bool measured = fc.details_steady >= 2;
  const float win_top = ImGui::GetWindowPos().y, win_bottom = win_top + ImGui::GetWindowHeight();
  auto clamp_in = [&](ImVec2 p) {
    p.x = std::clamp(p.x, left, std::max(left, right - w));
    p.y = std::max(win_top + gap_px, std::min(p.y, win_bottom - h - gap_px));
    return p;
  };
  ImVec2 at = clamp_in(ImVec2(left, win_bottom - h - gap_px));
  if (!sheet) {
    // Beside, then under and over (centred on the card, or flush with either edge of it so a
    // fan of hops on one side stays clear).
    // Last, beyond the hops on either side: over the next column's cards, not the hops.
    float hops_left = a.x, hops_right = b.x;
    const FlowGraph& g = *scene.graph;
    for (size_t e = 0; e < g.edges.size(); ++e)
      if (scene.kept[e] && (g.edges[e].from == view.selected || g.edges[e].to == view.selected))
        for (int k = 0; k <= 16; ++k) {
          const ImVec2 q = d.on_curve(e, k / 16.0f);
          hops_left = std::min(hops_left, q.x);
          hops_right = std::max(hops_right, q.x);
        }
    const float cx = (a.x + b.x - w) / 2, under_y = b.y + gap_px, over_y = a.y - gap_px - h;
    const ImVec2 candidates[] = {ImVec2(b.x + gap_px, a.y),         ImVec2(a.x - gap_px - w, a.y),
                                 ImVec2(cx, under_y),               ImVec2(b.x - w, under_y),
                                 ImVec2(a.x, under_y),              ImVec2(cx, over_y),
                                 ImVec2(b.x - w, over_y),           ImVec2(a.x, over_y),
                                 ImVec2(hops_right + gap_px, a.y), ImVec2(hops_left - gap_px - w, a.y)};
    Cover best;
    bool first = true;
    for (ImVec2 c : candidates) {
      const ImVec2 p = clamp_in(c);
      const Cover cover = covered(scene, d, view.selected, p, w, h);
      if (first || cover < best) best = cover, at = p;
      first = false;
    }
    if (measured && !fc.details_placed) {
      fc.details_placed = true;
      // Nothing fits on the screen as it is scrolled: the first place under the card that
      // hides no hop, brought into view by scrolling the page (once, before it is shown).
      for (int k = 2; best.hop_points > 0 && k <= 4; ++k) {
        const ImVec2 p(std::clamp(candidates[k].x, left, std::max(left, right - w)), candidates[k].y);
        const float need = p.y + h + gap_px - win_bottom;
        if (covered(scene, d, view.selected, p, w, h).hop_points > 0 || need <= 0 ||
            need > ImGui::GetScrollMaxY() - ImGui::GetScrollY())
          continue;
        ImGui::SetScrollY(ImGui::GetScrollY() + need);
        ctx.state.mark_changed();  // the next frame places it there
        break;
      }
    }
  }
  fc.details_min = at;
  fc.details_max = at + ImVec2(w, h);
  const ImVec2 resume = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(at);
  const auto& p = ctx.theme.palette;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, to_u32(p.surface));
  ImGui::PushStyleColor(ImGuiCol_Border, to_u32(p.accent));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ctx.px(12));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, ctx.px(2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  // Invisible until it has its height and its place (two or three frames, asked for at once):
  // the visitor sees it appear where it stays, never jump.
  const bool settling = !sheet && !fc.details_placed;
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, settling ? 0.0f : 1.0f);
  if (settling) ctx.next.animate = true;
  ImGui::BeginChild("##details", ImVec2(w, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar);
  contents(ctx, scene, view, cs, w - pad * 2);
  ImGui::EndChild();
  const float drawn_h = ImGui::GetItemRectSize().y;
  fc.details_steady = drawn_h == h ? fc.details_steady + 1 : 0;
  h = drawn_h;
  ImGui::PopStyleVar(4);
  ImGui::PopStyleColor(2);
  ImGui::SetCursorScreenPos(resume);
}

}  // namespace dt::ui::flow
