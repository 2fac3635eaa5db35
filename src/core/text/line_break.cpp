#include "core/text/line_break.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "core/text/icu_data.h"

namespace dt {

namespace detail {
size_t trim_line_end(std::string_view s, size_t begin, size_t end) {
  while (end > begin && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == '\t')) --end;
  // U+3000 IDEOGRAPHIC SPACE at a line end is invisible padding too.
  while (end >= begin + 3 && s.substr(end - 3, 3) == "\xE3\x80\x80") end -= 3;
  return end;
}

size_t utf8_next(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}
}  // namespace detail

namespace {

bool is_cjk_lead(std::string_view s, size_t i) {
  // 3-byte sequences starting E2..EF cover CJK ideographs, kana and fullwidth forms.
  const auto c = static_cast<unsigned char>(s[i]);
  return c >= 0xE3 && c <= 0xEF;
}

// Without ICU: break after spaces and between CJK characters. Used only if ICU data failed.
std::vector<BreakPoint> fallback_breaks(std::string_view s) {
  std::vector<BreakPoint> out;
  for (size_t i = 0; i < s.size(); i = detail::utf8_next(s, i)) {
    const size_t next = detail::utf8_next(s, i);
    if (s[i] == '\n') out.push_back({next, true});
    else if (s[i] == ' ' || is_cjk_lead(s, i)) out.push_back({next, false});
  }
  if (out.empty() || out.back().offset != s.size()) out.push_back({s.size(), false});
  return out;
}

}  // namespace

std::vector<BreakPoint> line_breaks(std::string_view utf8, Locale locale) {
  if (utf8.empty()) return {};
  if (!icu_ready()) return fallback_breaks(utf8);
  // Building an iterator loads and compiles rules: keep one per locale for the app's lifetime
  // (the widget is single-threaded).
  static std::unique_ptr<icu::BreakIterator> cache[2];
  auto& it = cache[locale == Locale::ZhHans ? 0 : 1];
  UErrorCode status = U_ZERO_ERROR;
  if (!it) {
    const icu::Locale icu_locale = locale == Locale::ZhHans ? icu::Locale("zh") : icu::Locale("en");
    it.reset(icu::BreakIterator::createLineInstance(icu_locale, status));
    if (U_FAILURE(status)) it.reset();
  }
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status) || !it) {
    utext_close(text);
    return fallback_breaks(utf8);
  }
  it->setText(text, status);
  std::vector<BreakPoint> out;
  for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
    // UBRK_LINE_HARD: a mandatory break (newline) ends here.
    const bool hard = it->getRuleStatus() >= UBRK_LINE_HARD && it->getRuleStatus() < UBRK_LINE_HARD_LIMIT;
    out.push_back({static_cast<size_t>(pos), hard});
  }
  utext_close(text);
  return out;
}

}  // namespace dt
