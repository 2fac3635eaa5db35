#include <doctest/doctest.h>

#include "platform/frame_pacer.h"

TEST_CASE("an idle widget draws nothing once the first frames settle") {
  dt::FramePacer p;
  int drawn = 0;
  for (int i = 0; i < 100 && p.wants_frame(1.0); ++i, ++drawn) p.frame_drawn();
  CHECK(drawn == dt::FramePacer::kSettleFrames);
  CHECK_FALSE(p.wants_frame(2.0));
  CHECK(p.idle_timeout(2.0) < 0);  // sleep until an event
}

TEST_CASE("input earns a few frames, not a loop") {
  dt::FramePacer p;
  while (p.wants_frame(0)) p.frame_drawn();
  p.on_input();
  int drawn = 0;
  while (p.wants_frame(0)) { p.frame_drawn(); ++drawn; }
  CHECK(drawn == dt::FramePacer::kSettleFrames);
}

TEST_CASE("an animation keeps frames coming until it ends") {
  dt::FramePacer p;
  while (p.wants_frame(0)) p.frame_drawn();
  p.animate_until(5.0);
  CHECK(p.wants_frame(4.9));
  p.frame_drawn();
  CHECK(p.wants_frame(4.95));
  CHECK_FALSE(p.wants_frame(5.0));
  p.animate_until(3.0);  // a shorter request never cuts a running animation short
  CHECK(p.wants_frame(4.0));
}
