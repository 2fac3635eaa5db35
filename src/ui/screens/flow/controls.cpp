// The controls above the diagram: the overview's filter chips (one per leak point) and the
// zoom buttons, and how a zoom asked for by a button, a pinch or Ctrl+wheel is applied.
#include <imgui.h>

#include <algorithm>

#include "core/flow/layout.h"

#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

// The layout, from the app's cache unless the graph, the cards and hops on screen, shape,
// text size or language changed (layering is most of a frame's work, and the diagram animates).
const FlowLayout& layout_for(const UiContext& ctx, const FlowScene& s, const Shape& shape) {
  const FlowGraph& g = *s.graph;
  const bool subset = s.filtered;
  FlowLayoutCache::Key key{&g, g.nodes.size(), g.edges.size(), {}, {}, shape, ctx.scale, ctx.state.locale()};
  if (subset) {
    key.shown = s.shown;
    key.kept = s.kept;
  }
  bool hit = false;
  FlowLayoutCache::Entry& cache = ctx.caches.flow.find(key, hit);
  if (hit) return cache.layout;
  LayoutInput in;
  in.vertical = shape.vertical;
  in.list = shape.list;
  in.layer_gap = shape.list ? 40 : shape.vertical ? 56 : 72;
  in.node_gap = shape.vertical ? 16 : 20;
  in.list_width = shape.list_width;
  for (const auto& n : g.nodes) {
    in.widths.push_back(shape.card_width);
    in.heights.push_back(shape.list ? 0.0f : node_height(ctx, n, shape.card_width));
  }
  if (shape.list) in.height_at = [&](size_t i, float w) { return node_height(ctx, g.nodes[i], w); };
  for (const auto& e : g.edges) {
    const ImVec2 t = tag_size(ctx, ctx.tr(e.price));
    in.label_widths.push_back(t.x);
    in.label_heights.push_back(t.y);
  }
  cache.layout = subset ? layout_flow_subset(g, in, s.shown, &s.kept) : layout_flow(g, in);
  return cache.layout;
}

// Choosing a chip lays out only the chains through that leak point and moves the story to
// its first hop; "All" shows the whole trade again. A chip chooses; it opens nothing.
void leak_point_filter(const UiContext& ctx, const FlowGraph& g, FlowView& view, float left, float right) {
  paragraph(ctx, ctx.tr("flow.filter"), ctx.fonts.caption, ctx.theme.palette.text_secondary, right - left);
  gap(ctx, 4);
  ctx.semantics.begin_list(ctx.tr("flow.filter"));
  const float spacing = ctx.px(8);
  // On a phone the chips would fill the first screen: one row that slides sideways instead
  // (the chip cut off at the edge says there are more), dragged like the diagram.
  const bool strip = ctx.narrow();
  if (strip) {
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, ctx.px(4));
    ImGui::BeginChild("##chips", ImVec2(right - left, ctx.px(44 + 10)), false, ImGuiWindowFlags_HorizontalScrollbar);
    right = FLT_MAX;
  }
  if (chip(ctx, "##all", ctx.tr("flow.filter_all"), view.filter < 0, left, right)) {
    filter_by_leak_point(view, -1);
    ctx.state.mark_changed();
  }
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].role != Role::LeakPoint) continue;
    ImGui::SameLine(0, spacing);
    ImGui::PushID(static_cast<int>(i));
    if (chip(ctx, "##leak", ctx.tr(g.nodes[i].label), view.filter == static_cast<int>(i), left, right)) {
      filter_by_leak_point(view, static_cast<int>(i));
      ctx.state.mark_changed();
    }
    ImGui::PopID();
  }
  if (strip) {
    if (ImGui::IsWindowHovered() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
      ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseDelta.x);
    ImGui::EndChild();
    ImGui::PopStyleVar();
  }
  ctx.semantics.end_list();
}

// Buttons for everyone (no gesture needed); Ctrl+wheel and pinch for those who expect them.
// The zoom multiplies the fitted size, so "fit" is simply 1.
void zoom_controls(const UiContext& ctx, FlowView& view) {
  const bool labels = !ctx.narrow();
  auto button = [&](const char* id, const char* key, Icon icon, float factor) {
    if (quiet_button(ctx, id, ctx.tr(key), icon, !labels)) {
      if (factor > 0) view.pending_zoom *= factor;
      else view.pending_zoom = 1 / view.zoom;  // back to fitted
      view.zoom_at_x = view.zoom_at_y = -1;
      ctx.state.mark_changed();
    }
  };
  const float right = ImGui::GetCursorScreenPos().x + content_column(ctx).width;
  button("##zoom_in", "flow.zoom_in", Icon::ZoomIn, 1.25f);
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.zoom_out"), !labels), right);
  button("##zoom_out", "flow.zoom_out", Icon::ZoomOut, 0.8f);
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.zoom_fit"), !labels), right);
  button("##zoom_fit", "flow.zoom_fit", Icon::Fit, 0);
}

// The point under the fingers (or the middle of what is visible) stays where it is: the
// diagram scrolls sideways inside, the page up and down.
void apply_zoom(FlowView& view, float fitted, ImVec2 diagram_pos, float area_w, float layout_w) {
  if (view.pending_zoom == 1) return;
  const float before = view.zoom;
  view.zoom = std::clamp(view.zoom * view.pending_zoom, FlowView::kMinZoom, FlowView::kMaxZoom);
  view.pending_zoom = 1;
  if (view.zoom == before) return;
  const float ratio = view.zoom / before;
  // Where the diagram's own scroll would be after ImGui applies it: content x under the anchor
  // scales by the ratio. Centred diagrams (narrower than the area) have no scroll to keep.
  const float ax = view.zoom_at_x >= 0 ? view.zoom_at_x - diagram_pos.x : area_w / 2;
  const float new_w = layout_w * fitted * view.zoom;
  const float target = std::clamp((view.scroll_x + ax) * ratio - ax, 0.0f, std::max(0.0f, new_w - area_w));
  ImGui::SetNextWindowScroll(ImVec2(target, -1));
  if (view.zoom_at_y >= 0) ImGui::SetScrollY(ImGui::GetScrollY() + (view.zoom_at_y - diagram_pos.y) * (ratio - 1));
}

}  // namespace dt::ui::flow
