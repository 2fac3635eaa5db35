#include "core/input/fling.h"

#include <cmath>

namespace dt {

void Fling::start(float vx, float vy, float min_speed) {
  vx_ = vx;
  vy_ = vy;
  min_speed_ = min_speed;
  active_ = std::hypot(vx, vy) > min_speed;
}

void Fling::stop_axis(bool horizontal) {
  (horizontal ? vx_ : vy_) = 0;
  if (std::hypot(vx_, vy_) <= min_speed_) active_ = false;
}

void Fling::step(double dt, float& dx, float& dy) {
  dx = dy = 0;
  if (!active_ || !(dt > 0)) return;
  // Integral of v0 * exp(-t / tau) over dt, so the distance does not depend on frame rate.
  const double decay = std::exp(-dt / kTimeConstant);
  const auto travel = static_cast<float>(kTimeConstant * (1 - decay));
  dx = vx_ * travel;
  dy = vy_ * travel;
  vx_ *= static_cast<float>(decay);
  vy_ *= static_cast<float>(decay);
  if (std::hypot(vx_, vy_) <= min_speed_) active_ = false;
}

}  // namespace dt
