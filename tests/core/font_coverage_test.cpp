// Every character in content/ must have a glyph in the subset font: no tofu boxes, ever.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

#include "test_util.h"

namespace {
std::set<char32_t> code_points(const std::string& s) {
  std::set<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.insert(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

// The first screen's part and the rest together (the app merges them) hold `cp`.
struct TwoParts {
  std::string first, rest;
  stbtt_fontinfo a{}, b{};
  TwoParts(const std::string& first_file, const std::string& rest_file)
      : first(dt::test::read_text(first_file)), rest(dt::test::read_text(rest_file)) {
    REQUIRE_MESSAGE(!first.empty(), "font missing: " << first_file);
    REQUIRE_MESSAGE(!rest.empty(), "font missing: " << rest_file);
    REQUIRE(stbtt_InitFont(&a, reinterpret_cast<const unsigned char*>(first.data()), 0));
    REQUIRE(stbtt_InitFont(&b, reinterpret_cast<const unsigned char*>(rest.data()), 0));
  }
  bool has(char32_t cp) {
    return stbtt_FindGlyphIndex(&a, static_cast<int>(cp)) != 0 || stbtt_FindGlyphIndex(&b, static_cast<int>(cp)) != 0;
  }
};

void check_font(const std::string& first_file, const std::string& rest_file) {
  TwoParts font(first_file, rest_file);
  size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dt::test::source_path("content"))) {
    if (entry.path().extension() != ".json") continue;
    for (char32_t cp : code_points(dt::test::read_text(entry.path().string()))) {
      if (cp < 0x20) continue;
      ++checked;
      INFO(first_file << ": U+" << std::hex << static_cast<unsigned>(cp) << " used in " << entry.path().string());
      CHECK(font.has(cp));
    }
  }
  CHECK(checked > 100);
  // The content-problems screen's built-in words.
  for (char32_t cp : code_points(dt::test::read_text(dt::test::source_path("src/ui/screens/problems.cpp")))) {
    if (cp < 0x80) continue;
    INFO(first_file << ": U+" << std::hex << static_cast<unsigned>(cp) << " used in problems.cpp");
    CHECK(font.has(cp));
  }
}
}  // namespace

TEST_CASE("the regular and bold UI fonts (first screen + rest) cover every character in content/") {
  check_font(std::string(DT_FONT_DIR) + "/ui-regular.otf", std::string(DT_FONT_DIR) + "/rest-r.otf");
  check_font(std::string(DT_FONT_DIR) + "/ui-bold.otf", std::string(DT_FONT_DIR) + "/rest-b.otf");
}

TEST_CASE("the first screen's part holds the start screen's words and little else") {
  TwoParts font(std::string(DT_FONT_DIR) + "/ui-regular.otf", std::string(DT_FONT_DIR) + "/rest-r.otf");
  for (char32_t cp : code_points("你的个人信息，都去哪儿了？案例故事数据流向自查测验文字大小")) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(stbtt_FindGlyphIndex(&font.a, static_cast<int>(cp)) != 0);
  }
  CHECK(stbtt_FindGlyphIndex(&font.a, 0x60E0) == 0);  // 惠 (Huizhou): a case's place, not the start screen's
  CHECK(stbtt_FindGlyphIndex(&font.b, 0x60E0) != 0);
  CHECK(font.first.size() < 64 * 1024);  // the point of the split: the first frame waits on little
}

TEST_CASE("the check would notice a missing glyph") {
  const std::string font = dt::test::read_text(std::string(DT_FONT_DIR) + "/ui-regular.otf");
  stbtt_fontinfo info;
  const auto* data = reinterpret_cast<const unsigned char*>(font.data());
  REQUIRE(stbtt_InitFont(&info, data, 0));
  CHECK(stbtt_FindGlyphIndex(&info, 0x9F98) == 0);  // 龘: in Noto, but not used by content
}
