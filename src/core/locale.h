// Which language the widget speaks, and how it is chosen from what the page and browser say.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace dt {

enum class Locale { ZhHans, En };
inline constexpr Locale kAllLocales[] = {Locale::ZhHans, Locale::En};

// BCP 47 tag as used in the content file names and the lang= parameter.
std::string_view locale_tag(Locale l);

// Maps a BCP 47 tag the widget can serve ("zh", "zh-CN", "zh-Hans-SG", "en-GB", any case,
// '_' or '-') to a locale. Traditional Chinese tags are not mapped to Simplified: a reader
// asking for zh-Hant/zh-TW gets no silent substitution here, the caller falls through.
std::optional<Locale> parse_locale_tag(std::string_view tag);

// Order of precedence: an explicit ?lang= value, then the browser's preferred languages in
// order, then zh-Hans (the widget's audience is in China).
Locale negotiate_locale(std::string_view query_lang, const std::vector<std::string_view>& browser_langs);

}  // namespace dt
