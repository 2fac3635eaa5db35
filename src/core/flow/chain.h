// "Cut the chain": which hops following some police reminders would block, and how many of
// the buyers the people's data can still reach. Also the order in which the story mode
// walks the hops.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"

namespace dt {

struct Reach {
  std::vector<bool> node_reached;  // the data gets here from the people it belongs to
  int buyers = 0, buyers_reached = 0;
};

// Follows every unblocked hop from the person nodes. Buyers are counted among `counted`
// cards only (all of them without it).
Reach reach_from_people(const FlowGraph& g, const std::vector<bool>& blocked_edges,
                        const std::vector<bool>* counted = nullptr);

// The hops of graph `graph_id` ("overview" or a case id) that the given reminders block.
std::vector<bool> blocked_edges(const Content& c, std::string_view graph_id, const std::vector<std::string>& reminders);

// Reminders that block at least one hop of the graph, in catalogue order.
std::vector<const Reminder*> reminders_for_graph(const Content& c, std::string_view graph_id);

// The hops on some path through `node`: everything upstream that feeds it and everything
// downstream it feeds, following only hops documented by a case that documents a hop at
// `node` (overview hops name their cases). Selecting a leak point in the overview shows its
// own known chain this way, not everything the shared middlemen touch.
std::vector<bool> edges_through(const FlowGraph& g, int node);

// "Where your data could leak": the overview hops that the reminders behind the visitor's
// findings would cut, i.e. the hops their current habits leave open. Empty for a careful
// visitor.
std::vector<std::string> leak_hops(const Content& c, const std::vector<const Rule*>& findings);

// Hops in the order data travels: breadth-first from the people, each hop once; hops the
// walk never meets come last in content order.
std::vector<int> story_order(const FlowGraph& g);

}  // namespace dt
