#include <doctest/doctest.h>

#include "core/theme.h"

TEST_CASE("contrast ratio matches the WCAG definition") {
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x000000), dt::Rgb::hex(0xFFFFFF)) == doctest::Approx(21.0));
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x777777), dt::Rgb::hex(0x777777)) == doctest::Approx(1.0));
  // #767676 on white is the well-known AA threshold (4.54:1).
  CHECK(dt::contrast_ratio(dt::Rgb::hex(0x767676), dt::Rgb::hex(0xFFFFFF)) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every text colour of the light theme meets WCAG AA (4.5:1)") {
  for (const auto& pair : dt::text_pairs(dt::light_theme())) {
    const double ratio = dt::contrast_ratio(pair.fg, pair.bg);
    INFO(pair.what << ": " << ratio);
    CHECK(ratio >= 4.5);
  }
}

TEST_CASE("the type scale keeps Chinese body text at 16 px or more and buttons touchable") {
  const auto& t = dt::light_theme();
  CHECK(t.type.body >= 16);
  CHECK(t.space.button_height >= 48);
}
