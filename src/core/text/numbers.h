// Figures the widget computes (not the ones quoted from articles, which stay as published):
// compact forms like "1.1亿" / "110 million", and plural-aware counts like "1 case" /
// "8 cases", by ICU with the embedded data. Falls back to plain digits if ICU is unavailable.
#pragma once
#include <string>
#include <string_view>

#include "core/locale.h"

namespace dt {

// 110000000 -> "1.1亿" (zh-Hans) or "110 million" (en).
std::string format_compact(double value, Locale locale);

// Chooses `one` or `other` by the language's plural rules for `n` and replaces "#" in it with
// the number: ("# case", "# cases") -> "1 case", "8 cases". Chinese has no plural: `other`.
std::string format_count(long long n, std::string_view one, std::string_view other, Locale locale);

}  // namespace dt
