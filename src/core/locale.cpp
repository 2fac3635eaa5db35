#include "core/locale.h"

#include <cctype>
#include <string>

namespace dt {

std::string_view locale_tag(Locale l) { return l == Locale::ZhHans ? "zh-Hans" : "en"; }

namespace {
// Lower-cased subtags of `tag`, split on '-' or '_'; empty subtags make the tag invalid.
std::vector<std::string> subtags(std::string_view tag) {
  std::vector<std::string> out(1);
  for (char c : tag) {
    if (c == '-' || c == '_') {
      out.emplace_back();
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      out.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      return {};
    }
  }
  for (const auto& s : out)
    if (s.empty() || s.size() > 8) return {};
  return out;
}
}  // namespace

std::optional<Locale> parse_locale_tag(std::string_view tag) {
  const auto parts = subtags(tag);
  if (parts.empty()) return std::nullopt;
  if (parts[0] == "en") return Locale::En;
  if (parts[0] != "zh") return std::nullopt;
  for (size_t i = 1; i < parts.size(); ++i) {
    const auto& p = parts[i];
    if (p == "hans" || p == "cn" || p == "sg" || p == "my") return Locale::ZhHans;
    if (p == "hant" || p == "tw" || p == "hk" || p == "mo") return std::nullopt;
  }
  return Locale::ZhHans;  // bare "zh" means Simplified in practice
}

Locale negotiate_locale(std::string_view query_lang, const std::vector<std::string_view>& browser_langs) {
  if (auto l = parse_locale_tag(query_lang)) return *l;
  for (auto tag : browser_langs)
    if (auto l = parse_locale_tag(tag)) return *l;
  // A Traditional-Chinese reader still reads Simplified far better than English.
  for (auto tag : browser_langs)
    if (tag.size() >= 2 && (tag.substr(0, 2) == "zh" || tag.substr(0, 2) == "ZH")) return Locale::ZhHans;
  return Locale::ZhHans;
}

}  // namespace dt
