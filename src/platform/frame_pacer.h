// Decides when a frame is worth drawing. The widget draws nothing while nothing changes: a
// kiosk runs all day and a phone's battery matters. Input, resizes and state changes earn a
// few frames (Dear ImGui needs a couple to settle hover and layout after an event);
// animations earn frames only while they run.
#pragma once

namespace dt {

class FramePacer {
 public:
  // ImGui reacts to a click in the frame that sees it and lays out the new screen in the next;
  // a third frame lets hover state catch up with the pointer.
  static constexpr int kSettleFrames = 3;

  void on_input() { pending_ = kSettleFrames; }
  void on_resize() { pending_ = kSettleFrames; }
  // An animation keeps frames coming until `until_seconds` (monotonic clock).
  void animate_until(double until_seconds) {
    if (until_seconds > animate_until_) animate_until_ = until_seconds;
  }

  // A frame is due at `at_seconds` even without input (the kiosk's idle clock); < 0: none.
  void wake_at(double at_seconds) { wake_at_ = at_seconds; }

  bool wants_frame(double now_seconds) const {
    return pending_ > 0 || now_seconds < animate_until_ || (wake_at_ >= 0 && now_seconds >= wake_at_);
  }
  // Seconds the platform may sleep before a frame is due; negative means "until an event".
  double idle_timeout(double now_seconds) const {
    if (wants_frame(now_seconds)) return 0.0;
    return wake_at_ >= 0 ? wake_at_ - now_seconds : -1.0;
  }
  void frame_drawn() {
    if (pending_ > 0) --pending_;
  }

 private:
  int pending_ = kSettleFrames;  // the first frames are always drawn
  double animate_until_ = 0.0;
  double wake_at_ = -1.0;
};

}  // namespace dt
