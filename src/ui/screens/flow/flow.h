// The diagram screen's parts, shared by its files: the diagram itself (diagram.cpp), the
// controls above it (controls.cpp) and the panels under it (story, details, cut). Each draws
// from the core's FlowScene; none works out what is shown.
#pragma once
#include <imgui.h>

#include <string>

#include "core/flow/layout.h"
#include "core/flow/scene.h"
#include "ui/caches.h"
#include "ui/context.h"

namespace dt::ui::flow {

// The laid-out diagram on screen: layout units (logical px at text size 1) to screen px.
struct Diagram {
  const FlowLayout& layout;
  float zoom = 1;
  ImVec2 origin;
  ImVec2 at(Point p) const { return ImVec2(origin.x + p.x * zoom, origin.y + p.y * zoom); }
  ImVec2 box_min(size_t i) const { return at({layout.nodes[i].x, layout.nodes[i].y}); }
  ImVec2 box_max(size_t i) const { return at({layout.nodes[i].x + layout.nodes[i].w, layout.nodes[i].y + layout.nodes[i].h}); }
  ImVec2 on_curve(size_t edge, float t) const { return at(layout.curves[edge].at(t)); }
};

// A card's height in logical px at width `w`: the layout needs it before anything is drawn.
float node_height(const UiContext& ctx, const FlowNode& n, float w);
// A price tag's size in logical px (0 x 0 without a price).
ImVec2 tag_size(const UiContext& ctx, const std::string& text);

// The hops, their tags and the cards, in a child window that scrolls sideways; panning and
// Ctrl+wheel zoom on it. Taps on a card select it.
void draw_diagram(const UiContext& ctx, const FlowScene& scene, FlowView& view, Diagram& d, float area_w);

using Shape = FlowLayoutCache::Shape;

// The layout of the scene's graph in one shape, from the app's cache when nothing it
// depends on changed.
const FlowLayout& layout_for(const UiContext& ctx, const FlowScene& s, const Shape& shape);

// The shape that shows the diagram largest in an area (screen px): a layered layout whose
// cards are drawn at least at body size (zoom >= ctx.scale) and fit both ways if one does;
// else one that fits the width at that size (the page scrolls down through it); else the
// list. With `shrink` (the visitor asked for the whole trade, or the attract loop, which
// cannot scroll) the layered layout that fits both ways, scaled down as far as it must be.
// The zoom never exceeds ctx.scale * max_z.
struct Fit {
  const FlowLayout* layout = nullptr;
  Shape shape;
  float zoom = 1;         // screen px per layout unit
  bool readable = false;  // cards at body size or larger
  bool whole = false;     // fits the area both ways
};
Fit fit_diagram(const UiContext& ctx, const FlowScene& s, ImVec2 area, float max_z, bool shrink);

// Above the diagram.
void leak_point_filter(const UiContext& ctx, const FlowGraph& g, FlowView& view, float left, float right);
void zoom_controls(const UiContext& ctx, FlowView& view);
// Applies a pending zoom about the point under the fingers (or the middle of what is visible).
void apply_zoom(FlowView& view, float fitted, ImVec2 diagram_pos, float area_w, float layout_w);

// Under the diagram.
void story_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, float w);
void cut_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, float w);

// Over the diagram, next to the selected card and inside [left, right] and the window.
void details_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, const Case* cs, const Diagram& d,
                   float left, float right);

}  // namespace dt::ui::flow
