#include <doctest/doctest.h>

#include "core/cli_options.h"

TEST_CASE("the screenshot command line used by tests and docs parses") {
  auto r = dt::parse_cli({"--screenshot", "out.png", "--screen", "cases", "--lang", "en", "--size", "360x640"});
  REQUIRE(r.error.empty());
  CHECK(*r.options.screenshot == "out.png");
  CHECK(r.options.place.screen == dt::Screen::Cases);
  CHECK(dt::parse_cli({"--screen", "case/linan-telegram"}).options.place.item == "linan-telegram");
  CHECK(*r.options.locale == dt::Locale::En);
  CHECK(r.options.width == 360);
  CHECK(r.options.height == 640);
}

TEST_CASE("mistakes on the command line get a message naming the problem") {
  CHECK(dt::parse_cli({"--screen", "settings"}).error.find("unknown screen") != std::string::npos);
  CHECK(dt::parse_cli({"--lang", "fr"}).error.find("unsupported language") != std::string::npos);
  CHECK(dt::parse_cli({"--size", "10x10"}).error.find("--size") != std::string::npos);
  CHECK(dt::parse_cli({"--size", "1280x"}).error.find("--size") != std::string::npos);
  CHECK(dt::parse_cli({"--screenshot"}).error.find("needs a value") != std::string::npos);
  CHECK(dt::parse_cli({"--frobnicate"}).error.find("unknown option") != std::string::npos);
  CHECK(dt::parse_cli({"--text-scale", "3"}).error.find("--text-scale") != std::string::npos);
}

TEST_CASE("the web page's language hints are passed through for negotiation") {
  auto r = dt::parse_cli({"--query-lang", "xx", "--browser-langs", "en-US,zh-CN,,fr"});
  REQUIRE(r.error.empty());
  CHECK(r.options.query_lang == "xx");
  REQUIRE(r.options.browser_langs.size() == 3);
  CHECK(r.options.browser_langs[1] == "zh-CN");
}

TEST_CASE("another content folder, watched for edits") {
  const auto r = dt::parse_cli({"--content", "/srv/local-content", "--watch"});
  REQUIRE(r.error.empty());
  CHECK(r.options.content_dir == "/srv/local-content");
  CHECK(r.options.watch);
  CHECK_FALSE(dt::parse_cli({"--content"}).error.empty());  // a folder is needed
  CHECK(dt::parse_cli({}).options.content_dir.empty());   // the built-in content by default
}

TEST_CASE("a page's ?text= is taken when it is one of the sizes offered, and ignored otherwise") {
  CHECK(dt::parse_cli({"--query-text", "1.5"}).options.text_scale == 1.5f);
  for (const char* odd : {"3", "1.3", "", "abc", "2.0"}) {
    const auto r = dt::parse_cli({"--query-text", odd, "--high-contrast"});
    CHECK(r.error.empty());
    CHECK(r.options.text_scale == 1.0f);
    CHECK(r.options.high_contrast);  // what follows an odd value still counts
  }
}
