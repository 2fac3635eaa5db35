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

void check_font(const std::string& font_file) {
  const std::string font = dt::test::read_text(font_file);
  REQUIRE_MESSAGE(!font.empty(), "font missing: " << font_file);
  stbtt_fontinfo info;
  const auto* data = reinterpret_cast<const unsigned char*>(font.data());
  REQUIRE(stbtt_InitFont(&info, data, stbtt_GetFontOffsetForIndex(data, 0)));
  size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dt::test::source_path("content"))) {
    if (entry.path().extension() != ".json") continue;
    for (char32_t cp : code_points(dt::test::read_text(entry.path().string()))) {
      if (cp < 0x20) continue;
      ++checked;
      INFO(font_file << ": U+" << std::hex << static_cast<unsigned>(cp) << " used in " << entry.path().string());
      CHECK(stbtt_FindGlyphIndex(&info, static_cast<int>(cp)) != 0);
    }
  }
  CHECK(checked > 100);
  // The content-problems screen's built-in words.
  for (char32_t cp : code_points(dt::test::read_text(dt::test::source_path("src/ui/screens/problems.cpp")))) {
    if (cp < 0x80) continue;
    INFO(font_file << ": U+" << std::hex << static_cast<unsigned>(cp) << " used in problems.cpp");
    CHECK(stbtt_FindGlyphIndex(&info, static_cast<int>(cp)) != 0);
  }
}
}  // namespace

TEST_CASE("the regular and bold UI fonts cover every character in content/") {
  check_font(std::string(DT_FONT_DIR) + "/ui-regular.otf");
  check_font(std::string(DT_FONT_DIR) + "/ui-bold.otf");
}

TEST_CASE("the check would notice a missing glyph") {
  const std::string font = dt::test::read_text(std::string(DT_FONT_DIR) + "/ui-regular.otf");
  stbtt_fontinfo info;
  const auto* data = reinterpret_cast<const unsigned char*>(font.data());
  REQUIRE(stbtt_InitFont(&info, data, 0));
  CHECK(stbtt_FindGlyphIndex(&info, 0x9F98) == 0);  // 龘: in Noto, but not used by content
}
