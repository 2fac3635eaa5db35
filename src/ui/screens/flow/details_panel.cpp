// A selected card's details: its role, and every hop into and out of it (each one opens in
// the story); on a case diagram, the way to the case for how it was caught and its source.
#include <imgui.h>

#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

void details_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, const Case* cs, float w) {
  const auto& p = ctx.theme.palette;
  const FlowGraph& g = *scene.graph;
  const FlowNode& n = g.nodes[static_cast<size_t>(view.selected)];
  paragraph(ctx, role_label(ctx, n.role), ctx.fonts.caption,
            p.text_secondary, w);
  heading(ctx, ctx.tr(n.label), 3, ctx.fonts.subhead, p.text, w, 1.3f);
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
  gap(ctx, 24);
}

}  // namespace dt::ui::flow
