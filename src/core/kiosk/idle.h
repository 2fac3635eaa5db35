// The kiosk's idle clock: after `idle` seconds without input it asks "Still there?"; if
// nobody answers within `countdown` seconds the visit is over (wipe, then the attract loop).
// Pure logic on a clock the caller passes in, so tests run in no time and the platform can
// sleep until next_deadline() instead of drawing frames to watch the time.
#pragma once

namespace dt {

class IdleTimer {
 public:
  enum class Phase { Active, Warning, Attract };

  IdleTimer(double idle_seconds, double countdown_seconds) : idle_(idle_seconds), countdown_(countdown_seconds) {}

  // Any input from the visitor. In Warning it means "I'm still here"; in Attract it starts a
  // new visit. Returns true when it ended the attract loop (the caller shows the start screen).
  bool input(double now);
  // Moves the clock on. Returns true exactly once when the countdown runs out: wipe now.
  bool update(double now);

  Phase phase() const { return phase_; }
  // Whole seconds left in the countdown (for "15", "14", ...), 0 outside Warning.
  int seconds_left(double now) const;
  // When the next change is due (to show the warning, to tick the countdown, to wipe), or a
  // negative number when nothing is due until input (in the attract loop).
  double next_deadline(double now) const;

 private:
  double idle_, countdown_;
  double last_input_ = 0;
  Phase phase_ = Phase::Attract;  // a kiosk starts with its attract loop
};

}  // namespace dt
