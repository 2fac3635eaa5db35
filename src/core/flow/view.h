// The visitor's view of one diagram, kept in AppState: story step, zoom, filter, cuts.
#pragma once
#include <string>
#include <vector>

namespace dt {

// What the diagram screen shows beyond its graph: the story step, whether it plays by itself,
// and which reminders the visitor switched on to cut the chain. Reset when the graph changes.
struct FlowView {
  std::string graph;  // "overview" or a case id
  int step = 0;
  bool playing = false;
  double advance_at = 0;  // when playing: the time (s) of the next automatic step
  int selected = -1;      // node whose details are open
  int filter = -1;        // overview: the leak point whose chains alone are shown (-1: all)
  // The overview opens on one leak point's chain where the whole trade cannot be drawn at a
  // readable size; "All" is then the visitor's choice, and is kept.
  bool summary_decided = false;
  bool chose_all = false;
  // What the screen last drew (written by the UI, read by tests and the benchmark): the
  // cards' text relative to the body text, and whether the whole diagram fit on the screen.
  float drawn_text_scale = 0;
  bool drawn_whole = false;
  // The visitor's zoom on top of the fitted size (1 = fits the screen), and a zoom asked for
  // by a gesture the screen has not applied yet, with the point (screen px) to keep still.
  float zoom = 1;
  float pending_zoom = 1;
  float zoom_at_x = -1, zoom_at_y = -1;
  float scroll_x = 0;  // how far the diagram is scrolled sideways (screen px), to zoom about a point
  bool centred = false;  // a diagram wider than the screen opens scrolled to its middle
  bool reveal = false;   // scroll the page down to the diagram (arriving with highlights)
  static constexpr float kMinZoom = 0.5f, kMaxZoom = 3.0f;
  std::vector<std::string> highlight;  // edge ids to stand out (the quiz's "where your data could leak")
  std::vector<std::string> cut;  // reminder ids switched on
  bool is_cut(const std::string& id) const;
  void toggle_cut(const std::string& id);
};

}  // namespace dt
