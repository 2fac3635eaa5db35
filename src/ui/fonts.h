// The font atlas, rasterised for the current pixel scale (device pixel ratio x text size) so
// text is always crisp: a scale change rebuilds the atlas, never stretches a bitmap.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

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

  // Characters a display font (subhead, heading, title) was asked to draw but lacks. The
  // text is drawn with the bold body font scaled for that frame, and the next frame
  // rebuilds the atlas with them: never a missing-glyph box, and no large-size glyphs
  // rasterised for characters that only ever appear in body text.
  mutable std::vector<ImWchar> missing;

  bool is_display(const ImFont* f) const { return f == subhead || f == heading || f == title; }
};

// A font at a size: usually the font's own size, a scaled stand-in while glyphs are missing.
struct FontUse {
  ImFont* font;
  float size;
  float em(const Fonts& fonts) const { return size / fonts.line_box_per_em; }
};
FontUse use_font(const Fonts& fonts, ImFont* f, std::string_view text);

// Rebuilds ImGui's atlas at `scale`: body sizes get every character in `body_texts`, display
// sizes only those in `display_texts` (large glyphs are most of the rasterising time). The
// caller re-uploads the texture. Returns false if the font data is unusable.
bool build_fonts(const FontBytes& bytes, const std::vector<std::string_view>& body_texts,
                 const std::vector<std::string_view>& display_texts, float scale, Fonts& out);

}  // namespace dt::ui
