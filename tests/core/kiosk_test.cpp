// Kiosk in core: the organiser's kiosk.json (every bad or missing value falls back and is
// listed), the idle clock, and wiping a visitor's every trace.
#include <doctest/doctest.h>

#include <string>

#include "core/app_state.h"
#include "core/kiosk/config.h"
#include "core/kiosk/idle.h"
#include "core/kiosk/code_gate.h"
#include "core/kiosk/sha256.h"

namespace {
const std::vector<std::string> kCases{"qingdao-phone-shops", "huizhou-waybills"};

bool notes_mention(const dt::KioskConfigResult& r, const std::string& text) {
  for (const auto& n : r.notes)
    if (n.find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("a complete kiosk.json is read as written, with nothing to note") {
  const auto r = dt::read_kiosk_config(R"({
    "idle_seconds": 60, "countdown_seconds": 10, "language": "en",
    "modules": {"cases": true, "flow": false, "quiz": true},
    "organiser": {"zh-Hans": "河畔社区反诈宣传周", "en": "Riverside anti-fraud week"},
    "report_line": {"zh-Hans": "遇到可疑情况请拨打110", "en": "If in doubt, call 110"},
    "operator_code_sha256": "5d0d4fbd42fb9d7c0cd9bc0ad8a4bd1eba8c6d1da8a1e2a5e0a6c0e1a0b5a2a7", "attract": "huizhou-waybills",
    "text_size": 150})",
                                        kCases);
  CHECK(r.notes.empty());
  CHECK(r.config.idle_seconds == 60);
  CHECK(r.config.countdown_seconds == 10);
  CHECK(r.config.language == dt::Locale::En);
  CHECK_FALSE(r.config.show_flow);
  CHECK(r.config.show_quiz);
  CHECK(r.config.organiser.en == "Riverside anti-fraud week");
  CHECK(r.config.report_line.zh == "遇到可疑情况请拨打110");
  CHECK(r.config.operator_code_sha256 == "5d0d4fbd42fb9d7c0cd9bc0ad8a4bd1eba8c6d1da8a1e2a5e0a6c0e1a0b5a2a7");
  CHECK(r.config.attract == "huizhou-waybills");
  CHECK(r.config.text_scale == doctest::Approx(1.5));
}

TEST_CASE("bad values fall back to the defaults, each one named in the notes") {
  const auto r = dt::read_kiosk_config(R"json({
    "idle_seconds": 2, "countdown_seconds": "ten", "language": "fr",
    "modules": {"cases": false, "flow": false, "quiz": false},
    "operator_code": "12ab", "attract": "no-such-case", "text_size": 400, "idle_secs": 5})json",
                                        kCases);
  const dt::KioskConfig defaults;
  CHECK(r.config.idle_seconds == defaults.idle_seconds);
  CHECK(r.config.countdown_seconds == defaults.countdown_seconds);
  CHECK(r.config.language == dt::Locale::ZhHans);
  CHECK((r.config.show_cases && r.config.show_flow && r.config.show_quiz));  // never an empty kiosk
  CHECK(r.config.operator_code_sha256.empty());  // a bad code turns the panel off; there is no known fallback code
  CHECK_FALSE(r.config.printing);
  CHECK(r.config.attract == "overview");
  for (const char* key : {"/idle_seconds", "/countdown_seconds", "/language", "/modules", "/operator_code", "/attract",
                          "/text_size", "idle_secs"})
    CHECK_MESSAGE(notes_mention(r, key), key);
}

TEST_CASE("a missing, empty or broken kiosk.json gives a working kiosk with the defaults") {
  for (const char* text : {"", "{", "[1,2]", "null", "{\"idle_seconds\": 30,}"}) {
    INFO(text);
    const auto r = dt::read_kiosk_config(text, kCases);
    CHECK(r.config.idle_seconds == 90);
    CHECK_FALSE(r.notes.empty());
  }
  const auto empty = dt::read_kiosk_config("{}", kCases);
  CHECK(notes_mention(empty, "idle_seconds not set"));
  CHECK(empty.config.operator_code_sha256.empty());
  CHECK(notes_mention(empty, "operator panel is off"));
}

TEST_CASE("idle: a warning after the idle time, a wipe after the countdown, input in time keeps the visit") {
  dt::IdleTimer t(90, 15);
  CHECK(t.phase() == dt::IdleTimer::Phase::Attract);
  CHECK(t.next_deadline(0) < 0);  // nothing due until someone touches the screen
  CHECK(t.input(100));            // a touch ends the attract loop
  CHECK_FALSE(t.input(101));
  CHECK_FALSE(t.update(150));
  CHECK(t.phase() == dt::IdleTimer::Phase::Active);
  CHECK(t.next_deadline(150) == doctest::Approx(191));
  CHECK_FALSE(t.update(191));
  CHECK(t.phase() == dt::IdleTimer::Phase::Warning);
  CHECK(t.seconds_left(191) == 15);
  CHECK(t.seconds_left(191.5) == 15);
  CHECK(t.seconds_left(192.2) == 14);
  CHECK(t.next_deadline(192.2) == doctest::Approx(193));  // the number on screen ticks each second
  // "Continue": the visit goes on.
  CHECK_FALSE(t.input(200));
  CHECK(t.phase() == dt::IdleTimer::Phase::Active);
  CHECK_FALSE(t.update(289));
  CHECK(t.phase() == dt::IdleTimer::Phase::Active);
  CHECK_FALSE(t.update(290));
  CHECK(t.phase() == dt::IdleTimer::Phase::Warning);
  CHECK(t.update(305));  // nobody answered: wipe, once
  CHECK(t.phase() == dt::IdleTimer::Phase::Attract);
  CHECK_FALSE(t.update(400));
  // A sleeping platform that wakes late still wipes (never shows a stale visit).
  t.input(1000);
  CHECK(t.update(5000));
}

TEST_CASE("wiping a visitor forgets every trace of the visit") {
  dt::AppState s(dt::Locale::ZhHans);
  s.navigate(dt::Screen::Cases);
  s.navigate(dt::Screen::Case, "huizhou-waybills");
  s.quiz().index = 5;
  s.quiz().done = true;
  s.open_flow_view("overview").zoom = 2.5f;
  s.open_flow_view("overview").cut.push_back("wipe-old-phone");
  s.open_flow_view("overview").highlight.push_back("shop-to-insider");
  s.set_locale(dt::Locale::En);
  s.set_high_contrast(true);
  s.set_text_scale(2.0f);
  const unsigned before = s.revision();
  s.wipe_visitor(dt::Locale::ZhHans, 1.25f);
  CHECK(s.revision() != before);
  CHECK(s.screen() == dt::Screen::Home);
  CHECK_FALSE(s.can_go_back());
  CHECK(s.quiz().index == 0);
  CHECK_FALSE(s.quiz().done);
  CHECK(s.quiz().answers.questions() == 0);
  CHECK(s.open_flow_view("overview").zoom == 1.0f);
  CHECK(s.open_flow_view("overview").cut.empty());
  CHECK(s.open_flow_view("overview").highlight.empty());
  CHECK(s.locale() == dt::Locale::ZhHans);
  CHECK_FALSE(s.high_contrast());
  CHECK(s.text_scale() == doctest::Approx(1.25));
}

TEST_CASE("a module the organiser turned off cannot be opened") {
  dt::AppState s;
  s.set_modules(true, false, true);
  s.navigate(dt::Screen::Flow);
  CHECK(s.screen() == dt::Screen::Home);
  s.navigate(dt::Screen::Quiz);
  CHECK(s.screen() == dt::Screen::Quiz);
}

TEST_CASE("the words of the day: a short list of short words; a bad one is left out and named") {
  const auto ok = dt::read_kiosk_config(R"({"operator_code": "1379", "words_of_the_day": ["平安", "守护", "Safe"]})", kCases);
  CHECK_FALSE(notes_mention(ok, "words_of_the_day"));
  CHECK(ok.config.words_of_the_day == std::vector<std::string>{"平安", "守护", "Safe"});
  const auto bad = dt::read_kiosk_config(
      R"({"operator_code": "1379", "words_of_the_day": ["平安", "", 7, "一二三四五六七八九十一二三"]})", kCases);
  CHECK(bad.config.words_of_the_day == std::vector<std::string>{"平安"});
  for (const char* at : {"/words_of_the_day/1", "/words_of_the_day/2", "/words_of_the_day/3"}) CHECK_MESSAGE(notes_mention(bad, at), at);
  const auto not_list = dt::read_kiosk_config(R"({"operator_code": "1379", "words_of_the_day": "平安"})", kCases);
  CHECK(not_list.config.words_of_the_day.empty());
  CHECK(notes_mention(not_list, "/words_of_the_day"));
}

TEST_CASE("SHA-256 gives the standard digests; the operator code is kept as its hash") {
  CHECK(dt::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(dt::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(dt::sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  const std::string hash = dt::operator_code_hash("1379");
  // The hash form: no note about a readable code.
  const auto h = dt::read_kiosk_config("{\"operator_code_sha256\": \"" + hash + "\"}", kCases);
  CHECK(h.config.operator_code_sha256 == hash);
  CHECK_FALSE(notes_mention(h, "anyone who can open kiosk.json"));
  // The plain form still works, and says why it should not be used.
  const auto plain = dt::read_kiosk_config(R"({"operator_code": "1379"})", kCases);
  CHECK(plain.config.operator_code_sha256 == hash);
  CHECK(notes_mention(plain, "anyone who can open kiosk.json"));
  // Written as a number, it is the same code (issue 31), with a word about the quotes.
  const auto number = dt::read_kiosk_config(R"({"operator_code": 1379})", kCases);
  CHECK(number.config.operator_code_sha256 == hash);
  CHECK(notes_mention(number, "written as a number"));
  // A hash that is not one is named, and the panel stays off.
  const auto bad = dt::read_kiosk_config(R"({"operator_code_sha256": "1379"})", kCases);
  CHECK(bad.config.operator_code_sha256.empty());
  CHECK(notes_mention(bad, "/operator_code_sha256"));
}

TEST_CASE("wrong codes: three free tries, then 30 s, doubling; the right code resets the door") {
  dt::CodeGate g;
  double t = 100;
  for (int i = 0; i < 2; ++i) {
    g.tried(false, t);
    CHECK(g.wait(t) == 0);
  }
  g.tried(false, t);  // the third
  CHECK(g.wait(t) == doctest::Approx(30));
  CHECK(g.wait(t + 29.5) > 0);
  CHECK(g.wait(t + 30) == 0);
  t += 30;
  g.tried(false, t);
  CHECK(g.wait(t) == doctest::Approx(60));
  t += 60;
  g.tried(false, t);
  CHECK(g.wait(t) == doctest::Approx(120));
  t += 120;
  g.tried(true, t);
  CHECK(g.wait(t) == 0);
  g.tried(false, t);
  CHECK(g.wait(t) == 0);  // counting starts again
  // 20 wrong tries take hours, not the 27 seconds the review saw.
  dt::CodeGate slow;
  double clock = 0;
  for (int i = 0; i < 20; ++i) {
    clock += slow.wait(clock);
    slow.tried(false, clock);
  }
  CHECK(clock > 3600);
}
