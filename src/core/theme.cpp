#include "core/theme.h"

#include <cmath>

namespace dt {

const Theme& light_theme() {
  static const Theme t{
      "light",
      Palette{
          Rgb::hex(0xF5F7FA),  // background
          Rgb::hex(0xFFFFFF),  // surface (cards)
          Rgb::hex(0x1B2430),  // text
          Rgb::hex(0x4A5565),  // secondary text
          Rgb::hex(0x1F5FBF),  // accent
          Rgb::hex(0x174A94),  // accent pressed
          Rgb::hex(0xFFFFFF),  // text on accent
          Rgb::hex(0xD5DCE6),  // hairlines
          Rgb::hex(0x1F5FBF),  // focus ring
      },
      TypeScale{}, Spacing{}};
  return t;
}

double relative_luminance(Rgb c) {
  auto lin = [](uint8_t v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::vector<ColorPair> text_pairs(const Theme& t) {
  const auto& p = t.palette;
  return {
      {"text on background", p.text, p.background},
      {"text on surface", p.text, p.surface},
      {"secondary text on background", p.text_secondary, p.background},
      {"secondary text on surface", p.text_secondary, p.surface},
      {"link/accent text on surface", p.accent, p.surface},
      {"link/accent text on background", p.accent, p.background},
      {"button label on accent", p.on_accent, p.accent},
      {"button label on pressed accent", p.on_accent, p.accent_pressed},
  };
}

}  // namespace dt
