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

}  // namespace

// Beside the card on a wide screen (right of it, else left, else under or over it); on a
// phone a sheet over the bottom of the diagram. Always inside the window, never below the fold.
void details_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, const Case* cs, const Diagram& d,
                   float left, float right) {
  if (view.selected < 0 || !scene.shown[static_cast<size_t>(view.selected)]) return;
  const ImVec2 a = d.box_min(static_cast<size_t>(view.selected)), b = d.box_max(static_cast<size_t>(view.selected));
  const float pad = ctx.px(16), gap_px = ctx.px(12);
  const bool sheet = ctx.narrow();
  const float w = sheet ? right - left : std::min(ctx.tpx(340), right - left);
  float& h = ctx.caches.flow.details_height;  // last frame's: the panel sizes itself to its rows
  const float win_top = ImGui::GetWindowPos().y, win_bottom = win_top + ImGui::GetWindowHeight();
  ImVec2 at;
  if (sheet) at = ImVec2(left, win_bottom - h - gap_px);
  else if (b.x + gap_px + w <= right) at = ImVec2(b.x + gap_px, a.y);
  else if (a.x - gap_px - w >= left) at = ImVec2(a.x - gap_px - w, a.y);
  else {
    at = ImVec2(std::clamp((a.x + b.x - w) / 2, left, right - w), b.y + gap_px);
    if (at.y + h > win_bottom && a.y - gap_px - h >= win_top) at.y = a.y - gap_px - h;
  }
  at.y = std::max(win_top + gap_px, std::min(at.y, win_bottom - h - gap_px));
  const ImVec2 resume = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(at);
  const auto& p = ctx.theme.palette;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, to_u32(p.surface));
  ImGui::PushStyleColor(ImGuiCol_Border, to_u32(p.accent));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ctx.px(12));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, ctx.px(2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::BeginChild("##details", ImVec2(w, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar);
  contents(ctx, scene, view, cs, w - pad * 2);
  ImGui::EndChild();
  h = ImGui::GetItemRectSize().y;
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(2);
  ImGui::SetCursorScreenPos(resume);
}

}  // namespace dt::ui::flow
