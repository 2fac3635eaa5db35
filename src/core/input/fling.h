// Momentum after a fling: the speed decays exponentially (time constant ~0.33 s, as on the
// phones visitors know), so a page keeps gliding and comes to rest on its own.
#pragma once

namespace dt {

class Fling {
 public:
  static constexpr double kTimeConstant = 0.325;
  void start(float vx, float vy, float min_speed);
  void stop() { active_ = false; }
  // Stops one axis (the content reached its edge there).
  void stop_axis(bool horizontal);
  bool active() const { return active_; }
  // Displacement over the next `dt` seconds; ends the fling once it is slower than the
  // minimum speed given at start.
  void step(double dt, float& dx, float& dy);

 private:
  float vx_ = 0, vy_ = 0, min_speed_ = 0;
  bool active_ = false;
};

}  // namespace dt
