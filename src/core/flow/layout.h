// Layered layout of a flow graph: where the data comes from on one side, who buys it on the
// other. Left to right on landscape screens, top to bottom on portrait and phone widths.
// Pure geometry in logical pixels; the UI measures the node boxes and draws.
#pragma once
#include <functional>
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
// of the next; back edges (a swap) leave and enter the other sides and bow out. In the list
// layout a hop that skips rows is an elbow instead: p[0] to p[1] to p[2] to p[3] in straight
// runs (out of the card's side, along its lane, into the other card's side).
struct Curve {
  Point p[4];
  bool elbow = false;
  Point at(float t) const;       // the point at t in 0..1
  Point tangent(float t) const;  // the derivative there: the direction the curve runs
  // An elbow's corners p[1] and p[2] as t (k = 1, 2), so a dash drawn along it turns the
  // corner instead of cutting across; a Bezier has none (returns -1).
  float corner(int k) const;
};

struct LayoutInput {
  bool vertical = false;          // layers run top to bottom
  bool list = false;              // one card under the other (layout_flow_list)
  std::vector<float> widths, heights;  // one per node: its box, as measured by the UI
  // Optional, one per edge: the size of its price tag (0 x 0 = none). A layer gap grows to
  // fit the tags of the hops arriving at that layer, so no tag covers a card.
  std::vector<float> label_widths, label_heights;
  float label_margin = 8;         // between a tag and the cards either side of its gap
  float layer_gap = 96;           // between layers (room for the curves)
  float node_gap = 24;            // between nodes of one layer
  // The list layout only: the width of the whole list, and a card's height at a given width
  // (the cards take what the lanes leave, so the UI measures them once that is known).
  float list_width = 0;
  std::function<float(size_t node, float width)> height_at;
  float lane_gap = 12;            // between the list's lanes
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
// With `in.list`, layout_flow_list instead.
FlowLayout layout_flow(const FlowGraph& g, const LayoutInput& in);

// The layout of only the nodes with `shown[i]` (and the edges between them, or only those in
// `kept`), as if the rest did not exist; the rest get empty boxes. Results stay indexed like
// `g`. The overview's filter by leak point uses it: one chain laid out compactly instead of
// the whole trade faded, without hops of other cases between its cards.
FlowLayout layout_flow_subset(const FlowGraph& g, const LayoutInput& in, const std::vector<bool>& shown,
                              const std::vector<bool>* kept = nullptr);

// One card under the other, in the order data travels (a depth-first walk, so a chain
// reads straight down), every card as wide as the list less its lanes: for screens too
// narrow for any layered layout at a readable size. A hop to the next card is a straight
// arrow; one that skips cards runs in a lane at the left, nested so lanes rarely cross.
// Tags sit in the gap above the card their hop enters.
FlowLayout layout_flow_list(const FlowGraph& g, const LayoutInput& in);

// How far a back edge bows out of the straight line, in logical px.
inline constexpr float kBackEdgeBow = 60;

}  // namespace dt
