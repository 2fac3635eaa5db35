// Where a talk is: the slide, the step within it, a blanked screen, a number being typed to
// jump to. Driven by a presentation clicker's keys (PageDown/PageUp, arrows, Space, B, F5,
// Escape, a number then Enter), touch and mouse on the main window, and by the speaker's
// window through the platform (the two windows of a talk hold the same Position).
#pragma once
#include <string>

#include "core/talk/talk.h"

namespace dt {

struct TalkPosition {
  int slide = 0, step = 0;
  bool blank = false;  // the projector shows black (B): the room looks at the speaker
  bool operator==(const TalkPosition& o) const { return slide == o.slide && step == o.step && blank == o.blank; }
  bool operator!=(const TalkPosition& o) const { return !(*this == o); }
};

enum class TalkKey { Next, Previous, Blank, Restart, Escape, Enter, Digit, Backspace };

class Presenter {
 public:
  void set_talk(Talk talk);
  const Talk& talk() const { return talk_; }
  const TalkPosition& at() const { return at_; }
  const Slide& slide() const { return talk_.slides[static_cast<size_t>(at_.slide)]; }
  int count() const { return static_cast<int>(talk_.slides.size()); }
  // The number typed so far (empty when none): shown small while typed, taken by Enter.
  const std::string& typed() const { return typed_; }

  // Each returns whether the position (or what is typed) changed.
  bool key(TalkKey k, int digit = 0);
  bool next();      // the next step, else the first step of the next slide
  bool previous();  // the step before, else the last step of the slide before
  // To slide `n` (1-based, as the speaker sees numbers), at its first step; false if out of range.
  bool jump(int n);
  // Sets the position a peer window sent (clamped into the talk); false if nothing changed.
  bool follow(TalkPosition p);
  // Changes made here since the last take: the platform tells the other window.
  bool take_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
  }
  // The slide after the current one (the speaker's "next"), or -1 at the end.
  int next_slide() const { return at_.slide + 1 < count() ? at_.slide + 1 : -1; }

 private:
  bool moved(TalkPosition p);
  Talk talk_;
  TalkPosition at_;
  std::string typed_;
  bool changed_ = false;
};

}  // namespace dt
