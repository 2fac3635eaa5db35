#include <doctest/doctest.h>

#include "core/locale.h"

using dt::Locale;

TEST_CASE("language tags a browser sends map to the locale a reader expects") {
  CHECK(dt::parse_locale_tag("zh") == Locale::ZhHans);
  CHECK(dt::parse_locale_tag("zh-CN") == Locale::ZhHans);
  CHECK(dt::parse_locale_tag("ZH_hans_sg") == Locale::ZhHans);
  CHECK(dt::parse_locale_tag("en") == Locale::En);
  CHECK(dt::parse_locale_tag("en-GB") == Locale::En);
  // Traditional Chinese is not silently treated as Simplified by the tag parser...
  CHECK_FALSE(dt::parse_locale_tag("zh-TW").has_value());
  CHECK_FALSE(dt::parse_locale_tag("zh-Hant").has_value());
  // ...and junk from a URL is refused, not guessed at.
  CHECK_FALSE(dt::parse_locale_tag("").has_value());
  CHECK_FALSE(dt::parse_locale_tag("fr").has_value());
  CHECK_FALSE(dt::parse_locale_tag("en-").has_value());
  CHECK_FALSE(dt::parse_locale_tag("<script>").has_value());
  CHECK_FALSE(dt::parse_locale_tag("zh-averyverylongsubtag").has_value());
}

TEST_CASE("?lang= wins, then the browser's languages in order, then Chinese") {
  CHECK(dt::negotiate_locale("en", {"zh-CN"}) == Locale::En);
  CHECK(dt::negotiate_locale("zh-Hans", {"en-US"}) == Locale::ZhHans);
  CHECK(dt::negotiate_locale("", {"en-US", "zh-CN"}) == Locale::En);
  CHECK(dt::negotiate_locale("", {"fr-FR", "zh-CN", "en"}) == Locale::ZhHans);
  CHECK(dt::negotiate_locale("klingon", {"en-US"}) == Locale::En);
  CHECK(dt::negotiate_locale("", {"fr-FR", "de"}) == Locale::ZhHans);
  CHECK(dt::negotiate_locale("", {}) == Locale::ZhHans);
  // A Traditional-Chinese browser reads Simplified better than English.
  CHECK(dt::negotiate_locale("", {"zh-TW", "en"}) == Locale::En);
  CHECK(dt::negotiate_locale("", {"zh-TW", "fr"}) == Locale::ZhHans);
}
