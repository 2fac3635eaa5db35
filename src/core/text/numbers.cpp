#include "core/text/numbers.h"

#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>

#include <memory>

#include "core/text/icu_data.h"

namespace dt {

namespace {
const char* icu_locale(Locale l) { return l == Locale::ZhHans ? "zh_Hans" : "en"; }

std::string plain(double v) {
  std::string s = std::to_string(static_cast<long long>(v));
  return s;
}
}  // namespace

std::string format_compact(double value, Locale locale) {
  std::string err;
  if (!init_icu(err)) return plain(value);
  UErrorCode status = U_ZERO_ERROR;
  const auto notation = locale == Locale::ZhHans ? icu::number::Notation::compactShort() : icu::number::Notation::compactLong();
  auto formatted = icu::number::NumberFormatter::withLocale(icu::Locale(icu_locale(locale)))
                       .notation(notation)
                       .formatDouble(value, status);
  if (U_FAILURE(status)) return plain(value);
  std::string out;
  formatted.toString(status).toUTF8String(out);
  return U_FAILURE(status) ? plain(value) : out;
}

std::string format_count(long long n, std::string_view one, std::string_view other, Locale locale) {
  std::string_view pattern = other;
  std::string err;
  if (init_icu(err)) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(icu_locale(locale)), status));
    if (U_SUCCESS(status) && rules) {
      std::string keyword;
      rules->select(static_cast<int32_t>(n)).toUTF8String(keyword);
      if (keyword == "one") pattern = one;
    }
  }
  std::string out(pattern);
  if (auto at = out.find('#'); at != std::string::npos) out.replace(at, 1, std::to_string(n));
  return out;
}

}  // namespace dt
