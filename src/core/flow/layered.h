// The layered layout's two passes, shared by layout.cpp and waypoints.cpp (not for the UI:
// it calls layout_flow, which chooses).
#pragma once
#include "core/flow/layout.h"

namespace dt {

// Layers, order within layers, coordinates, curves and tags, as they come.
FlowLayout layout_layered(const FlowGraph& g, const LayoutInput& in);

// `plain` (layout_layered's result for `g`) again, with every hop that skips layers given a
// waypoint in each layer between, so it runs behind no card.
FlowLayout layout_with_waypoints(const FlowGraph& g, const LayoutInput& in, const FlowLayout& plain);

}  // namespace dt
