#include "core/strings.h"

#include "core/content/json_reader.h"
#include "core/text/drawable.h"

namespace dt {

std::string fill(std::string text, std::initializer_list<std::pair<std::string_view, int>> values) {
  for (const auto& [name, v] : values) {
    const std::string key = "{" + std::string(name) + "}";
    if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), std::to_string(v));
  }
  return text;
}

void StringTable::load(Locale locale, std::string_view json_text, std::string_view file_name,
                       std::vector<std::string>& problems) {
  file_name_[locale == Locale::ZhHans ? 0 : 1] = std::string(file_name);
  const std::string file(file_name);
  auto read = read_json(json_text, file, problems);
  if (!read.ok) return;
  const auto& doc = read.value;
  if (!doc.is_object()) {
    problems.push_back(file + ": /: expected an object of key -> text");
    return;
  }
  auto& map = table(locale);
  for (const auto& [key, value] : doc.items()) {
    if (!value.is_string()) {
      problems.push_back(file + ": /" + key + ": expected a string");
      continue;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty()) {
      problems.push_back(file + ": /" + key + ": empty text");
      continue;
    }
    if (const auto bad = first_undrawable(text)) {
      problems.push_back(file + ": /" + key + ": " + describe(*bad, text));
      map[key] = without_undrawable(text);
      continue;
    }
    map[key] = text;
  }
}

void StringTable::check_complete(std::vector<std::string>& problems) const {
  for (Locale have : kAllLocales) {
    const Locale lack = have == Locale::ZhHans ? Locale::En : Locale::ZhHans;
    const auto& lack_file = file_name_[lack == Locale::ZhHans ? 0 : 1];
    for (const auto& [key, text] : table(have))
      if (!table(lack).count(key))
        problems.push_back(lack_file + ": /" + key + ": missing (present in " +
                           std::string(locale_tag(have)) + ")");
  }
}

const std::string& StringTable::get(Locale locale, std::string_view key) const {
  const auto& map = table(locale);
  if (auto it = map.find(key); it != map.end()) return it->second;
  auto [it, inserted] = missing_.try_emplace(std::string(key), "[" + std::string(key) + "]");
  return it->second;
}

std::vector<std::string_view> StringTable::all_text() const {
  std::vector<std::string_view> out;
  for (const auto* m : {&zh_, &en_})
    for (const auto& [k, v] : *m) out.push_back(v);
  return out;
}

void StringTable::load_both(std::string_view zh_json, std::string_view en_json, const std::string& dir,
                            std::vector<std::string>& problems) {
  load(Locale::ZhHans, zh_json, dir + "/strings/zh-Hans.json", problems);
  load(Locale::En, en_json, dir + "/strings/en.json", problems);
  check_complete(problems);
}

}  // namespace dt
