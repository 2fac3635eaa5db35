// A hop's curve: where it is at t and which way it runs, for Bezier curves and the list
// layout's elbows alike.
#include <algorithm>
#include <cmath>

#include "core/flow/layout.h"

namespace dt {

namespace {

// An elbow's three straight runs by length: which run t falls on and how far along it.
struct Run {
  int k = 0;
  float f = 0, length = 0;
};

Run elbow_run(const Point* p, float t) {
  float len[3], total = 0;
  for (int k = 0; k < 3; ++k) {
    const float dx = p[k + 1].x - p[k].x, dy = p[k + 1].y - p[k].y;
    len[k] = std::sqrt(dx * dx + dy * dy);
    total += len[k];
  }
  float d = std::clamp(t, 0.0f, 1.0f) * total;
  for (int k = 0; k < 3; ++k) {
    if (d <= len[k] || k == 2) return {k, len[k] > 0 ? std::min(1.0f, d / len[k]) : 0.0f, total};
    d -= len[k];
  }
  return {};
}

}  // namespace

Point Curve::at(float t) const {
  if (elbow) {
    const Run r = elbow_run(p, t);
    const Point& a = p[r.k];
    const Point& b = p[r.k + 1];
    return {a.x + (b.x - a.x) * r.f, a.y + (b.y - a.y) * r.f};
  }
  const float u = 1 - t;
  const float w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
  return {p[0].x * w0 + p[1].x * w1 + p[2].x * w2 + p[3].x * w3, p[0].y * w0 + p[1].y * w1 + p[2].y * w2 + p[3].y * w3};
}

float Curve::corner(int k) const {
  if (!elbow || k < 1 || k > 2) return -1;
  float len[3], total = 0;
  for (int i = 0; i < 3; ++i) {
    len[i] = std::hypot(p[i + 1].x - p[i].x, p[i + 1].y - p[i].y);
    total += len[i];
  }
  return total > 0 ? (len[0] + (k == 2 ? len[1] : 0)) / total : 0;
}

Point Curve::tangent(float t) const {
  if (elbow) {
    const Run r = elbow_run(p, t);
    const float scale = r.length;  // d(point)/dt along a run of an arc-length parameter
    const Point& a = p[r.k];
    const Point& b = p[r.k + 1];
    const float dx = b.x - a.x, dy = b.y - a.y, l = std::sqrt(dx * dx + dy * dy);
    return l > 0 ? Point{dx / l * scale, dy / l * scale} : Point{0, 0};
  }
  const float u = 1 - t;
  const float a = 3 * u * u, b = 6 * u * t, c = 3 * t * t;
  return {(p[1].x - p[0].x) * a + (p[2].x - p[1].x) * b + (p[3].x - p[2].x) * c,
          (p[1].y - p[0].y) * a + (p[2].y - p[1].y) * b + (p[3].y - p[2].y) * c};
}

}  // namespace dt
