// What a finger (or two) on a touch screen means: a press that may become a tap, a drag that
// scrolls, a fling that keeps scrolling, a pinch that zooms. Pure logic over timestamped
// touch points, so every rule a visitor feels (a tap does one thing, a swipe activates
// nothing, a second finger ends a drag) is tested without a browser.
//
// Positions are in whatever unit the caller uses (the UI feeds display px and sets the slop
// to 10 CSS px in those units); times are seconds on a monotonic clock.
#pragma once
#include <array>
#include <vector>

namespace dt {

enum class TouchPhase { Down, Move, Up, Cancel };

struct Gesture {
  enum class Type {
    Press,      // a finger went down at (x, y): press feedback, long-press timing may start
    Tap,        // it lifted within the slop: activate what is under (x, y), once
    Abandon,    // the press turned into something else (drag, pinch, cancel): activate nothing
    DragStart,  // moved past the slop; (x, y) is where the finger first went down
    Drag,       // moved by (dx, dy) since the last Drag (the first one includes the slop)
    DragEnd,    // lifted after dragging, moving at (vx, vy) units per second (0 if it rested)
    Pinch,      // two fingers: the spread grew by `factor` about (x, y)
  };
  Type type;
  float x = 0, y = 0;
  float dx = 0, dy = 0;
  float vx = 0, vy = 0;
  float factor = 1;
};

class GestureRecognizer {
 public:
  // `slop`: how far a finger may wander and still tap (about 10 CSS px, like native pages).
  explicit GestureRecognizer(float slop = 10) : slop_(slop) {}
  void set_slop(float slop) { slop_ = slop; }

  // One finger's event; appends what it means (often nothing) to `out`.
  void feed(TouchPhase phase, int id, float x, float y, double t, std::vector<Gesture>& out);

  // No finger down and nothing in progress.
  bool idle() const { return state_ == State::Idle; }
  bool dragging() const { return state_ == State::Dragging; }

  // A fling faster than this (units/s) is clamped: a flick should not empty a long page.
  static constexpr float kMaxSpeed = 8000;
  // Velocity is read over the last this-many seconds, and a finger that rested longer than
  // that before lifting flings nothing.
  static constexpr double kVelocityWindow = 0.1;

 private:
  enum class State { Idle, Pressed, Dragging, Pinching, Lifting };
  struct Finger {
    int id = -1;
    float x = 0, y = 0;
    bool down = false;
  };
  struct Sample {
    double t;
    float x, y;
  };
  Finger* find(int id);
  Finger* add(int id, float x, float y);
  int fingers_down() const;
  float spread(float& cx, float& cy) const;
  void velocity(double t_up, float& vx, float& vy) const;

  float slop_;
  State state_ = State::Idle;
  std::array<Finger, 5> fingers_{};  // more fingers than this are ignored
  int primary_ = -1;
  float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
  float spread_ = 0;
  std::vector<Sample> samples_;  // the primary finger's recent positions, oldest first
};

}  // namespace dt
