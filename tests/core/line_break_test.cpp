#include <doctest/doctest.h>

#include <string>

#include "core/text/icu_data.h"
#include "core/text/line_break.h"

namespace {
// Width model for the tests: every CJK character is 2 units, every ASCII character 1.
float width_of(std::string_view s) {
  float w = 0;
  for (size_t i = 0; i < s.size(); i = dt::detail::utf8_next(s, i)) w += static_cast<unsigned char>(s[i]) >= 0x80 ? 2 : 1;
  return w;
}
std::vector<std::string> wrap(std::string_view text, float max, dt::Locale l = dt::Locale::ZhHans) {
  std::vector<std::string> out;
  for (auto r : dt::wrap_lines(text, l, max, [&](size_t b, size_t e) { return width_of(text.substr(b, e - b)); }))
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  return out;
}
void require_icu() {
  std::string err;
  REQUIRE_MESSAGE(dt::init_icu(err), err);
}
}  // namespace

TEST_CASE("ICU starts on the lean data the widget ships") {
  require_icu();
  CHECK(dt::icu_ready());
}

TEST_CASE("no line starts with Chinese closing punctuation") {
  require_icu();
  // 10 units per line = 5 Chinese characters; "，" would start line 2 with naive wrapping.
  const auto lines = wrap("手机店店员，偷偷注册账号。然后卖给上线。", 10);
  REQUIRE(lines.size() >= 2);
  for (const auto& l : lines) {
    INFO(l);
    CHECK(l.rfind("，", 0) != 0);
    CHECK(l.rfind("。", 0) != 0);
  }
  std::string joined;
  for (const auto& l : lines) joined += l;
  CHECK(joined == "手机店店员，偷偷注册账号。然后卖给上线。");
}

TEST_CASE("English words are not split, and mixed text breaks between scripts") {
  require_icu();
  const auto lines = wrap("Telegram channel 电报频道 resold data", 12, dt::Locale::En);
  for (const auto& l : lines) {
    INFO(l);
    CHECK(width_of(l) <= 12);
  }
  CHECK(lines.front() == "Telegram");
  bool saw_channel = false;
  for (const auto& l : lines) saw_channel |= l.find("channel") != std::string::npos;
  CHECK(saw_channel);
}

TEST_CASE("figures with units stay together") {
  require_icu();
  // "0.5" must never be cut at the decimal point.
  for (const auto& l : wrap("每条0.5元至2元不等", 8)) {
    INFO(l);
    CHECK(l.find("0.") == l.find("0.5"));
  }
}

TEST_CASE("newlines are mandatory breaks and trailing spaces are trimmed") {
  require_icu();
  const auto lines = wrap("first line  \nsecond", 100, dt::Locale::En);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "first line");
  CHECK(lines[1] == "second");
}

TEST_CASE("a run too long for any line is cut by character, never lost") {
  require_icu();
  const auto lines = wrap("abcdefghijklmnop", 5, dt::Locale::En);
  std::string joined;
  for (const auto& l : lines) {
    CHECK(width_of(l) <= 5);
    joined += l;
  }
  CHECK(joined == "abcdefghijklmnop");
}

TEST_CASE("empty text makes no lines") {
  require_icu();
  CHECK(wrap("", 10).empty());
}
