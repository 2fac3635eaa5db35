#include <doctest/doctest.h>

#include "core/theme.h"

TEST_CASE("contrast ratio matches the WCAG definition") {
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x000000), dt::Rgb::hex(0xFFFFFF)) == doctest::Approx(21.0));
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x777777), dt::Rgb::hex(0x777777)) == doctest::Approx(1.0));
  // #767676 on white is the well-known AA threshold (4.54:1).
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x767676), dt::Rgb::hex(0xFFFFFF)) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every text colour of every theme meets WCAG AA (4.5:1)") {
  for (const dt::Theme* t : {&dt::light_theme(), &dt::high_contrast_theme()})
    for (const auto& pair : dt::text_pairs(*t)) {
      const double ratio = dt::contrast_ratio(pair.fg, pair.bg);
      INFO(t->name << ": " << pair.what << ": " << ratio);
      CHECK(ratio >= 4.5);
    }
}

TEST_CASE("the high-contrast theme is stronger than the light one where it matters") {
  const auto& hc = dt::high_contrast_theme().palette;
  const auto& lt = dt::light_theme().palette;
  CHECK(dt::contrast_ratio(hc.text, hc.background) >= 7.0);  // WCAG AAA for body text
  CHECK(dt::contrast_ratio(hc.text_secondary, hc.surface) >= 7.0);
  CHECK(dt::contrast_ratio(hc.text_secondary, hc.surface) > dt::contrast_ratio(lt.text_secondary, lt.surface));
  CHECK(dt::contrast_ratio(hc.border, hc.surface) >= 3.0);  // card edges visible (non-text 3:1)
  CHECK(dt::contrast_ratio(hc.focus, hc.background) >= 3.0);
}

TEST_CASE("the type scale keeps Chinese body text at 16 px or more and buttons touchable") {
  const auto& t = dt::light_theme();
  CHECK(t.type.body >= 16);
  CHECK(t.space.button_height >= 48);
}

TEST_CASE("at a larger text size reading text grows in full, titles less, and the hierarchy holds") {
  const dt::TypeScale base;
  for (float t : {1.0f, 1.25f, 1.5f, 2.0f}) {
    const dt::TypeScale s = base.at(t);
    CHECK(s.body == doctest::Approx(base.body * t));
    CHECK(s.caption == doctest::Approx(base.caption * t));
    CHECK(s.caption < s.body);
    CHECK(s.body < s.subhead);
    CHECK(s.subhead < s.heading);
    CHECK(s.heading < s.title);
    CHECK(s.title <= base.title * t);
    CHECK(dt::chrome_scale(t) <= t);
  }
  CHECK(base.at(2).title < base.title * 2);  // a title no longer doubles at 200 %
  CHECK(dt::chrome_scale(1) == 1);
}
