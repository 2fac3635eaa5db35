// The operator panel's door: after three wrong codes in a row it stays shut for 30 s, then
// twice as long after each further wrong one, so trying codes at the kiosk takes hours, not
// seconds (issue 30, M3). The right code opens it and forgets the wrong ones. Pure logic on
// the caller's clock.
#pragma once

namespace dt {

class CodeGate {
 public:
  static constexpr int kFreeTries = 3;
  static constexpr double kFirstWait = 30;

  // Seconds until a code may be tried again (0: now).
  double wait(double now) const { return now < locked_until_ ? locked_until_ - now : 0; }
  void tried(bool right, double now) {
    if (right) {
      wrong_ = 0;
      locked_until_ = 0;
      return;
    }
    if (++wrong_ < kFreeTries) return;
    double w = kFirstWait;
    for (int i = kFreeTries; i < wrong_; ++i) w *= 2;
    locked_until_ = now + w;
  }
  double locked_until() const { return locked_until_; }

 private:
  int wrong_ = 0;
  double locked_until_ = 0;
};

}  // namespace dt
