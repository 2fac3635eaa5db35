// Characters the shipped font lacks (an organiser's own case: 邳州、鑫璐、燊、彧) are drawn
// from glyph pages fetched while the app runs: asked for when the content loads (never in
// answer to what a visitor opens or chooses), never for the shipped content; a screen that
// shows one is held (not shown with boxes) until they come or patience runs out; a page that
// cannot come settles for the fallback glyph.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdio>
#include <set>

#include "null_ui.h"
#include "platform/assets.h"

namespace doctest {
template <>
struct StringMaker<std::set<int>> {
  static String convert(const std::set<int>& s) {
    std::string out = "{";
    char buf[8];
    for (int p : s) {
      std::snprintf(buf, sizeof buf, " %02x", p);
      out += buf;
    }
    return (out + " }").c_str();
  }
};
}  // namespace doctest

namespace {
using null_ui::NullUi;
using null_ui::Overlay;
using null_ui::read;

Overlay with_new_characters() {
  const std::string index = read(std::string(DT_SOURCE_DIR) + "/content/cases/index.json");
  const auto close = index.rfind(']');
  REQUIRE(close != std::string::npos);
  return {{"cases/local-pizhou.json", read(std::string(DT_SOURCE_DIR) + "/tests/fixtures/new_characters/cases/local-pizhou.json")},
          {"cases/index.json", index.substr(0, close) + ", \"local-pizhou\"" + index.substr(close)}};
}

// Frames, noting every page the app asks the platform for.
void frames(NullUi& ui, std::set<int>& asked, int n) {
  for (int i = 0; i < n; ++i) {
    ui.frame();
    asked.insert(ui.last.glyph_pages.begin(), ui.last.glyph_pages.end());
  }
}

void deliver(NullUi& ui, int page) {
  std::string r, b;
  REQUIRE(dt::read_glyph_page(DT_FONT_DIR, page, r, b));
  ui.app.add_glyph_page(page, std::move(r), std::move(b));
}

bool has_glyph(const NullUi& ui, ImWchar c) { return ui.app.fonts().body->FindGlyphNoFallback(c) != nullptr; }

const std::set<int> kNewPages = {0x5f, 0x71, 0x74, 0x90, 0x94};  // 彧 燊 璐 邳 鑫
}  // namespace

TEST_CASE("the shipped content never asks for a glyph page, on any screen, in either language") {
  NullUi ui;
  REQUIRE(!read(std::string(DT_FONT_DIR) + "/pages/index.txt").empty());
  std::set<int> asked;
  for (auto locale : {dt::Locale::ZhHans, dt::Locale::En}) {
    ui.app.state().set_locale(locale);
    for (const char* place : {"", "cases", "case/qingdao-phone-shops", "flow/qingdao-phone-shops", "flow", "quiz"}) {
      if (*place) REQUIRE(ui.app.open(place));
      else ui.app.state().go_home();
      frames(ui, asked, 6);
      CHECK(ui.last.presentable);
    }
  }
  CHECK(asked.empty());
}

TEST_CASE("an organiser's case with new characters: only their pages are fetched, and the screen waits for them") {
  NullUi ui(with_new_characters());
  std::set<int> asked;
  frames(ui, asked, 6);
  // Fetched when the content loads, whatever the visitor will open (never in answer to what
  // they chose: issue 30, M2); home, which shows none of them, waits for none.
  CHECK(asked == kNewPages);
  CHECK(ui.last.presentable);
  CHECK_FALSE(has_glyph(ui, 0x5F67));

  REQUIRE(ui.app.open("case/local-pizhou"));
  frames(ui, asked, 4);
  CHECK(asked == kNewPages);
  CHECK(ui.last.awaiting_glyphs);
  CHECK_FALSE(ui.last.presentable);  // the old screen stays up rather than one with boxes
  CHECK_FALSE(ui.last.wants_frame);  // and no frames are spun while the pages travel

  for (int page : kNewPages) deliver(ui, page);
  frames(ui, asked, 4);
  CHECK(ui.last.presentable);
  CHECK_FALSE(ui.last.awaiting_glyphs);
  CHECK(asked == kNewPages);  // each page asked for once
  for (ImWchar c : {0x90B3, 0x946B, 0x7490, 0x71CA, 0x5F67}) CHECK(has_glyph(ui, c));
  // The case title is drawn at a display size: that size has them too, not a stand-in.
  CHECK(ui.app.fonts().title->FindGlyphNoFallback(0x5F67));

  // At another text size the atlas is rebuilt from the pages already here: nothing refetched.
  ui.app.set_text_scale(2.0f);
  frames(ui, asked, 6);
  CHECK(ui.last.presentable);
  CHECK(asked == kNewPages);
  CHECK(has_glyph(ui, 0x5F67));
}

TEST_CASE("pages that never come: the screen is shown after a moment's patience; a failed page is not asked again") {
  NullUi ui(with_new_characters());
  std::set<int> asked;
  REQUIRE(ui.app.open("case/local-pizhou"));
  frames(ui, asked, 4);
  REQUIRE(ui.last.awaiting_glyphs);
  CHECK(ui.last.next_deadline > ui.clock);  // the platform wakes when patience ends
  ui.clock = ui.last.next_deadline;
  frames(ui, asked, 1);
  CHECK(ui.last.presentable);  // shown with fallback glyphs, never frozen

  for (int page : kNewPages) ui.app.glyph_page_failed(page);
  frames(ui, asked, 6);
  CHECK(ui.last.presentable);
  CHECK_FALSE(ui.last.awaiting_glyphs);
  CHECK_FALSE(ui.last.wants_frame);  // no rebuild loop over characters that cannot come
  CHECK(asked == kNewPages);
  REQUIRE(ui.app.open("flow/local-pizhou"));
  frames(ui, asked, 6);
  CHECK(asked == kNewPages);
}

TEST_CASE("the start screen draws from the first screen's part alone; the rest is fetched at once, other screens wait") {
  for (auto locale : {dt::Locale::ZhHans, dt::Locale::En}) {
    CAPTURE(static_cast<int>(locale));
    NullUi ui({}, true, /*rest_later=*/true);
    ui.app.state().set_locale(locale);
    std::set<int> asked;
    frames(ui, asked, 1);
    CHECK(ui.last.presentable);  // the first frame waited for nothing
    CHECK(asked == std::set<int>{dt::GlyphPages::kRest});  // and asked for the rest straight away
    frames(ui, asked, 5);
    CHECK(ui.last.presentable);  // home needs nothing of the rest

    REQUIRE(ui.app.open("cases"));
    frames(ui, asked, 3);
    CHECK_FALSE(ui.last.presentable);  // the case list waits for its glyphs, never shows "?"
    CHECK_FALSE(has_glyph(ui, 0x8585));  // 薅, in a case title
    deliver(ui, dt::GlyphPages::kRest);
    frames(ui, asked, 4);
    CHECK(ui.last.presentable);
    CHECK(has_glyph(ui, 0x8585));
    CHECK(asked == std::set<int>{dt::GlyphPages::kRest});  // no glyph page: the rest had them all
  }
}

TEST_CASE("the pages fetched never depend on a visitor's answers (issue 30, M2)") {
  // One rare character (龘, page 9f) in the advice only a visitor who uses one password
  // everywhere ever sees on their plan. Two visitors answer the opposite way; the server is
  // asked for the same pages by both, before either has answered anything.
  std::string rules = read(std::string(DT_SOURCE_DIR) + "/content/quiz/rules.json");
  const std::string advice = "把邮箱、支付和银行卡的密码改成各不相同";
  const auto at = rules.find(advice);
  REQUIRE(at != std::string::npos);
  rules.insert(at, "龘");
  std::set<int> asked[2];
  for (int visitor = 0; visitor < 2; ++visitor) {
    NullUi ui({{"quiz/rules.json", rules}});
    frames(ui, asked[visitor], 4);
    CHECK(asked[visitor].count(0x9f));  // at load, on the start screen
    REQUIRE(ui.app.open("quiz"));
    auto& s = ui.app.state();
    s.quiz_fit(ui.app.content().questions);
    for (size_t q = 0; q < ui.app.content().questions.size(); ++q) {
      const auto& question = ui.app.content().questions[q];
      int pick = 0;
      for (size_t o = 0; o < question.options.size(); ++o)
        if ((question.id == "passwords") && question.options[o].id == (visitor == 0 ? "same" : "different")) pick = static_cast<int>(o);
      s.quiz_choose(ui.app.content().questions, pick);
      s.quiz_check();
      frames(ui, asked[visitor], 2);
      s.quiz_next(ui.app.content());
    }
    REQUIRE(s.quiz().done);
    if (s.screen() != dt::Screen::Quiz) REQUIRE(ui.app.open("quiz"));
    frames(ui, asked[visitor], 6);
  }
  CHECK(asked[0] == asked[1]);
}
