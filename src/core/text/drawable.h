// Characters no font can draw and no reader can see: control characters, private-use code
// points and noncharacters. An organiser's text holding one is reported with its file and
// pointer, and shown without it, so one stray byte from a copy and paste never reaches the
// font code (a U+0000 once emptied every font and took the widget down for every visitor).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace dt {

struct Undrawable {
  size_t offset = 0;   // byte offset in the text
  char32_t code = 0;   // the code point
  std::string_view kind;  // "control character", "private-use character", "noncharacter"
};

// The first such character of valid UTF-8 `text`, if any.
std::optional<Undrawable> first_undrawable(std::string_view text);
// `text` without them.
std::string without_undrawable(std::string_view text);
// "U+0000 (a control character) at character 12": for a problem line.
std::string describe(const Undrawable& u, std::string_view text);

}  // namespace dt
