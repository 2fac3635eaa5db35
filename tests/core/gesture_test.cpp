// What a finger means, as a visitor would notice it: a tap acts once where it landed, a swipe
// acts nowhere and scrolls, a flick glides and stops on its own, two fingers zoom.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/input/fling.h"
#include "core/input/gesture.h"

using dt::Gesture;
using dt::GestureRecognizer;
using dt::TouchPhase;
using T = Gesture::Type;

namespace {
std::vector<T> types(const std::vector<Gesture>& g) {
  std::vector<T> out;
  for (const auto& e : g) out.push_back(e.type);
  return out;
}
int count(const std::vector<Gesture>& g, T t) {
  int n = 0;
  for (const auto& e : g) n += e.type == t ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("a tap is one press and one tap where the finger went down") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 7, 100, 200, 0.00, out);
  r.feed(TouchPhase::Move, 7, 104, 203, 0.03, out);  // a finger always wobbles a little
  r.feed(TouchPhase::Up, 7, 104, 203, 0.08, out);
  REQUIRE(types(out) == std::vector<T>{T::Press, T::Tap});
  CHECK(out[1].x == 100);
  CHECK(out[1].y == 200);
  CHECK(r.idle());
}

TEST_CASE("taps in a row each act at their own place, never at the previous one") {
  GestureRecognizer r(10);
  const float places[][2] = {{50, 60}, {300, 700}, {120, 400}};
  double t = 0;
  for (const auto& p : places) {
    std::vector<Gesture> out;
    r.feed(TouchPhase::Down, 1, p[0], p[1], t, out);
    r.feed(TouchPhase::Up, 1, p[0], p[1], t + 0.05, out);
    t += 0.4;
    REQUIRE(types(out) == std::vector<T>{T::Press, T::Tap});
    CHECK(out[1].x == p[0]);
    CHECK(out[1].y == p[1]);
  }
}

TEST_CASE("a swipe abandons the press, drags by the whole way, and taps nothing") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 200, 600, 0.00, out);
  float y = 600;
  double t = 0;
  for (int i = 0; i < 10; ++i) r.feed(TouchPhase::Move, 1, 200, y -= 30, t += 0.016, out);
  r.feed(TouchPhase::Up, 1, 200, y, t + 0.016, out);
  CHECK(count(out, T::Tap) == 0);
  CHECK(count(out, T::Abandon) == 1);
  CHECK(count(out, T::DragStart) == 1);
  float moved = 0;
  for (const auto& e : out)
    if (e.type == T::Drag) moved += e.dy;
  CHECK(moved == doctest::Approx(-300));  // nothing lost to the slop
  REQUIRE(out.back().type == T::DragEnd);
  CHECK(out.back().vy < -1000);  // still moving fast when it lifted: a fling upwards
  CHECK(std::abs(out.back().vx) < 1);
}

TEST_CASE("a finger that rests before lifting flings nothing") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 0, 0, 0.0, out);
  r.feed(TouchPhase::Move, 1, 0, 100, 0.05, out);
  r.feed(TouchPhase::Up, 1, 0, 100, 0.5, out);
  REQUIRE(out.back().type == T::DragEnd);
  CHECK(out.back().vy == 0);
}

TEST_CASE("a movement within the slop is still a tap; just past it is a drag") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 0, 0, 0, out);
  r.feed(TouchPhase::Move, 1, 6, 8, 0.02, out);  // 10 exactly
  r.feed(TouchPhase::Up, 1, 6, 8, 0.05, out);
  CHECK(count(out, T::Tap) == 1);
  out.clear();
  r.feed(TouchPhase::Down, 1, 0, 0, 1, out);
  r.feed(TouchPhase::Move, 1, 0, 10.5f, 1.02, out);
  r.feed(TouchPhase::Up, 1, 0, 10.5f, 1.05, out);
  CHECK(count(out, T::Tap) == 0);
  CHECK(count(out, T::DragStart) == 1);
}

TEST_CASE("a cancelled touch (the browser took it to scroll the page) activates nothing") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 10, 10, 0, out);
  r.feed(TouchPhase::Cancel, 1, 10, 10, 0.1, out);
  CHECK(types(out) == std::vector<T>{T::Press, T::Abandon});
  CHECK(r.idle());
}

TEST_CASE("two fingers pinch: the press is abandoned and the spread becomes zoom") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 100, 100, 0, out);
  r.feed(TouchPhase::Down, 2, 200, 100, 0.01, out);
  r.feed(TouchPhase::Move, 2, 300, 100, 0.05, out);  // spread 100 -> 200
  r.feed(TouchPhase::Up, 1, 100, 100, 0.1, out);
  r.feed(TouchPhase::Move, 2, 400, 100, 0.12, out);  // one finger left: no pan, no zoom
  r.feed(TouchPhase::Up, 2, 400, 100, 0.15, out);
  CHECK(count(out, T::Tap) == 0);
  CHECK(count(out, T::Drag) == 0);
  REQUIRE(count(out, T::Pinch) == 1);
  const auto& pinch = out[2];
  CHECK(pinch.type == T::Pinch);
  CHECK(pinch.factor == doctest::Approx(2.0));
  CHECK(pinch.x == doctest::Approx(200));
  CHECK(r.idle());
}

TEST_CASE("a second finger during a drag ends it without a glide") {
  GestureRecognizer r(10);
  std::vector<Gesture> out;
  r.feed(TouchPhase::Down, 1, 0, 0, 0, out);
  r.feed(TouchPhase::Move, 1, 0, 50, 0.02, out);
  r.feed(TouchPhase::Down, 2, 100, 50, 0.03, out);
  REQUIRE(out.back().type == T::DragEnd);
  CHECK(out.back().vy == 0);
}

TEST_CASE("a flick glides, slows, and stops by itself, whatever the frame rate") {
  dt::Fling at60, at20;
  at60.start(0, -3000, 20);
  at20.start(0, -3000, 20);
  float total60 = 0, total20 = 0, dx = 0, dy = 0;
  double t = 0;
  while (at60.active() && t < 10) {
    at60.step(1.0 / 60, dx, dy);
    total60 += dy;
    t += 1.0 / 60;
  }
  CHECK_FALSE(at60.active());
  CHECK(t < 2.5);  // comes to rest in well under three seconds
  for (int i = 0; i < 200 && at20.active(); ++i) {
    at20.step(1.0 / 20, dx, dy);
    total20 += dy;
  }
  // v0 * tau is where an endless glide would stop; both rates get close to it.
  CHECK(total60 == doctest::Approx(-3000 * dt::Fling::kTimeConstant).epsilon(0.05));
  CHECK(total20 == doctest::Approx(total60).epsilon(0.05));
}

TEST_CASE("a glide that reaches the end of the content stops on that axis") {
  dt::Fling f;
  f.start(500, -2000, 20);
  f.stop_axis(false);
  float dx = 0, dy = 0;
  f.step(1.0 / 60, dx, dy);
  CHECK(dy == 0);
  CHECK(dx > 0);
  f.stop_axis(true);
  CHECK_FALSE(f.active());
}
