// Layered layout of a flow graph: where the data comes from on one side, who buys it on the
// other. Left to right on landscape screens, top to bottom on portrait and phone widths.
// Pure geometry in logical pixels; the UI measures the node boxes and draws.
#pragma once
#include <vector>

#include "core/content/model.h"

namespace dt {

struct Box {
  float x = 0, y = 0, w = 0, h = 0;
  bool overlaps(const Box& o, float margin = 0) const {
    return x < o.x + o.w + margin && o.x < x + w + margin && y < o.y + o.h + margin && o.y < y + h + margin;
  }
};

struct Point {
  float x = 0, y = 0;
};

// A hop's curve: a cubic Bezier from the side of one box facing the flow to the facing side
// of the next; back edges (a swap) leave and enter the other sides and bow out.
struct Curve {
  Point p[4];
  Point at(float t) const;       // the point at t in 0..1
  Point tangent(float t) const;  // the derivative there: the direction the curve runs
};

struct LayoutInput {
  bool vertical = false;          // layers run top to bottom
  std::vector<float> widths, heights;  // one per node: its box, as measured by the UI
  // Optional, one per edge: the size of its price tag (0 x 0 = none). A layer gap grows to
  // fit the tags of the hops arriving at that layer, so no tag covers a card.
  std::vector<float> label_widths, label_heights;
  float label_margin = 8;         // between a tag and the cards either side of its gap
  float layer_gap = 96;           // between layers (room for the curves)
  float node_gap = 24;            // between nodes of one layer
};

struct FlowLayout {
  std::vector<Box> nodes;     // one per graph node
  std::vector<int> layer;     // layer index per node (0 = where data starts)
  std::vector<bool> back;     // per edge: goes against the flow (a cycle, e.g. a swap)
  std::vector<Curve> curves;  // per edge
  std::vector<Box> labels;    // per edge: where its tag sits, on its curve (empty box = none)
  float width = 0, height = 0;
};

// Longest-path layering from the nodes nothing points to (cycles broken at back edges),
// then barycentre ordering within layers to limit crossings, then coordinates.
FlowLayout layout_flow(const FlowGraph& g, const LayoutInput& in);

// The layout of only the nodes with `shown[i]` (and the edges between them), as if the rest
// did not exist; the rest get empty boxes. Results stay indexed like `g`. The overview's
// filter by leak point uses it: one chain laid out compactly instead of the whole trade faded.
FlowLayout layout_flow_subset(const FlowGraph& g, const LayoutInput& in, const std::vector<bool>& shown);

// How far a back edge bows out of the straight line, in logical px.
inline constexpr float kBackEdgeBow = 60;

}  // namespace dt
