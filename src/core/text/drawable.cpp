#include "core/text/drawable.h"

#include <cstdio>

namespace dt {

namespace {

// Decodes the code point at `i` of valid UTF-8 and its length in bytes (1 for a stray byte,
// which the JSON reader never lets through).
char32_t decode(std::string_view s, size_t i, size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (i + len > s.size()) {
    len = 1;
    return b;
  }
  char32_t c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
  for (size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return c;
}

std::string_view kind_of(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return "control character";
  if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return "private-use character";
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return "noncharacter";
  if (c >= 0xD800 && c <= 0xDFFF) return "lone surrogate";
  return {};
}

}  // namespace

std::optional<Undrawable> first_undrawable(std::string_view text) {
  for (size_t i = 0, len = 1; i < text.size(); i += len) {
    const char32_t c = decode(text, i, len);
    if (const auto k = kind_of(c); !k.empty()) return Undrawable{i, c, k};
  }
  return std::nullopt;
}

std::string without_undrawable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0, len = 1; i < text.size(); i += len)
    if (kind_of(decode(text, i, len)).empty()) out.append(text.substr(i, len));
  return out;
}

std::string describe(const Undrawable& u, std::string_view text) {
  size_t chars = 0;  // the organiser counts characters, not bytes
  for (size_t i = 0, len = 1; i < u.offset; i += len, ++chars) decode(text, i, len);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(u.code));
  return std::string(code) + " (a " + std::string(u.kind) + ", which cannot be shown) at character " +
         std::to_string(chars + 1) + "; delete it";
}

}  // namespace dt
