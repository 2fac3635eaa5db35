// Typed access to one JSON object of a content file, reporting every problem as
// "FILE: /json/pointer: message" and never throwing. It remembers which keys were asked for,
// so finish() can flag the rest as likely typos ("titel" -> did you mean "title"?).
#pragma once
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"

namespace dt {

using Problems = std::vector<std::string>;

// Where a value sits: the file as the organiser sees it and the JSON pointer inside it.
struct Where {
  std::string file;
  std::string pointer;  // "" for the document root
  Where operator/(std::string_view key) const;
  Where operator/(size_t index) const;
  std::string str() const { return file + ": " + (pointer.empty() ? "/" : pointer); }
};

void report(Problems& out, const Where& at, std::string_view message);

class Fields {
 public:
  // A non-object value is reported once and then reads as an empty object.
  Fields(const nlohmann::json& value, Where at, Problems& out);

  bool ok() const { return obj_ != nullptr; }
  bool has(std::string_view key);
  const Where& where() const { return at_; }

  // Lower-case letters, digits and '-' or '_': ids appear in references and must be typed
  // the same everywhere.
  std::string id(std::string_view key);
  std::string str(std::string_view key, bool required = true);
  // {"zh-Hans": "...", "en": "..."}; both required and non-empty when the field is present.
  LocalText text(std::string_view key, bool required = true);
  bool boolean(std::string_view key, bool fallback);
  int integer(std::string_view key, int min, int max, int fallback);
  // The array at `key` if present with min..max elements (reported otherwise); else nullptr.
  const nlohmann::json* array(std::string_view key, size_t min, size_t max, bool required = true);
  // A list of ids (strings); bad entries are reported and skipped.
  std::vector<std::string> id_list(std::string_view key, size_t min, size_t max, bool required = true);
  // One of `names`; returns its index, or -1 (reported) when missing or unknown.
  int choice(std::string_view key, const std::string_view* names, size_t count, bool required = true);
  template <size_t N>
  int choice(std::string_view key, const std::string_view (&names)[N], bool required = true) {
    return choice(key, names, N, required);
  }

  // Reports keys nobody asked for. Call after reading every field.
  void finish();

 private:
  const nlohmann::json* get(std::string_view key, bool required);
  const nlohmann::json* obj_;
  Where at_;
  Problems& out_;
  std::set<std::string, std::less<>> asked_;
};

bool valid_id(std::string_view s);
// `s` as it can be shown: a character no font draws (a control character, private use) is
// reported at `at` and left out.
std::string drawable(const std::string& s, const Where& at, Problems& out);
// Reads a LocalText from any value (used for arrays of texts).
LocalText read_text(const nlohmann::json& value, const Where& at, Problems& out);
// Small edit distance, for "did you mean" hints.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dt
