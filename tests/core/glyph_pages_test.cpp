#include <doctest/doctest.h>

#include "core/text/glyph_pages.h"

using dt::GlyphPages;
using State = GlyphPages::State;

TEST_CASE("glyph pages: the index names what exists; junk in it is ignored") {
  GlyphPages p;
  p.set_index("00 4e 9F\nzz 123 fe\n");
  CHECK(p.state(0x00) == State::Available);
  CHECK(p.state(0x4e) == State::Available);
  CHECK(p.state(0x9f) == State::Available);
  CHECK(p.state(0xfe) == State::Available);
  CHECK(p.state(0x12) == State::Absent);
  CHECK(p.state(0x4f) == State::Absent);
  CHECK(p.state(-1) == State::Absent);
  CHECK(p.state_of(0x1F600) == State::Absent);  // beyond the BMP: no page can hold it
}

TEST_CASE("glyph pages: each page is asked for once, waits, and ends loaded or failed") {
  GlyphPages p;
  p.set_index("4e 5f");
  CHECK(p.want(0x4E2D, 10.0));  // 中
  CHECK(p.want(0x4E00, 10.2));  // the same page: still on its way, not asked again
  CHECK(p.want(0x5F67, 10.5));  // 彧
  CHECK_FALSE(p.want(0x9F99, 10.5));  // no such page: can never come
  const auto wanted = p.take_wanted();
  REQUIRE(wanted.size() == 2);
  CHECK(wanted[0] == 0x4e);
  CHECK(wanted[1] == 0x5f);
  CHECK(p.take_wanted().empty());
  CHECK(p.awaiting());
  CHECK(p.patience_ends() == doctest::Approx(10.0 + GlyphPages::kPatience));
  p.arrived(0x4e);
  CHECK(p.patience_ends() == doctest::Approx(10.5 + GlyphPages::kPatience));
  p.failed(0x5f);
  CHECK_FALSE(p.awaiting());
  CHECK(p.state(0x4e) == State::Loaded);
  CHECK(p.state(0x5f) == State::Failed);
  CHECK_FALSE(p.want(0x5F00, 11.0));  // a failed page is not asked for again
  p.arrived(0x5f);                    // a late or stray answer changes nothing
  p.arrived(0x71);
  CHECK(p.state(0x5f) == State::Failed);
  CHECK(p.state(0x71) == State::Absent);
  CHECK_FALSE(p.awaiting());
}
