// How tangled a laid-out diagram is, as a reader sees it: hops that cross each other, and
// hops that run behind a card that is neither of their ends (the eye reads those as going
// through it). Measured by the core tests for every graph and shape, and reported in the
// README; the layout is tuned against it.
#pragma once
#include <vector>

#include "core/content/model.h"
#include "core/flow/layout.h"

namespace dt {

struct Tangle {
  int crossings = 0;      // pairs of hops, with no card in common, whose curves cross
  int through_cards = 0;  // (hop, card) pairs where the hop runs behind a card it does not touch
};

// Only the cards the layout placed (a filtered layout leaves the rest empty), and of the
// hops between them those in `kept` (all without it).
Tangle measure_tangle(const FlowGraph& g, const FlowLayout& layout, const std::vector<bool>* kept = nullptr);

}  // namespace dt
