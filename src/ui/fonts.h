// The font atlas, rasterised for the current pixel scale (device pixel ratio x text size) so
// text is always crisp: a scale change rebuilds the atlas, never stretches a bitmap.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace dt::ui {

struct FontBytes {
  std::string regular, bold;  // OpenType (CFF) subsets made at build time
};

struct Fonts {
  ImFont* caption = nullptr;
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* subhead = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  // ImGui's FontSize is the line box; line heights are set in em like CSS, so keep the ratio.
  float line_box_per_em = 1.0f;
  float em(const ImFont* f) const;
};

// Rebuilds ImGui's atlas at `scale` for the characters in `texts`. The caller re-uploads the
// texture (that is the renderer's business). Returns false if the font data is unusable.
bool build_fonts(const FontBytes& bytes, const std::vector<std::string_view>& texts, float scale, Fonts& out);

}  // namespace dt::ui
