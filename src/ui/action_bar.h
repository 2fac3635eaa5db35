// The screen's next step, pinned where the thumb is (issue 28). On a phone, at large text and
// on a kiosk, a screen's primary actions (check, next question, next step, the case's diagram)
// live in a bar above the tab bar that never moves and never hides under anything; the page
// scrolls beneath it. On a roomy screen the same calls draw the buttons in the page as before.
//
// Immediate mode across two places: a screen calls action() while it draws the page; the bar
// is drawn after the page (it sits above it), so a tap on it is answered by the same call on
// the next frame, which the bar asks for. A screen thus reads the same either way:
//   if (action(ctx, "##next", ctx.tr("quiz.next"))) ctx.state.quiz_next(ctx.content);
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "ui/icons.h"

namespace dt::ui {

struct UiContext;

class ActionBar {
 public:
  enum class Kind { Primary, Quiet };
  struct Item {
    std::string id, label;
    Kind kind = Kind::Primary;
    bool enabled = true;
    bool has_icon = false;
    Icon icon = Icon::Chevron;
  };

  // Before the page: whether this frame pins its actions (decided by the app for the whole
  // frame), and the height it keeps free for the bar (last frame's, so the page does not jump).
  void begin_frame(bool pinned);
  bool pinned() const { return pinned_; }
  float reserved() const { return pinned_ ? reserved_ : 0; }
  // Words over the buttons (the story's step): a small caption line and a bold paragraph,
  // part of the bar and read first; `spoken` is a heading only a screen reader hears.
  void set_caption(std::string caption, std::string spoken, std::string body);
  // Adds an item; true when it was tapped in last frame's bar (or activated by the mirror).
  bool add(Item item);
  // After the page, above the tab bar: draws the items (if any) across `width` with its top at
  // `y` above `bottom`. Returns whether the height it took differs from what was reserved (the
  // app then draws again at once with the new room).
  bool draw(const UiContext& ctx, float bottom);
  bool empty() const { return items_.empty() && caption_.empty(); }
  // Where each item was drawn, display px (tests and the mirror read the semantics instead).
  float top() const { return top_; }

 private:
  bool pinned_ = false;
  float reserved_ = 0, top_ = 0;
  std::vector<Item> items_;
  std::string caption_, title_, body_;
  std::string tapped_;  // the item tapped last frame, answered by add() this frame
};

// A screen's actions: in the bar when the frame pins them, else in the page here. Primary:
// filled, `page_width` wide in a narrow page (0: as wide as its label). Quiet: outlined, with
// its icon. An action that can do nothing now (`enabled` false) is greyed, or, a primary one in
// the page, left out.
bool primary_action(const UiContext& ctx, const char* id, std::string_view label, float page_width, bool enabled = true);
bool quiet_action(const UiContext& ctx, const char* id, std::string_view label, Icon icon, bool enabled = true);

}  // namespace dt::ui
