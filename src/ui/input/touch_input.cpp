#include "ui/input/touch_input.h"

#include <imgui.h>
#include <imgui_internal.h>  // windows, their scroll and scrollbars

#include <algorithm>
#include <cmath>

namespace dt::ui {

namespace {

// The window a finger at `p` is on: ImGui's own hit test (topmost first; children follow
// their parents in the list), over the windows of the frame last drawn.
ImGuiWindow* window_at(ImVec2 p) {
  ImGuiContext& g = *GImGui;
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    ImGuiWindow* w = g.Windows[i];
    const bool drawn = g.WithinFrameScope ? w->WasActive : w->Active;
    if (!drawn || w->Hidden || (w->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
    if (w->OuterRectClipped.Contains(p)) return w;
  }
  return nullptr;
}

ImGuiWindow* scrollable(ImGuiWindow* w, ImGuiAxis axis) {
  for (; w; w = w->ParentWindow)
    if (w->ScrollMax[axis] > 0.5f) return w;
  return nullptr;
}

bool on_scrollbar(ImVec2 p) {
  for (ImGuiWindow* w = window_at(p); w; w = w->ParentWindow) {
    if (w->ScrollbarY && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_Y).Contains(p)) return true;
    if (w->ScrollbarX && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_X).Contains(p)) return true;
  }
  return false;
}

void pointer_away(ImGuiIO& io) { io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); }

}  // namespace

void TouchInput::feed(TouchPhase phase, int id, float x, float y, double t, float slop, AppState& state) {
  owns_pointer_ = true;
  activity_ = true;
  recognizer_.set_slop(slop);
  min_speed_ = slop * 3;  // 30 CSS px/s: slower than that a glide has visibly ended
  scratch_.clear();
  recognizer_.feed(phase, id, x, y, t, scratch_);
  for (size_t i = 0; i < scratch_.size(); ++i) {
    const bool drag_follows = i + 1 < scratch_.size() && scratch_[i + 1].type == Gesture::Type::DragStart;
    on_gesture(scratch_[i], drag_follows, state);
  }
}

void TouchInput::on_gesture(const Gesture& g, bool drag_follows, AppState& state) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  switch (g.type) {
    case Gesture::Type::Press:
      // A finger on a gliding page stops it, and that is all it does.
      caught_ = fling_.active();
      fling_.stop();
      if (caught_) return;
      // Position first, then the press (ImGui gives a touch no hover before it): the press
      // lands on what is under this finger, never on what was under the last one.
      io.AddMousePosEvent(g.x, g.y);
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
      return;
    case Gesture::Type::Tap:
      if (caught_) return;
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
      pointer_away(io);  // nothing stays hovered under a finger that has gone
      return;
    case Gesture::Type::Abandon:
      if (caught_) return;
      if (drag_follows && on_scrollbar(ImVec2(g.x, g.y))) {
        passthrough_ = true;  // a finger on the scrollbar drags its thumb, as a mouse would
        return;
      }
      // Let go somewhere that holds nothing: the control pressed is released unclicked.
      pointer_away(io);
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
      return;
    case Gesture::Type::DragStart:
      start_x_ = g.x;
      start_y_ = g.y;
      targets_chosen_ = false;
      target_x_ = target_y_ = nullptr;
      fling_.stop();
      return;
    case Gesture::Type::Drag:
      if (passthrough_) {
        io.AddMousePosEvent(g.x, g.y);
        return;
      }
      if (!targets_chosen_) choose_targets(start_x_, start_y_, g.dx, g.dy);
      if (target_x_) pending_x_ += g.dx;
      if (target_y_) pending_y_ += g.dy;
      return;
    case Gesture::Type::DragEnd:
      if (passthrough_) {
        passthrough_ = false;
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        pointer_away(io);
        return;
      }
      fling_.start(target_x_ ? g.vx : 0, target_y_ ? g.vy : 0, min_speed_);
      return;
    case Gesture::Type::Pinch:
      state.request_zoom(g.factor, g.x, g.y);
      return;
  }
}

// Which windows this drag scrolls, from where it began and which way it first went. A drag
// clearly along one axis moves only that axis (a vertical swipe over the sideways chip row
// scrolls the page, not the chips); a diagonal one moves both, each in the nearest window
// that can scroll that way — the diagram sideways, the page it sits in up and down.
void TouchInput::choose_targets(float x, float y, float dx, float dy) {
  targets_chosen_ = true;
  ImGuiWindow* under = window_at(ImVec2(x, y));
  const bool sideways = std::abs(dx) > 2 * std::abs(dy);
  const bool upright = std::abs(dy) > 2 * std::abs(dx);
  target_x_ = upright ? nullptr : scrollable(under, ImGuiAxis_X);
  target_y_ = sideways ? nullptr : scrollable(under, ImGuiAxis_Y);
}

void TouchInput::update(double now) {
  const double dt = last_update_ < 0 ? 1.0 / 60 : std::clamp(now - last_update_, 0.0, 0.1);
  last_update_ = now;
  float dx = pending_x_, dy = pending_y_;
  pending_x_ = pending_y_ = 0;
  if (fling_.active()) {
    float fx = 0, fy = 0;
    fling_.step(dt, fx, fy);
    dx += fx;
    dy += fy;
  }
  auto scroll = [&](ImGuiWindow* w, ImGuiAxis axis, float delta) {
    if (!w || delta == 0) return;
    if (!w->WasActive) {  // the screen changed under the glide
      fling_.stop();
      return;
    }
    // The content follows the finger: moving it down shows what is above.
    const float to = w->Scroll[axis] - delta;
    if (axis == ImGuiAxis_X) ImGui::SetScrollX(w, to);
    else ImGui::SetScrollY(w, to);
    if (to <= 0 || to >= w->ScrollMax[axis]) fling_.stop_axis(axis == ImGuiAxis_X);  // the edge: stop there
  };
  scroll(target_x_, ImGuiAxis_X, dx);
  scroll(target_y_, ImGuiAxis_Y, dy);
}

void TouchInput::reset() {
  fling_.stop();
  pending_x_ = pending_y_ = 0;
  target_x_ = target_y_ = nullptr;
  passthrough_ = caught_ = false;
}

}  // namespace dt::ui
