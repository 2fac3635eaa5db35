#include <doctest/doctest.h>

#include "core/app_state.h"

using dt::Screen;

TEST_CASE("navigation goes forward and back like a reader expects") {
  dt::AppState s;
  CHECK(s.screen() == Screen::Home);
  CHECK_FALSE(s.can_go_back());
  CHECK_FALSE(s.back());
  s.navigate(Screen::Cases);
  s.navigate(Screen::Flow);
  CHECK(s.screen() == Screen::Flow);
  CHECK(s.back());
  CHECK(s.screen() == Screen::Cases);
  CHECK(s.back());
  CHECK(s.screen() == Screen::Home);
  CHECK_FALSE(s.can_go_back());
}

TEST_CASE("tapping the current screen twice does not need two backs") {
  dt::AppState s;
  s.navigate(Screen::Quiz);
  s.navigate(Screen::Quiz);
  CHECK(s.back());
  CHECK(s.screen() == Screen::Home);
}

TEST_CASE("switching language keeps the reader's place and way back") {
  dt::AppState s(dt::Locale::ZhHans);
  s.navigate(Screen::Cases);
  const unsigned rev = s.revision();
  s.set_locale(dt::Locale::En);
  CHECK(s.locale() == dt::Locale::En);
  CHECK(s.screen() == Screen::Cases);
  CHECK(s.revision() != rev);  // the screen must be redrawn
  CHECK(s.back());
  CHECK(s.screen() == Screen::Home);
}

TEST_CASE("home clears the way back") {
  dt::AppState s;
  s.navigate(Screen::Cases);
  s.navigate(Screen::Quiz);
  s.go_home();
  CHECK(s.screen() == Screen::Home);
  CHECK_FALSE(s.can_go_back());
}

TEST_CASE("screen names round-trip and unknown names are refused") {
  for (Screen sc : {Screen::Home, Screen::Cases, Screen::Case, Screen::Reminder, Screen::Flow, Screen::Quiz, Screen::Problems})
    CHECK(dt::parse_screen(dt::screen_name(sc)) == sc);
  CHECK_FALSE(dt::parse_screen("settings").has_value());
}

TEST_CASE("tab hopping never grows the way back beyond the screens there are") {
  dt::AppState s;
  for (int i = 0; i < 1000; ++i) {
    s.navigate(Screen::Cases);
    s.navigate(Screen::Flow);
    s.navigate(Screen::Quiz);
  }
  // Home -> Cases -> Flow -> Quiz: three steps back, ending at Home.
  int backs = 0;
  while (s.back()) ++backs;
  CHECK(backs == 3);
  CHECK(s.screen() == Screen::Home);
}

TEST_CASE("going to a screen on the way back returns to it") {
  dt::AppState s;
  s.navigate(Screen::Cases);
  s.navigate(Screen::Flow);
  s.navigate(Screen::Cases);
  CHECK(s.screen() == Screen::Cases);
  CHECK(s.back());
  CHECK(s.screen() == Screen::Home);
  CHECK_FALSE(s.can_go_back());
}

TEST_CASE("text size steps through four sizes and wraps; contrast toggles; both redraw") {
  dt::AppState s;
  CHECK(s.text_scale() == 1.0f);
  unsigned rev = s.revision();
  s.next_text_scale();
  CHECK(s.text_scale() == 1.25f);
  CHECK(s.revision() != rev);
  s.next_text_scale();
  s.next_text_scale();
  CHECK(s.text_scale() == 2.0f);
  s.next_text_scale();
  CHECK(s.text_scale() == 1.0f);
  s.set_text_scale(1.6f);  // from a URL: nearest step
  CHECK(s.text_scale() == 1.5f);
  rev = s.revision();
  s.set_high_contrast(true);
  CHECK(s.high_contrast());
  CHECK(s.revision() != rev);
}

TEST_CASE("a case page is a place of its own: two cases are two steps back") {
  dt::AppState s;
  s.navigate(Screen::Cases);
  s.navigate(Screen::Case, "qingdao-phone-shops");
  CHECK(s.item() == "qingdao-phone-shops");
  s.navigate(Screen::Reminder, "wipe-old-phone");
  s.navigate(Screen::Case, "coupon-cashout");
  CHECK(s.back());
  CHECK(s.screen() == Screen::Reminder);
  CHECK(s.back());
  CHECK(s.item() == "qingdao-phone-shops");
  CHECK(s.back());
  CHECK(s.screen() == Screen::Cases);
  CHECK(s.item().empty());
}

TEST_CASE("place names round-trip; a case page needs a case") {
  for (const char* name : {"home", "cases", "case/qingdao-phone-shops", "reminder/report-110", "flow/linan-telegram"}) {
    auto p = dt::parse_place(name);
    REQUIRE(p.has_value());
    CHECK(dt::place_name(*p) == name);
  }
  CHECK_FALSE(dt::parse_place("case").has_value());
  CHECK_FALSE(dt::parse_place("settings/x").has_value());
}

TEST_CASE("starting the quiz again forgets the answers and what the diagram showed from them") {
  dt::AppState s;
  s.show_on_diagram("overview", {"counter", "old-phone"});
  CHECK(s.screen() == Screen::Flow);
  CHECK(s.open_flow_view("overview").highlight.size() == 2);
  s.quiz().done = true;
  s.start_quiz_again();
  CHECK_FALSE(s.quiz().done);
  CHECK(s.open_flow_view("overview").highlight.empty());
}
