// What the diagram screen shows, worked out before anything is drawn: from the content, the
// graph and the visitor's view (filter, story step, selected card, cuts, the quiz's marks)
// it derives which hops and cards are on screen, which hop the story is at, which hops a
// switched-on reminder cuts, how many buyers are still reached, and how strongly each hop,
// tag and card is drawn. Also the story's clock. The UI only turns this into pixels.
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/flow/chain.h"
#include "core/flow/view.h"

namespace dt {

struct FlowScene {
  std::string graph_id;             // "overview" or a case id
  const FlowGraph* graph = nullptr;
  bool filtered = false;            // the overview filtered to one leak point's chains
  std::vector<bool> kept;           // per hop: on screen (the overview's filter keeps one leak point's chains)
  std::vector<bool> shown;          // per card: on screen
  std::vector<int> order;           // the story's hops, in the order data travels
  int current = -1;                 // the story's hop (an edge index)
  std::vector<bool> blocked;        // per hop: cut by a reminder the visitor switched on
  std::vector<bool> marked;         // per hop: the quiz's "where your data could leak"
  bool focus = false;               // a card is selected: its own chain stands out
  std::vector<bool> in_focus;       // per hop: on the selected card's chain (all, without one)
  std::vector<bool> card_in_focus;  // per card: likewise
  std::vector<bool> cut_off;        // per card: reached by the data before the cuts, not after
  // With the cuts, over the hops on screen only: the buyers counted are the cards drawn, and
  // a card the chain on screen no longer reaches is cut off even if another chain would.
  Reach reach;

  // How each thing is drawn. Strong: the story's hop and the quiz's marks, in the accent.
  bool hop_strong(size_t e) const { return static_cast<int>(e) == current || marked[e]; }
  // A hop out of a card the cuts left without data carries nothing any more: faded like it.
  bool hop_cut_off(size_t e) const { return graph->edges[e].from >= 0 && cut_off[static_cast<size_t>(graph->edges[e].from)]; }
  float hop_alpha(size_t e) const {
    return hop_strong(e) ? 1.0f : (focus && !in_focus[e]) ? 0.12f : hop_cut_off(e) ? 0.2f : 0.45f;
  }
  // Data moves along a hop that is neither cut, nor out of a cut-off card, nor only what police
  // say happens in general.
  bool hop_flows(size_t e) const {
    return !blocked[e] && !hop_cut_off(e) && graph->edges[e].basis != Basis::OfficerGeneral;
  }
  float tag_alpha(size_t e) const { return blocked[e] || (focus && !in_focus[e]) ? 0.35f : 1.0f; }
  bool card_on_hop(size_t n) const;  // an end of the story's hop
  float card_alpha(size_t n) const {
    return card_on_hop(n) ? 1.0f : (cut_off[n] || !card_in_focus[n]) ? 0.35f : 0.8f;
  }
};

// Fits `view` to the graph (a filter only on the overview, the step in range) and derives the
// scene. `graph_id` names the graph for the cut-the-chain reminders.
FlowScene derive_flow_scene(const Content& content, const FlowGraph& g, const std::string& graph_id, FlowView& view);

// The story's steps. Each returns whether the view changed.
bool story_step(FlowView& view, const FlowScene& scene, int delta);  // -1 back, +1 on; stops playing
bool story_jump(FlowView& view, const FlowScene& scene, int edge);    // to the hop `edge` (an edge index)
// Playing: a step every kStoryStepSeconds, wrapping to the first hop (the kiosk's attract
// loop). Returns whether the step moved; `view.advance_at` says when it next will.
inline constexpr double kStoryStepSeconds = 4.0;
bool advance_story(FlowView& view, const FlowScene& scene, double now);

// The overview's filter: only the chains through leak point `node` (-1: everything again),
// the story at its first hop, fitted to the screen as a fresh page would open it; no card's
// details open (a chip chooses a chain, it does not select a card).
void filter_by_leak_point(FlowView& view, int node);

// The overview's readable summary: the first leak point (in content order) whose known chain
// goes beyond its first hop. -1 for a graph without one.
int first_chain(const FlowGraph& g);
// The leak point after `node` whose known chain goes beyond its first hop, wrapping round:
// the kiosk's attract loop tells one chain after the other.
int next_chain(const FlowGraph& g, int node);

}  // namespace dt
