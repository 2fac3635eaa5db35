// Size limits on organiser text (security review L8): one case holding 20,900 different
// characters made every visitor fetch 164 glyph pages (about 10 MB) and draw a 2.3 s frame.
// A text longer than any story step needs is cut, and a case that would pull in most of the
// font is left out; both are named as problems with their file and pointer.
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "core/content/field_reader.h"

namespace dt {

// The longest text today is under 500 characters; a screen of body text at 200 % holds ~300.
inline constexpr size_t kMaxTextChars = 1000;
// The busiest case uses about 340 different characters (both languages); the shipped font
// subset covers common ones, so the rest each cost a glyph-page download.
inline constexpr size_t kMaxCaseChars = 1000;

// Code points in valid UTF-8.
size_t code_points(std::string_view utf8);
// `text` cut to kMaxTextChars code points, with a problem at `at` when it was longer.
std::string capped(std::string text, const Where& at, Problems& out);
// Adds the code points of `utf8` to `into`.
void add_code_points(std::string_view utf8, std::set<char32_t>& into);

}  // namespace dt
