#include "core/content/field_reader.h"

#include "core/content/text_limits.h"
#include "core/text/drawable.h"

#include <algorithm>

namespace dt {

using nlohmann::json;

namespace {
std::string escape_key(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_float: return "a decimal number";
    default: return "a number";
  }
}
}  // namespace

Where Where::operator/(std::string_view key) const { return {file, pointer + "/" + escape_key(key)}; }
Where Where::operator/(size_t index) const { return {file, pointer + "/" + std::to_string(index)}; }

void report(Problems& out, const Where& at, std::string_view message) {
  // A hostile file could produce millions of messages; a few hundred say enough.
  constexpr size_t kMaxProblems = 500;
  if (out.size() < kMaxProblems) out.push_back(at.str() + ": " + std::string(message));
  else if (out.size() == kMaxProblems) out.push_back("(further problems not shown)");
}

bool valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

size_t edit_distance(std::string_view a, std::string_view b) {
  if (a.size() > 64 || b.size() > 64) return 99;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string drawable(const std::string& s, const Where& at, Problems& out) {
  const auto bad = first_undrawable(s);
  if (!bad) return s;
  report(out, at, describe(*bad, s));
  return without_undrawable(s);
}

LocalText read_text(const json& v, const Where& at, Problems& out) {
  LocalText t;
  if (!v.is_object()) {
    report(out, at, "expected {\"zh-Hans\": \"…\", \"en\": \"…\"}, found " + type_name(v));
    return t;
  }
  bool seen[2] = {false, false};
  for (const auto& [key, value] : v.items()) {
    int slot = key == "zh-Hans" ? 0 : key == "en" ? 1 : -1;
    if (slot < 0) {
      report(out, at / key, "unknown language (the widget has zh-Hans and en)");
      continue;
    }
    seen[slot] = true;
    if (!value.is_string()) {
      report(out, at / key, "expected text, found " + type_name(value));
      continue;
    }
    const auto& s = value.get_ref<const std::string&>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
      report(out, at / key, "empty text");
      continue;
    }
    (slot == 0 ? t.zh : t.en) = capped(drawable(s, at / key, out), at / key, out);
  }
  // The completeness rule: a text present in one language must be present in the other.
  if (!seen[0] && seen[1]) report(out, at, "missing \"zh-Hans\" (present in en)");
  if (!seen[1] && seen[0]) report(out, at, "missing \"en\" (present in zh-Hans)");
  if (!seen[0] && !seen[1]) report(out, at, "missing both \"zh-Hans\" and \"en\"");
  return t;
}

Fields::Fields(const json& value, Where at, Problems& out)
    : obj_(value.is_object() ? &value : nullptr), at_(std::move(at)), out_(out) {
  if (!obj_) report(out_, at_, "expected an object, found " + type_name(value));
}

bool Fields::has(std::string_view key) {
  asked_.emplace(key);
  return obj_ && obj_->contains(key);
}

const json* Fields::get(std::string_view key, bool required) {
  asked_.emplace(key);
  if (!obj_) return nullptr;
  auto it = obj_->find(key);
  if (it == obj_->end()) {
    if (required) report(out_, at_, "missing " + in_quotes(key));
    return nullptr;
  }
  return &*it;
}

std::string Fields::str(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return {};
  if (!v->is_string() || v->get_ref<const std::string&>().empty()) {
    report(out_, at_ / key, v->is_string() ? "empty text (write something here, or leave the field out)"
                                           : "expected text in quotes, found " + type_name(*v));
    return {};
  }
  return drawable(v->get_ref<const std::string&>(), at_ / key, out_);
}

std::string Fields::id(std::string_view key) {
  std::string s = str(key, true);
  if (!s.empty() && !valid_id(s)) {
    report(out_, at_ / key, in_quotes(s) + " is not a valid id (use a-z, 0-9, '-' or '_', at most 64)");
    return {};
  }
  return s;
}

LocalText Fields::text(std::string_view key, bool required) {
  const json* v = get(key, required);
  if (!v) return {};
  return read_text(*v, at_ / key, out_);
}

bool Fields::boolean(std::string_view key, bool fallback) {
  const json* v = get(key, true);
  if (!v) return fallback;
  if (!v->is_boolean()) {
    report(out_, at_ / key, "expected true or false, found " + type_name(*v));
    return fallback;
  }
  return v->get<bool>();
}

int Fields::integer(std::string_view key, int min, int max, int fallback) {
  const json* v = get(key, true);
  if (!v) return fallback;
  if (!v->is_number_integer()) {
    report(out_, at_ / key, "expected a whole number, found " + type_name(*v));
    return fallback;
  }
  const auto n = v->get<long long>();
  if (n < min || n > max) {
    report(out_, at_ / key, std::to_string(n) + " is outside " + std::to_string(min) + ".." + std::to_string(max));
    return fallback;
  }
  return static_cast<int>(n);
}

const json* Fields::array(std::string_view key, size_t min, size_t max, bool required) {
  const json* v = get(key, required);
  if (!v) return nullptr;
  if (!v->is_array()) {
    report(out_, at_ / key, "expected a list, found " + type_name(*v));
    return nullptr;
  }
  if (v->size() < min || v->size() > max) {
    report(out_, at_ / key, "has " + std::to_string(v->size()) + " entries; expected " + std::to_string(min) +
                                (max == min ? "" : " to " + std::to_string(max)));
    if (v->size() > max) return nullptr;  // don't walk an oversized list
  }
  return v;
}

std::vector<std::string> Fields::id_list(std::string_view key, size_t min, size_t max, bool required) {
  std::vector<std::string> out;
  const json* a = array(key, min, max, required);
  if (!a) return out;
  for (size_t i = 0; i < a->size(); ++i) {
    const json& e = (*a)[i];
    if (!e.is_string() || !valid_id(e.get_ref<const std::string&>())) {
      report(out_, at_ / key / i, "expected an id (a-z, 0-9, '-' or '_')");
      continue;
    }
    out.push_back(e.get<std::string>());
  }
  return out;
}

int Fields::choice(std::string_view key, const std::string_view* names, size_t count, bool required) {
  std::string s = str(key, required);
  if (s.empty()) return -1;
  for (size_t i = 0; i < count; ++i)
    if (names[i] == s) return static_cast<int>(i);
  std::string allowed;
  for (size_t i = 0; i < count; ++i) allowed += (i ? ", " : "") + std::string(names[i]);
  report(out_, at_ / key, in_quotes(s) + " is not one of: " + allowed);
  return -1;
}

void Fields::finish() {
  if (!obj_) return;
  for (const auto& [key, value] : obj_->items()) {
    if (asked_.count(key)) continue;
    std::string hint;
    size_t best = 3;
    for (const auto& known : asked_) {
      const size_t d = edit_distance(key, known);
      if (d < best && !obj_->contains(known)) best = d, hint = known;
    }
    report(out_, at_ / key, "unknown key" + (hint.empty() ? std::string(" (ignored)") : "; did you mean " + in_quotes(hint) + "?"));
  }
}

}  // namespace dt
