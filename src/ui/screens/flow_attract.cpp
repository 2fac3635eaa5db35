// The kiosk's attract loop, for people walking past a metre away: no bars, buttons or
// switches, only the diagram fitted whole to the screen (top to bottom on a portrait stand,
// left to right on a landscape one) and the story's current hop in large type, in the
// kiosk's language with the other one under it. The story plays by itself, one leak point's
// chain after another on the overview.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/flow/scene.h"
#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

std::string hop_line(const FlowScene& s, Locale l) {
  const FlowEdge& e = s.graph->edges[static_cast<size_t>(s.current)];
  std::string line = s.graph->nodes[static_cast<size_t>(e.from)].label.get(l) + "  →  " +
                     s.graph->nodes[static_cast<size_t>(e.to)].label.get(l);
  const std::string& data = e.data.get(l);
  if (!data.empty()) line += (l == Locale::ZhHans ? "：" : ": ") + data;
  const std::string& price = e.price.get(l);
  if (!price.empty()) line += (l == Locale::ZhHans ? "（" : " (") + price + (l == Locale::ZhHans ? "）" : ")");
  return line;
}

// The caption over the diagram; returns its height.
float caption(const UiContext& ctx, const FlowScene& s, const FlowView& view, float x, float y, float w) {
  const auto& p = ctx.theme.palette;
  const Locale here = ctx.state.locale(), other = here == Locale::ZhHans ? Locale::En : Locale::ZhHans;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  ImGui::BeginGroup();
  paragraph(ctx, fill(ctx.tr("flow.step"), {{"n", view.step + 1}, {"total", static_cast<int>(s.order.size())}}),
            ctx.fonts.subhead, p.text_secondary, w);
  gap(ctx, 6);
  paragraph(ctx, hop_line(s, here), ctx.fonts.title, p.text, w, 1.3f);
  gap(ctx, 6);
  paragraph(ctx, hop_line(s, other), ctx.fonts.body, p.text_secondary, w);
  ImGui::EndGroup();
  return ImGui::GetItemRectSize().y;
}

}  // namespace

void draw_attract_flow(const UiContext& ctx, float bottom) {
  const Case* cs = ctx.content.find_case(ctx.state.item());
  const std::string graph_id = cs ? cs->id : "overview";
  const FlowGraph& g = cs ? cs->flow : ctx.content.overview.flow;
  FlowView& view = ctx.state.open_flow_view(graph_id);
  if (g.nodes.empty() || g.edges.empty()) return;
  // One chain at a time, told hop by hop: the overview's chains in turn (the whole trade is
  // too much to read from a metre away), a case's whole chain.
  view.selected = -1;
  if (cs) view.filter = -1;
  else if (view.filter < 0) view.filter = first_chain(g);
  const FlowScene scene = derive_flow_scene(ctx.content, g, graph_id, view);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float margin = ctx.px(32);
  const float top = caption(ctx, scene, view, margin, margin, display.x - margin * 2) + margin * 2;
  // Whichever shape lets the chain be drawn largest in the space left: top to bottom on a
  // portrait stand, left to right on a landscape one. It never scrolls, so it shrinks if it must.
  const float area_w = display.x - margin * 2, area_h = std::max(1.0f, display.y - bottom - top - margin);
  const flow::Fit fit = flow::fit_diagram(ctx, scene, ImVec2(area_w, area_h), 2.5f, true);
  flow::Diagram d{*fit.layout, fit.zoom, ImVec2(0, 0)};
  const float y = top + std::max(0.0f, (area_h - fit.layout->height * d.zoom) / 2);
  ImGui::SetCursorScreenPos(ImVec2(margin, y));
  flow::draw_diagram(ctx, scene, view, d, area_w);
  if (!ctx.state.reduced_motion()) ctx.next.animate = true;
  const bool stepped = advance_story(view, scene, ctx.now);
  // The chain told to its end: the next leak point's, from its first hop.
  if (stepped && view.step == 0 && !cs) {
    const int next = next_chain(g, view.filter);
    if (next >= 0) view.filter = next;
  }
  ctx.state.changed(stepped);
  if (view.playing) ctx.next.wake(view.advance_at);
}

}  // namespace dt::ui
