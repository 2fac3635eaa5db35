#include "core/kiosk/idle.h"

#include <cmath>

namespace dt {

bool IdleTimer::input(double now) {
  const bool was_attract = phase_ == Phase::Attract;
  last_input_ = now;
  phase_ = Phase::Active;
  return was_attract;
}

bool IdleTimer::update(double now) {
  if (phase_ == Phase::Active && now - last_input_ >= idle_) phase_ = Phase::Warning;
  if (phase_ == Phase::Warning && now - last_input_ >= idle_ + countdown_) {
    phase_ = Phase::Attract;
    return true;
  }
  return false;
}

int IdleTimer::seconds_left(double now) const {
  if (phase_ != Phase::Warning) return 0;
  return static_cast<int>(std::ceil(last_input_ + idle_ + countdown_ - now - 1e-9));
}

double IdleTimer::next_deadline(double now) const {
  switch (phase_) {
    case Phase::Active: return last_input_ + idle_;
    case Phase::Warning: {
      // The next whole second of the countdown, so the number on screen ticks.
      const double end = last_input_ + idle_ + countdown_;
      const double tick = end - std::floor(end - now - 1e-9);
      return tick < end ? tick : end;
    }
    case Phase::Attract: return -1;
  }
  return -1;
}

}  // namespace dt
