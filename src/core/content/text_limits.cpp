#include "core/content/text_limits.h"

namespace dt {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

size_t code_points(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8) n += continuation(c) ? 0 : 1;
  return n;
}

std::string capped(std::string text, const Where& at, Problems& out) {
  const size_t n = code_points(text);
  if (n <= kMaxTextChars) return text;
  size_t seen = 0, cut = 0;
  for (; cut < text.size(); ++cut) {
    if (!continuation(text[cut]) && seen++ == kMaxTextChars) break;
  }
  report(out, at,
         "is " + std::to_string(n) + " characters long (at most " + std::to_string(kMaxTextChars) +
             "); only the first " + std::to_string(kMaxTextChars) + " are shown: split it into steps");
  text.resize(cut);
  return text;
}

void add_code_points(std::string_view s, std::set<char32_t>& into) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    into.insert(c);
    i += static_cast<size_t>(len);
  }
}

}  // namespace dt
