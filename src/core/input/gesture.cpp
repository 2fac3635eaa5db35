#include "core/input/gesture.h"

#include <algorithm>
#include <cmath>

namespace dt {

GestureRecognizer::Finger* GestureRecognizer::find(int id) {
  for (auto& f : fingers_)
    if (f.down && f.id == id) return &f;
  return nullptr;
}

GestureRecognizer::Finger* GestureRecognizer::add(int id, float x, float y) {
  for (auto& f : fingers_)
    if (!f.down) {
      f = Finger{id, x, y, true};
      return &f;
    }
  return nullptr;
}

int GestureRecognizer::fingers_down() const {
  int n = 0;
  for (const auto& f : fingers_) n += f.down ? 1 : 0;
  return n;
}

// Distance between the first two fingers down, and their midpoint.
float GestureRecognizer::spread(float& cx, float& cy) const {
  const Finger* two[2] = {nullptr, nullptr};
  int n = 0;
  for (const auto& f : fingers_)
    if (f.down && n < 2) two[n++] = &f;
  if (n < 2) return 0;
  cx = (two[0]->x + two[1]->x) / 2;
  cy = (two[0]->y + two[1]->y) / 2;
  return std::hypot(two[0]->x - two[1]->x, two[0]->y - two[1]->y);
}

void GestureRecognizer::velocity(double t_up, float& vx, float& vy) const {
  vx = vy = 0;
  if (samples_.size() < 2 || t_up - samples_.back().t > kVelocityWindow) return;
  const Sample& last = samples_.back();
  const Sample* first = &samples_.back();
  for (auto it = samples_.rbegin(); it != samples_.rend() && last.t - it->t <= kVelocityWindow; ++it) first = &*it;
  const double dt = last.t - first->t;
  if (dt <= 1e-4) return;
  vx = static_cast<float>((last.x - first->x) / dt);
  vy = static_cast<float>((last.y - first->y) / dt);
  const float speed = std::hypot(vx, vy);
  if (speed > kMaxSpeed) {
    vx *= kMaxSpeed / speed;
    vy *= kMaxSpeed / speed;
  }
}

void GestureRecognizer::feed(TouchPhase phase, int id, float x, float y, double t, std::vector<Gesture>& out) {
  using T = Gesture::Type;
  if (phase == TouchPhase::Down) {
    if (find(id)) return;  // a repeated down for a finger already down: nothing new
    if (!add(id, x, y)) return;
    switch (state_) {
      case State::Idle:
        state_ = State::Pressed;
        primary_ = id;
        start_x_ = last_x_ = x;
        start_y_ = last_y_ = y;
        samples_.assign(1, Sample{t, x, y});
        out.push_back({T::Press, x, y});
        return;
      case State::Pressed:
        out.push_back({T::Abandon, x, y});
        break;
      case State::Dragging:
        out.push_back({T::DragEnd, last_x_, last_y_});  // a second finger stops the glide
        break;
      case State::Pinching:
      case State::Lifting:
        break;
    }
    float cx = 0, cy = 0;
    spread_ = spread(cx, cy);
    state_ = State::Pinching;
    return;
  }

  Finger* f = find(id);
  if (!f) return;  // a finger this recogniser never saw go down (or one too many)
  if (phase == TouchPhase::Move) {
    f->x = x;
    f->y = y;
    if (state_ == State::Pinching) {
      float cx = 0, cy = 0;
      const float now = spread(cx, cy);
      if (spread_ > 0 && now > 0 && now != spread_) out.push_back({T::Pinch, cx, cy, 0, 0, 0, 0, now / spread_});
      spread_ = now;
      return;
    }
    if (id != primary_) return;
    samples_.push_back(Sample{t, x, y});
    // Enough history for the velocity window, bounded whatever the event rate.
    while (samples_.size() > 2 && (samples_.size() > 64 || t - samples_.front().t > 4 * kVelocityWindow))
      samples_.erase(samples_.begin());
    if (state_ == State::Pressed && std::hypot(x - start_x_, y - start_y_) > slop_) {
      state_ = State::Dragging;
      out.push_back({T::Abandon, start_x_, start_y_});
      out.push_back({T::DragStart, start_x_, start_y_});
    }
    if (state_ == State::Dragging && (x != last_x_ || y != last_y_)) {
      out.push_back({T::Drag, x, y, x - last_x_, y - last_y_});
      last_x_ = x;
      last_y_ = y;
    }
    return;
  }

  // Up or Cancel.
  f->down = false;
  const bool primary = id == primary_;
  if (primary && state_ == State::Pressed) {
    out.push_back(phase == TouchPhase::Up ? Gesture{T::Tap, start_x_, start_y_} : Gesture{T::Abandon, start_x_, start_y_});
  } else if (primary && state_ == State::Dragging) {
    Gesture end{T::DragEnd, x, y};
    if (phase == TouchPhase::Up) velocity(t, end.vx, end.vy);
    out.push_back(end);
  }
  if (state_ == State::Pinching && fingers_down() < 2) state_ = State::Lifting;
  if (state_ == State::Pressed || state_ == State::Dragging) state_ = State::Lifting;
  if (fingers_down() == 0) {
    state_ = State::Idle;
    primary_ = -1;
    samples_.clear();
  }
}

}  // namespace dt
