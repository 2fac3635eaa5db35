// A screen opened for the first time must not rebuild the font atlas: a rebuild re-rasterises
// every glyph (tens of ms natively, more in the browser) and the tap that opened the screen
// would stall. Where the texture holds every declared glyph (desktop, 4K, a phone at 2x),
// the first frame's atlas serves every screen in both languages.
#include <doctest/doctest.h>
#include <imgui.h>

#include "null_ui.h"

namespace {
using null_ui::NullUi;

int rebuilds_on_a_tour(NullUi& ui) {
  int rebuilds = 0;
  for (auto locale : {dt::Locale::ZhHans, dt::Locale::En}) {
    ui.app.state().set_locale(locale);
    for (const char* place : {"", "cases", "case/qingdao-phone-shops", "reminder/report-110", "flow/qingdao-phone-shops",
                              "flow", "check/quiz", "check-item", "quiz", "result"}) {
      if (std::string(place) == "result") null_ui::finish_quiz(ui.app);
      else if (std::string(place) == "check-item") ui.app.state().spot_start();  // a quick question's page
      else if (*place) REQUIRE(ui.app.open(place));
      else ui.app.state().go_home();
      for (int i = 0; i < 6; ++i) {
        ui.frame();
        rebuilds += ui.last.font_texture_changed;
      }
    }
  }
  return rebuilds;
}
}  // namespace

TEST_CASE("every screen in both languages draws from the first frame's atlas: no rebuild on a first visit") {
  struct Screen {
    float w, h, dpr;
  };
  for (Screen s : {Screen{1280, 800, 1}, Screen{3840, 2160, 1}, Screen{390, 844, 2}}) {
    CAPTURE(s.w);
    CAPTURE(s.dpr);
    NullUi ui;
    ui.screen(s.w, s.h, s.dpr);
    ui.frame();
    REQUIRE(ui.last.font_texture_changed);  // the first frame builds it
    CHECK(rebuilds_on_a_tour(ui) == 0);
  }
}
