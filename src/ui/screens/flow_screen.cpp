// The data-flow diagram screen: a case's chain (or the whole trade) derived by the core
// (core/flow/scene.h), laid out by the core (core/flow/layout.h) and drawn by the parts in
// screens/flow/: the title and controls, the diagram, then the story, details and
// cut-the-chain panels in a reading column under it.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/flow/layout.h"
#include "core/flow/scene.h"
#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// Title, the overview's introduction and filter, the quiz's note, the zoom buttons. Returns
// where the page should scroll to when the diagram is revealed (the note, else the buttons).
float title_block(const UiContext& ctx, const Case* cs, const FlowScene& s, FlowView& view, float x0, float width) {
  const auto& p = ctx.theme.palette;
  const float measure = std::min(width, ctx.tpx(ctx.theme.space.content_max_width));
  heading(ctx, ctx.tr(cs ? cs->title : ctx.content.overview.title), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading,
          p.text, width, 1.3f);
  if (!cs) {
    gap(ctx, 6);
    paragraph(ctx, ctx.tr(ctx.content.overview.intro), ctx.fonts.body, p.text_secondary, measure);
    gap(ctx, 12);
    flow::leak_point_filter(ctx, *s.graph, view, x0, x0 + width);
  }
  float reveal_y = -1;
  if (!view.highlight.empty()) {
    gap(ctx, 8);
    reveal_y = ImGui::GetCursorScreenPos().y;
    paragraph(ctx, ctx.tr("flow.highlight_note"), ctx.fonts.body_bold, p.accent_pressed, measure);
  }
  gap(ctx, 12);
  if (reveal_y < 0) reveal_y = ImGui::GetCursorScreenPos().y;
  flow::zoom_controls(ctx, view);
  gap(ctx, 8);
  return reveal_y;
}

// Motion needs frames; otherwise the screen is as still as any other. Playing without motion
// needs one frame per step, at its time.
void run_clock(const UiContext& ctx, const FlowScene& s, FlowView& view) {
  if (!ctx.state.reduced_motion()) ctx.next.animate = true;
  ctx.state.changed(advance_story(view, s, ctx.now));
  if (view.playing) ctx.next.wake(view.advance_at);
}

// Where the story's words are pinned (phones, large text, kiosks), the page follows the
// story: when the visitor steps, and when a case's diagram opens (from its case, whose title
// the visitor has just read), the highlighted hop and its two cards are scrolled into the room
// above the bar, so the words and what they describe are on screen together. Not when the
// overview opens (its introduction and chips come first) or a chip changes the chain (the
// visitor's finger is on the chips).
void keep_hop_in_view(const UiContext& ctx, const FlowScene& s, const FlowView& view, const flow::Diagram& d) {
  auto& seen = ctx.caches.flow.story_seen;
  const std::string key = s.graph_id + "/" + std::to_string(view.filter);
  const bool opened = seen.graph != s.graph_id && s.graph_id != "overview";
  const bool stepped = opened || (seen.key == key && seen.step != view.step);
  seen.graph = s.graph_id;
  seen.key = key;
  seen.step = view.step;
  if (!stepped || !ctx.actions.pinned() || s.current < 0) return;
  const FlowEdge& e = s.graph->edges[static_cast<size_t>(s.current)];
  float y0 = std::min(d.box_min(static_cast<size_t>(e.from)).y, d.box_min(static_cast<size_t>(e.to)).y);
  float y1 = std::max(d.box_max(static_cast<size_t>(e.from)).y, d.box_max(static_cast<size_t>(e.to)).y);
  float a0 = FLT_MAX, a1 = -FLT_MAX;  // the arrow itself
  for (int k = 0; k <= 8; ++k) {
    const float y = d.on_curve(static_cast<size_t>(s.current), k / 8.0f).y;
    a0 = std::min(a0, y);
    a1 = std::max(a1, y);
  }
  y0 = std::min(y0, a0);
  y1 = std::max(y1, a1);
  const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight(), margin = ctx.px(16);
  if (y0 >= top + margin && y1 <= bottom - margin) return;
  // Both cards centred in the room; where they are taller than it (large text on a phone),
  // the arrow a third of the way down, so the card it leads to is read below it.
  const float room = bottom - top - margin * 2;
  const float target = y1 - y0 <= room ? y0 - (top + margin + (room - (y1 - y0)) / 2)
                                       : (a0 + a1) / 2 - (top + margin + room / 3);
  ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + target));
  ctx.state.mark_changed();
}

}  // namespace

void draw_flow(const UiContext& ctx) {
  const Case* cs = ctx.content.find_case(ctx.state.item());
  const std::string graph_id = cs ? cs->id : "overview";
  const FlowGraph& g = cs ? cs->flow : ctx.content.overview.flow;
  FlowView& view = ctx.state.open_flow_view(graph_id);
  if (g.nodes.empty() || g.edges.empty()) {
    const Reading r(ctx, 40);
    paragraph(ctx, ctx.tr("case.not_found"), ctx.fonts.body, ctx.theme.palette.text, r.width);
    return;
  }
  FlowScene scene = derive_flow_scene(ctx.content, g, graph_id, view);
  const float margin = ctx.px(ctx.narrow() ? 16 : 32);
  const float area_w = ImGui::GetWindowWidth() - margin * 2, window_h = ImGui::GetWindowHeight();
  // The whole trade cannot be drawn at a readable size on most screens: it opens on one leak
  // point's chain instead, and the chips (with "All") let the visitor choose another. Not
  // when the quiz sent the visitor here to see their own leaks, which span several chains.
  if (!cs && !view.summary_decided) {
    view.summary_decided = true;
    if (view.filter < 0 && !view.chose_all && view.highlight.empty() &&
        !flow::fit_diagram(ctx, scene, ImVec2(area_w, window_h * 0.75f), 1, false).whole) {
      view.filter = first_chain(g);
      scene = derive_flow_scene(ctx.content, g, graph_id, view);
    }
  }

  const Column col = content_column(ctx);
  const float x0 = ImGui::GetWindowPos().x + col.x;
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + ctx.px(ctx.narrow() ? 20 : 32)));
  ImGui::BeginGroup();
  const int filter_before = view.filter;
  const float reveal_y = title_block(ctx, cs, scene, view, x0, col.width);
  // A chip chosen this frame: the rest of the frame draws the chain chosen, not the last one.
  if (view.filter != filter_before) scene = derive_flow_scene(ctx.content, g, graph_id, view);

  // The room under the title on the first screen (a diagram lower down still gets at least
  // half the window): scroll-independent, so the shape does not change while scrolling.
  const float top_in_page = ImGui::GetCursorScreenPos().y + ImGui::GetScrollY() - ImGui::GetWindowPos().y;
  const float area_h = std::max(window_h - top_in_page - margin, window_h * 0.55f);
  const bool shrink = !cs && (view.chose_all || !view.highlight.empty());
  const flow::Fit fit = flow::fit_diagram(ctx, scene, ImVec2(area_w, area_h), 1, shrink);
  flow::Diagram d{*fit.layout, 1.0f, ImVec2(0, 0)};
  const float fitted = fit.zoom;
  view.drawn_text_scale = fit.zoom * view.zoom / ctx.scale;
  view.drawn_whole = fit.whole && view.zoom <= 1;
  ImGui::Dummy(ImVec2(0, 0));  // the group must end on an item, not on a cursor move
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + margin, ImGui::GetCursorScreenPos().y));
  const ImVec2 diagram_pos = ImGui::GetCursorScreenPos();
  // Arriving from the quiz with "where your data could leak" (or as the kiosk's attract
  // loop): start at the note and the diagram, not at the chips above them.
  const bool revealing = view.reveal;
  if (view.reveal) {
    ImGui::SetScrollY(ImGui::GetScrollY() + reveal_y - ImGui::GetWindowPos().y - ctx.px(16));
    view.reveal = false;
  }
  flow::apply_zoom(view, fitted, diagram_pos, area_w, d.layout.width);
  d.zoom = fitted * view.zoom;
  flow::draw_diagram(ctx, scene, view, d, area_w);
  if (!revealing) keep_hop_in_view(ctx, scene, view, d);
  flow::details_panel(ctx, scene, view, cs, d, diagram_pos.x, diagram_pos.x + area_w);
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();
  run_clock(ctx, scene, view);

  gap(ctx, 16);
  const float w = std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width));
  flow::story_panel(ctx, scene, view, w);
  flow::cut_panel(ctx, scene, view, w);
  if (cs) {
    gap(ctx, 24);
    if (link_row(ctx, "##overview", Icon::Flow, ctx.tr("flow.see_overview"), w)) ctx.state.navigate(Screen::Flow);
  }
  page_end(ctx, 40);
  ImGui::EndGroup();
}

}  // namespace dt::ui
