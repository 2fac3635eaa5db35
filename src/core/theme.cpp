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
          Rgb::hex(0xEEF3FB),  // pressed surface
          Rgb::hex(0xE8EFFA),  // accent tint
          Rgb::hex(0xE9F3EC), Rgb::hex(0x184D2C),  // success tint, text on it
          Rgb::hex(0xEEF1F5),  // muted surface
          Rgb::hex(0xFDF3E1),  // warning tint
      },
      TypeScale{}, Spacing{}};
  return t;
}

const Theme& high_contrast_theme() {
  static const Theme t{
      "high-contrast",
      Palette{
          Rgb::hex(0xFFFFFF),  // background
          Rgb::hex(0xFFFFFF),  // surface (cards keep their black border)
          Rgb::hex(0x000000),  // text
          Rgb::hex(0x1F1F1F),  // secondary text: barely lighter, never grey
          Rgb::hex(0x00307A),  // accent
          Rgb::hex(0x001F52),  // accent pressed
          Rgb::hex(0xFFFFFF),  // text on accent
          Rgb::hex(0x000000),  // borders
          Rgb::hex(0xB34700),  // focus ring: orange against black text and blue links
          Rgb::hex(0xE0E8F5),  // pressed surface
          Rgb::hex(0xE6EEFF),  // accent tint
          Rgb::hex(0xE3F4E7), Rgb::hex(0x00391A),  // success tint, text on it
          Rgb::hex(0xF0F0F0),  // muted surface
          Rgb::hex(0xFFF0D1),  // warning tint
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
      {"text on a held card", p.text, p.pressed_surface},
      {"key figure on accent tint", p.accent_pressed, p.tint_accent},
      {"text on accent tint", p.text, p.tint_accent},
      {"advice on success tint", p.on_tint_success, p.tint_success},
      {"text on muted surface", p.text, p.muted_surface},
      {"secondary text on muted surface", p.text_secondary, p.muted_surface},
      {"text on warning tint", p.text, p.tint_warning},
      {"secondary text on warning tint", p.text_secondary, p.tint_warning},
  };
}

TypeScale TypeScale::at(float text_scale) const {
  const float extra = text_scale - 1;
  TypeScale t;
  t.caption = caption * text_scale;
  t.body = body * text_scale;
  t.subhead = subhead * (1 + extra * 0.75f);
  t.heading = heading * (1 + extra * 0.6f);
  t.title = title * (1 + extra * 0.5f);
  return t;
}

float chrome_scale(float text_scale) { return 1 + (text_scale - 1) * 0.5f; }

int nearest_text_size(float scale) {
  int best = 0;
  for (int i = 1; i < static_cast<int>(std::size(kTextSizes)); ++i)
    if (std::fabs(kTextSizes[i] - scale) < std::fabs(kTextSizes[best] - scale)) best = i;
  return best;
}

std::optional<float> parse_text_size(std::string_view name) {
  for (size_t i = 0; i < std::size(kTextSizeNames); ++i)
    if (kTextSizeNames[i] == name) return kTextSizes[i];
  return std::nullopt;
}

}  // namespace dt
