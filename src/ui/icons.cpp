#include "ui/icons.h"

#include <cmath>
#include <initializer_list>

namespace dt::ui {

namespace {
// Maps grid units (0..24, origin top-left) to pixels.
struct Grid {
  ImVec2 origin;
  float unit;
  ImVec2 operator()(float x, float y) const { return {origin.x + x * unit, origin.y + y * unit}; }
};

// The app's chrome: navigation, actions, settings. False when `icon` is not one of them.
bool draw_chrome_icon(ImDrawList* dl, Icon icon, const Grid& g, float w, ImU32 color) {
  switch (icon) {
    case Icon::Home: {
      const ImVec2 roof[] = {g(3, 11), g(12, 3.5f), g(21, 11)};
      dl->AddPolyline(roof, 3, color, ImDrawFlags_None, w);
      const ImVec2 body[] = {g(5.5f, 9.5f), g(5.5f, 20.5f), g(18.5f, 20.5f), g(18.5f, 9.5f)};
      dl->AddPolyline(body, 4, color, ImDrawFlags_None, w);
      dl->AddRect(g(10, 14), g(14, 20.5f), color, 0, 0, w);
      break;
    }
    case Icon::Stories:  // an open folder of case files: card with lines
      dl->AddRect(g(4, 3), g(20, 21), color, 2.5f * g.unit, 0, w);
      dl->AddLine(g(8, 8), g(16, 8), color, w);
      dl->AddLine(g(8, 12), g(16, 12), color, w);
      dl->AddLine(g(8, 16), g(13, 16), color, w);
      break;
    case Icon::Flow: {  // three nodes joined by arrows: data moving on
      dl->AddCircleFilled(g(5, 12), 2.6f * g.unit, color);
      dl->AddCircleFilled(g(19, 5), 2.6f * g.unit, color);
      dl->AddCircleFilled(g(19, 19), 2.6f * g.unit, color);
      dl->AddBezierCubic(g(7.5f, 11), g(11, 6), g(13, 5), g(16, 5), color, w);
      dl->AddBezierCubic(g(7.5f, 13), g(11, 18), g(13, 19), g(16, 19), color, w);
      break;
    }
    case Icon::Shield: {  // a shield with a tick: checking oneself, staying safe
      const ImVec2 pts[] = {g(12, 2.5f), g(20, 5.5f), g(20, 11), g(17.5f, 17), g(12, 21.5f),
                            g(6.5f, 17), g(4, 11), g(4, 5.5f)};
      dl->AddPolyline(pts, 8, color, ImDrawFlags_Closed, w);
      dl->AddLine(g(8.5f, 12), g(11, 14.5f), color, w);
      dl->AddLine(g(11, 14.5f), g(15.5f, 9.5f), color, w);
      break;
    }
    case Icon::Globe:
      dl->AddCircle(g(12, 12), 9 * g.unit, color, 0, w);
      dl->AddLine(g(3, 12), g(21, 12), color, w * 0.8f);
      dl->AddBezierQuadratic(g(12, 3), g(5.5f, 12), g(12, 21), color, w * 0.8f);
      dl->AddBezierQuadratic(g(12, 3), g(18.5f, 12), g(12, 21), color, w * 0.8f);
      break;
    case Icon::Back:
      dl->AddLine(g(15, 5), g(8, 12), color, w * 1.1f);
      dl->AddLine(g(8, 12), g(15, 19), color, w * 1.1f);
      break;
    case Icon::Chevron:
      dl->AddLine(g(9, 5), g(16, 12), color, w * 1.1f);
      dl->AddLine(g(16, 12), g(9, 19), color, w * 1.1f);
      break;
    case Icon::Lock:
      dl->AddRect(g(5, 10.5f), g(19, 21), color, 2 * g.unit, 0, w);
      dl->PathArcTo(g(12, 10.5f), 4.5f * g.unit, 3.14159f, 2 * 3.14159f);
      dl->PathStroke(color, 0, w);
      dl->AddCircleFilled(g(12, 15.5f), 1.4f * g.unit, color);
      break;
    case Icon::Phone:
      dl->AddRect(g(7, 2.5f), g(17, 21.5f), color, 2.5f * g.unit, 0, w);
      dl->AddLine(g(10.5f, 18.5f), g(13.5f, 18.5f), color, w);
      break;
    default:
      return false;
  }
  return true;
}

// Settings, the diagram's roles and its controls.
void draw_other_icon(ImDrawList* dl, Icon icon, const Grid& g, float w, ImU32 color) {
  switch (icon) {
    case Icon::TextSize: {  // a small and a large "A": text size
      const ImVec2 big[] = {g(9, 20), g(15, 4), g(21, 20)};
      dl->AddPolyline(big, 3, color, ImDrawFlags_None, w);
      dl->AddLine(g(11.3f, 14), g(18.7f, 14), color, w);
      const ImVec2 small[] = {g(2.5f, 20), g(6, 11), g(9.5f, 20)};
      dl->AddPolyline(small, 3, color, ImDrawFlags_None, w * 0.85f);
      break;
    }
    case Icon::Contrast:  // a circle half filled
      dl->AddCircle(g(12, 12), 9 * g.unit, color, 0, w);
      dl->PathArcTo(g(12, 12), 9 * g.unit, -3.14159f / 2, 3.14159f / 2);
      dl->PathFillConvex(color);
      break;
    case Icon::Speaker: {  // a loudspeaker with two sound waves
      const ImVec2 body[] = {g(3, 9), g(7, 9), g(12, 4.5f), g(12, 19.5f), g(7, 15), g(3, 15)};
      dl->AddPolyline(body, 6, color, ImDrawFlags_Closed, w);
      dl->PathArcTo(g(13, 12), 4 * g.unit, -0.9f, 0.9f);
      dl->PathStroke(color, 0, w);
      dl->PathArcTo(g(13, 12), 8 * g.unit, -0.9f, 0.9f);
      dl->PathStroke(color, 0, w);
      break;
    }
    case Icon::Person:  // head and shoulders
      dl->AddCircle(g(12, 8), 4 * g.unit, color, 0, w);
      dl->PathArcTo(g(12, 21), 7.5f * g.unit, 3.14159f, 2 * 3.14159f);
      dl->PathStroke(color, 0, w);
      break;
    case Icon::Chat: {  // a speech bubble with a tail
      dl->AddRect(g(3, 4), g(21, 16), color, 3 * g.unit, 0, w);
      const ImVec2 tail[] = {g(8, 16), g(7, 21), g(13, 16)};
      dl->AddPolyline(tail, 3, color, ImDrawFlags_None, w);
      break;
    }
    case Icon::Warning: {  // a triangle with an exclamation mark
      const ImVec2 tri[] = {g(12, 3), g(22, 20.5f), g(2, 20.5f)};
      dl->AddPolyline(tri, 3, color, ImDrawFlags_Closed, w);
      dl->AddLine(g(12, 9.5f), g(12, 14.5f), color, w);
      dl->AddCircleFilled(g(12, 17.5f), 1.2f * g.unit, color);
      break;
    }
    case Icon::Scissors:  // two rings and crossing blades: cut the chain
      dl->AddCircle(g(6.5f, 17.5f), 3 * g.unit, color, 0, w);
      dl->AddCircle(g(17.5f, 17.5f), 3 * g.unit, color, 0, w);
      dl->AddLine(g(8.5f, 15), g(18, 3.5f), color, w);
      dl->AddLine(g(15.5f, 15), g(6, 3.5f), color, w);
      break;
    case Icon::ZoomIn:
    case Icon::ZoomOut:  // a magnifier with + or -
      dl->AddCircle(g(10.5f, 10.5f), 6.5f * g.unit, color, 0, w);
      dl->AddLine(g(15.3f, 15.3f), g(20.5f, 20.5f), color, w * 1.2f);
      dl->AddLine(g(7.5f, 10.5f), g(13.5f, 10.5f), color, w);
      if (icon == Icon::ZoomIn) dl->AddLine(g(10.5f, 7.5f), g(10.5f, 13.5f), color, w);
      break;
    case Icon::Fit:  // four corners: back to the whole picture
      for (const float sx : {-1.0f, 1.0f})
        for (const float sy : {-1.0f, 1.0f}) {
          const ImVec2 c = g(12 + sx * 8, 12 + sy * 7);
          dl->AddLine(c, c - ImVec2(sx * 5 * g.unit, 0), color, w);
          dl->AddLine(c, c - ImVec2(0, sy * 5 * g.unit), color, w);
        }
      break;
    case Icon::Close:
      dl->AddLine(g(6, 6), g(18, 18), color, w);
      dl->AddLine(g(18, 6), g(6, 18), color, w);
      break;
    case Icon::Restart:  // an arc nearly closed, its arrowhead at the top: begin again
      dl->PathArcTo(g(12, 12), 8 * g.unit, -1.2f, 4.2f, 20);
      dl->PathStroke(color, 0, w);
      dl->AddTriangleFilled(g(16.5f, 2.5f), g(18.5f, 8.5f), g(12.5f, 7.5f), color);
      break;
    case Icon::Play:
      dl->AddTriangleFilled(g(8, 5), g(8, 19), g(19, 12), color);
      break;
    case Icon::Pause:
      dl->AddRectFilled(g(7, 5), g(10.5f, 19), color, g.unit);
      dl->AddRectFilled(g(13.5f, 5), g(17, 19), color, g.unit);
      break;
    case Icon::Clock:
      dl->AddCircle(g(12, 12), 9 * g.unit, color, 0, w);
      dl->AddLine(g(12, 12), g(12, 6.5f), color, w);
      dl->AddLine(g(12, 12), g(16, 14), color, w);
      break;
    default:  // drawn by draw_chrome_icon
      break;
  }
}

}  // namespace

void draw_icon(ImDrawList* dl, Icon icon, ImVec2 center, float size, ImU32 color) {
  const Grid g{{center.x - size / 2, center.y - size / 2}, size / 24.0f};
  const float w = std::fmax(1.5f, 2.0f * g.unit);  // stroke
  if (!draw_chrome_icon(dl, icon, g, w, color)) draw_other_icon(dl, icon, g, w, color);
}

}  // namespace dt::ui
