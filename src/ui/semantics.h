// What the current frame shows, as meaning rather than pixels: headings, paragraphs and each
// interactive item with its role, its label, its ImGui id and where it is. Rebuilt every
// frame. The web build mirrors it into DOM for screen readers (web/mirror.js) when its
// signature changes; tests find things here by label. Requests coming back from the mirror
// (activate or focus an item) are honoured by the item itself the next frame, through the
// same code path as a click, so both ways do exactly the same thing.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dt::ui {

struct SemanticNode {
  // Live: announced when it changes. Radio/Check: `current` says whether it is chosen.
  // List/Item/ListEnd bracket what follows into a list (a screen reader says "list, 8
  // items" and lets one jump item to item); a List with a label is a named group instead
  // (the choices of a quiz question).
  // Dialog: a modal box (the kiosk's "Still there?"), also closed by end_list().
  // Disclosure: a button that opens or folds what follows; `current` says it is open.
  enum class Role { Heading, Text, Button, Link, Tab, Live, Radio, Check, List, Item, ListEnd, Dialog, Disclosure };
  Role role = Role::Text;
  std::string label;
  ImGuiID id = 0;     // interactive items only
  int level = 0;      // headings: 1 for the screen title, 2 for sections
  bool current = false;  // tabs: the section shown; radios and checks: chosen
  ImVec2 min, max;    // where it is drawn (display px); zero when not placed
  ImVec2 shown_min, shown_max;  // the part of it the window shows (empty when scrolled away)
  // Has an element of its own in the mirror (everything but list and dialog brackets).
  bool placed_in_mirror() const { return role != Role::List && role != Role::Item && role != Role::ListEnd && role != Role::Dialog; }
  ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

class Semantics {
 public:
  // Elements are kept and overwritten, so a steady screen allocates nothing per frame.
  void begin_frame() { count_ = 0; open_lists_ = 0; }
  // Drops requests no item claimed (the item went away before the frame that would honour it).
  void end_frame() {
    IM_ASSERT(open_lists_ == 0 && "a screen called begin_list() without end_list() this frame");
    activate_ = focus_ = 0;
  }

  void add_heading(std::string_view text, int level);
  void add_text(std::string_view text);
  // Where the node just added is drawn (display px); clipped to what the current window shows.
  // The mirror lays its element over that rectangle, so a screen reader's touch exploration
  // finds it under the finger.
  void place_last(ImVec2 min, ImVec2 max);
  // Text a screen reader should announce as soon as it appears (quiz feedback).
  void add_live(std::string_view text);
  // Lists nest; every begin_list needs its end_list in the same frame. list_item starts the
  // next item (closing the one before).
  void begin_list(std::string_view group_label = {});
  void list_item();
  void end_list();
  // A modal dialog named `label`: what follows until end_list() is all a reader should reach,
  // so callers clear() what the screen behind it added first.
  void begin_dialog(std::string_view label);
  // Forgets this frame's nodes (a modal overlay hides the screen from the reader).
  void clear() { count_ = 0; open_lists_ = 0; }
  bool has_request() const { return activate_ != 0 || focus_ != 0; }
  // Records the item just submitted as ImGui's `str_id` (the id passed to InvisibleButton);
  // returns true when the mirror asked to activate it (treat as a click). Also honours a
  // pending focus request for it: keyboard focus ring and scroll. The id is worked out from
  // `str_id` rather than read from ImGui's last item: in a child window scrolled wholly out
  // of view ImGui skips items and its last item is stale (every chip of a scrolled-away row
  // once took the row's id, and the mirror activated the wrong one). Such an item is listed,
  // unplaced, and still acts when the mirror activates it.
  bool add_item(const char* str_id, SemanticNode::Role role, std::string_view label, bool current = false);

  void request_activate(ImGuiID id) { activate_ = id; }
  void request_focus(ImGuiID id) { focus_ = id; }

  size_t size() const { return count_; }
  const SemanticNode& operator[](size_t i) const { return nodes_[i]; }
  // First node whose label contains `text`, or nullptr.
  const SemanticNode* find(std::string_view text) const;
  // Changes when anything a screen reader would notice changes (not on scrolling).
  uint64_t signature() const;
  // The nodes as compact JSON for the DOM mirror.
  std::string to_json() const;
  // Where each mirror element goes, in CSS px (`css_per_px` = 1 / device pixel ratio):
  // [[x, y, w, h], ...] for every node placed_in_mirror(), in order; [0,0,0,0] for one not
  // on screen. Changes when the page scrolls, without the mirror being rebuilt.
  std::string rects_json(float css_per_px) const;
  uint64_t rects_signature(float css_per_px) const;

 private:
  SemanticNode& next();
  std::vector<SemanticNode> nodes_;
  size_t count_ = 0;
  int open_lists_ = 0;
  ImGuiID activate_ = 0, focus_ = 0;
};

}  // namespace dt::ui
