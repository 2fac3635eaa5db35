// Fingers to Dear ImGui. A finger reaches ImGui as a touch-screen mouse (position first, then
// the press, and no hover left behind once it lifts), but only while it could still be a tap:
// once it moves past the slop it lets go of whatever it pressed and scrolls instead — the
// window under it, sideways or up and down, carrying on with momentum after a flick. Two
// fingers zoom the diagram. Everything a visitor feels is decided by the core's
// GestureRecognizer; this file only applies it to ImGui's windows.
#pragma once
#include <vector>

#include "core/app_state.h"
#include "core/input/fling.h"
#include "core/input/gesture.h"

struct ImGuiWindow;

namespace dt::ui {

class TouchInput {
 public:
  // One finger's event, in display px, between frames. `slop` is how far (display px) a
  // finger may wander and still tap.
  void feed(TouchPhase phase, int id, float x, float y, double t, float slop, AppState& state);
  // Right after ImGui::NewFrame(): scrolls by what the fingers moved since the last frame,
  // and glides on after a flick.
  void update(double now);
  // More frames are needed: a glide in progress, or movement not yet applied.
  bool busy() const { return fling_.active() || pending_x_ != 0 || pending_y_ != 0; }
  // The last pointer was a finger (not a mouse): a position the platform polls from a mouse
  // that is not there must not move ImGui's pointer.
  bool owns_pointer() const { return owns_pointer_; }
  void mouse_moved() { owns_pointer_ = false; }
  // A finger did something since the last call (a swipe is a visitor, too).
  bool take_activity() {
    const bool a = activity_;
    activity_ = false;
    return a;
  }
  // The visit was wiped: no glide carries on into the next one.
  void reset();

 private:
  void on_gesture(const Gesture& g, bool drag_follows, AppState& state);
  void choose_targets(float x, float y, float dx, float dy);

  GestureRecognizer recognizer_;
  std::vector<Gesture> scratch_;
  Fling fling_;
  ImGuiWindow* target_x_ = nullptr;  // what a sideways drag scrolls (chips, a wide diagram)
  ImGuiWindow* target_y_ = nullptr;  // what an up-and-down drag scrolls (the page)
  bool targets_chosen_ = false;
  bool passthrough_ = false;  // the drag began on a scrollbar: ImGui drags the thumb itself
  bool caught_ = false;       // this finger stopped a glide: it taps nothing
  float start_x_ = 0, start_y_ = 0;
  float pending_x_ = 0, pending_y_ = 0;  // finger movement not yet applied (display px)
  float min_speed_ = 0;
  double last_update_ = -1;
  bool owns_pointer_ = false;
  bool activity_ = false;
};

}  // namespace dt::ui
