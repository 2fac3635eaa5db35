// One bad character in an organiser's text (issue 30, finding H1): every C0 control, DEL, a
// C1 control, private use and a noncharacter, wherever an organiser writes text — a case
// nobody opens, the strings, kiosk.json — is named with its file and pointer, and the text
// loads without it, so the widget runs on.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/loader.h"
#include "core/kiosk/config.h"
#include "core/strings.h"
#include "core/text/drawable.h"
#include "test_util.h"

namespace {

using nlohmann::json;

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) s += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  else if (c < 0x10000)
    s += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
  else
    s += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
          static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
  return s;
}

bool mentions(const std::vector<std::string>& problems, const std::string& a, const std::string& b) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(a) != std::string::npos && p.find(b) != std::string::npos; });
}

// Every code point the loader must refuse, and a few it must keep.
std::vector<char32_t> bad_codes() {
  std::vector<char32_t> out;
  for (char32_t c = 0; c < 0x20; ++c) out.push_back(c);
  for (char32_t c : {0x7FU, 0x85U, 0x9FU, 0xE000U, 0xF8FFU, 0xFFFEU, 0xFFFFU, 0xFDD0U, 0xF0000U, 0x10FFFDU}) out.push_back(c);
  return out;
}

}  // namespace

TEST_CASE("first_undrawable finds controls, private use and noncharacters, and keeps real text") {
  for (char32_t c : bad_codes()) {
    const std::string text = "手机店" + utf8(c) + "x";
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    const auto bad = dt::first_undrawable(text);
    REQUIRE(bad);
    CHECK(bad->code == c);
    CHECK(bad->offset == std::string("手机店").size());
    CHECK(dt::without_undrawable(text) == "手机店x");
    CHECK(dt::describe(*bad, text).find("at character 4") != std::string::npos);
  }
  for (const char* fine : {"邳州鑫璐燊彧", "Ünïcödé — “quotes” …", "emoji 🙂 and 𠀀", "110"})
    CHECK_FALSE(dt::first_undrawable(fine));
}

TEST_CASE("a control character in a case nobody opens is named with file and pointer, and the case still loads") {
  for (char32_t c : bad_codes()) {
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    std::map<std::string, std::string> files;
    for (const char* rel : {"sources.json", "reminders.json", "overview.json", "cases/index.json", "quiz/questions.json",
                            "quiz/rules.json", "quiz/spot.json"})
      files[rel] = dt::test::read_text(dt::test::source_path(std::string("content/") + rel));
    const json index = json::parse(files["cases/index.json"], nullptr, false);
    std::string last;
    for (const auto& id : index["cases"]) {
      last = id.get<std::string>();
      files["cases/" + last + ".json"] = dt::test::read_text(dt::test::source_path("content/cases/" + last + ".json"));
    }
    json d = json::parse(files["cases/" + last + ".json"], nullptr, false);
    const std::string hook = d["hook"]["zh-Hans"].get<std::string>();
    d["hook"]["zh-Hans"] = hook.substr(0, 6) + utf8(c) + hook.substr(6);
    files["cases/" + last + ".json"] = d.dump();
    std::vector<std::string> problems;
    const dt::Content content = dt::load_content(
        [&](const std::string& rel) -> std::optional<std::string> {
          auto it = files.find(rel);
          if (it == files.end()) return std::nullopt;
          return it->second;
        },
        "content", problems);
    CHECK(mentions(problems, "cases/" + last + ".json: /hook/zh-Hans", "cannot be shown"));
    const dt::Case* cs = content.find_case(last);
    REQUIRE(cs);
    CHECK(cs->hook.zh == hook);
  }
}

TEST_CASE("a control character in the strings or in kiosk.json is named, and the text kept without it") {
  dt::StringTable t;
  std::vector<std::string> problems;
  const std::string zh = R"({"home.title": "数据)" + std::string("\\u0000") + R"(去哪儿了"})";
  t.load_both(zh, R"({"home.title": "Where does my data go?"})", "content", problems);
  CHECK(mentions(problems, "content/strings/zh-Hans.json: /home.title", "U+0000"));
  CHECK(t.get(dt::Locale::ZhHans, "home.title") == "数据去哪儿了");

  const auto r = dt::read_kiosk_config(
      R"({"organiser": {"zh-Hans": "社区\u0000宣传站", "en": "Community\u001bstand"}, "operator_code": "13\u00079"})",
      {"qingdao-phone-shops"});
  bool named = false, named_en = false;
  for (const auto& n : r.notes) {
    named |= n.find("/organiser/zh-Hans") != std::string::npos && n.find("U+0000") != std::string::npos;
    named_en |= n.find("/organiser/en") != std::string::npos && n.find("U+001B") != std::string::npos;
  }
  CHECK(named);
  CHECK(named_en);
  CHECK(r.config.organiser.zh == "社区宣传站");
  CHECK(r.config.organiser.en == "Communitystand");
}
