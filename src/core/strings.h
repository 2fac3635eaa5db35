// UI strings: one flat JSON object per locale (content/strings/<tag>.json), looked up by key.
// Content text (cases, quiz) lives in the content model; this table is for chrome and labels.
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/locale.h"

namespace dt {

// Puts numbers into a UI string's {name} placeholders, each once:
// fill("第 {n} 题，共 {total} 题", {{"n", 1}, {"total", 14}}).
std::string fill(std::string text, std::initializer_list<std::pair<std::string_view, int>> values);

class StringTable {
 public:
  // Parses one locale's file. Problems are appended as "FILE: /key: message" and the file's
  // good entries are still kept, so one typo never blanks the whole interface.
  void load(Locale locale, std::string_view json_text, std::string_view file_name,
            std::vector<std::string>& problems);

  // Keys present in one locale and missing in the other, reported against the file lacking them.
  void check_complete(std::vector<std::string>& problems) const;
  // Both locales' files (content/strings/zh-Hans.json and en.json under `dir` in messages),
  // then the completeness check: what the app and --check-content both do.
  void load_both(std::string_view zh_json, std::string_view en_json, const std::string& dir, std::vector<std::string>& problems);

  // The string for `key`; a missing key yields the key itself in brackets, visible on screen
  // and caught by the completeness test, rather than an empty label a user cannot report.
  const std::string& get(Locale locale, std::string_view key) const;

  size_t size(Locale locale) const { return table(locale).size(); }
  const std::map<std::string, std::string, std::less<>>& entries(Locale locale) const { return table(locale); }
  // Every string of every locale, for the font-coverage check.
  std::vector<std::string_view> all_text() const;

 private:
  using Map = std::map<std::string, std::string, std::less<>>;
  const Map& table(Locale l) const { return l == Locale::ZhHans ? zh_ : en_; }
  Map& table(Locale l) { return l == Locale::ZhHans ? zh_ : en_; }
  Map zh_, en_;
  std::string file_name_[2];
  mutable std::map<std::string, std::string, std::less<>> missing_;
};

}  // namespace dt
