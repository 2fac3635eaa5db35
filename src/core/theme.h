// The look in one place: palette, type scale and spacing, as plain data. The UI applies it to
// Dear ImGui; the contrast test holds its pairs to WCAG AA (AAA for body text).
#pragma once
#include <optional>
#include <string_view>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dt {

struct Rgb {
  uint8_t r, g, b;
  static constexpr Rgb hex(uint32_t v) {
    return {static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v)};
  }
};

struct Palette {
  Rgb background, surface, text, text_secondary, accent, accent_pressed, on_accent, border, focus;
  Rgb pressed_surface;                   // a card while held
  Rgb tint_accent;                       // key figures, icon badges (text: accent_pressed / text)
  Rgb tint_success, on_tint_success;     // advice and the privacy promise: calm, not alarm
  Rgb muted_surface;                     // citations
  Rgb tint_warning;                      // the content-problems notice (text: text)
};

// Type scale in logical pixels at 1x text size.
struct TypeScale {
  float caption = 14, body = 16, subhead = 20, heading = 24, title = 32;
  // The sizes at a visitor's text size (1 to 2): reading text grows in full, display sizes
  // less (as phones' own large-text settings do), so at 200 % a title does not crowd out
  // the text it heads; the order of sizes never changes.
  TypeScale at(float text_scale) const;
};

// The text sizes a visitor can pick (the A button, ?text=, --text-scale, kiosk.json), as
// written in links and options, and their scale.
inline constexpr std::string_view kTextSizeNames[] = {"1", "1.25", "1.5", "2"};
inline constexpr float kTextSizes[] = {1.0f, 1.25f, 1.5f, 2.0f};
// "1.25" -> 1.25; anything else (an odd link, a typo) -> nothing.
std::optional<float> parse_text_size(std::string_view name);
// The offered size nearest to `scale` (1.3 -> 1.25), as its index in kTextSizes.
int nearest_text_size(float scale);

// How much spacing, touch targets and bars grow with the text size: half as fast. Zooming
// everything with the text would leave a 360 px phone at 200 % with 180 px of room, and
// padding would take what the words need (boxes that hold text still grow to fit it).
float chrome_scale(float text_scale);

struct Spacing {
  float unit = 8;            // everything sits on this grid
  float radius = 12;         // cards and buttons
  float button_height = 56;  // above the 48 px minimum for touch, with room for 2x text
  float button_pad_x = 16;
  float content_max_width = 760;  // comfortable reading measure
  float line_height = 1.5f;       // Chinese paragraphs
};

struct Theme {
  std::string_view name;
  Palette palette;
  TypeScale type;
  Spacing space;
};

const Theme& light_theme();
// Black on white, darker accent, visible borders: for low vision and bright kiosk halls.
const Theme& high_contrast_theme();

// WCAG 2.x relative luminance and contrast ratio (1..21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

struct ColorPair {
  std::string_view what;
  Rgb fg, bg;
};
// Every foreground/background pair the theme draws text with; the contrast test walks these.
std::vector<ColorPair> text_pairs(const Theme& t);

}  // namespace dt
