// Which shape a diagram takes on this screen, and at what size: every card on screen at
// open, and its text never smaller than the body text, whatever the screen and text size.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/flow/flow.h"

namespace dt::ui::flow {

namespace {

// Layered shapes in order of preference: roomy cards first (fewer wrapped lines), left to
// right before top to bottom (the way both languages read). Narrower cards wrap their labels
// onto more lines but keep the text at full size.
constexpr float kCardWidths[] = {168, 136, 112};
// The list never runs wider than a comfortable reading column.
constexpr float kListMaxWidth = 520;

}  // namespace

Fit fit_diagram(const UiContext& ctx, const FlowScene& s, ImVec2 area, float max_z, bool shrink) {
  // At most six layered shapes and the list are weighed: fewer than the layout cache holds,
  // so a layout found early is still cached when a later one is laid out.
  static_assert(std::size(kCardWidths) * 2 + 1 <= FlowLayoutCache::kEntries, "the cache must hold every shape weighed");
  const float scale = ctx.scale;
  Fit both, width_only, largest;
  float width_only_height = 0;
  for (float card : kCardWidths)
    for (bool vertical : {false, true}) {
      const Shape shape{vertical, false, card, 0};
      const FlowLayout& l = layout_for(ctx, s, shape);
      const float zw = area.x / std::max(1.0f, l.width * scale), zh = area.y / std::max(1.0f, l.height * scale);
      const float z = std::min(zw, zh);
      if (z >= 1 && !both.layout) both = Fit{&l, shape, 0, true, true};
      if (max_z > 1 && z >= 1 && both.layout && z > both.zoom / scale) both = Fit{&l, shape, z * scale, true, true};
      if (zw >= 1 && (!width_only.layout || l.height < width_only_height)) {
        width_only = Fit{&l, shape, scale, true, false};
        width_only_height = l.height;
      }
      if (!largest.layout || z > largest.zoom / scale) largest = Fit{&l, shape, z * scale, z >= 1, true};
      // The first shape that fits both ways is the answer unless a larger zoom is wanted:
      // the rest need not be laid out (opening a diagram lays out one shape, not six).
      if (both.layout && max_z <= 1) {
        both.zoom = scale;
        return both;
      }
    }
  if (both.layout) {
    both.zoom = std::clamp(both.zoom, scale, scale * max_z);
    return both;
  }
  if (shrink) return largest;
  if (width_only.layout) return width_only;
  // Nothing layered fits the width at body size: one card under the other.
  const Shape list{true, true, 0, std::min(area.x / scale, kListMaxWidth)};
  return Fit{&layout_for(ctx, s, list), list, scale, true, false};
}

}  // namespace dt::ui::flow
