#include "core/kiosk/config.h"
#include "core/theme.h"

#include <algorithm>
#include <cstdlib>

#include "core/content/field_reader.h"
#include "core/content/json_reader.h"
#include "core/kiosk/sha256.h"

namespace dt {

namespace {
constexpr std::string_view kFile = "kiosk.json";

size_t code_points(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

// Up to 20 words, each 1 to 12 characters (it is read from a step away); others are listed.
void read_words(const nlohmann::json& v, const Where& where, Problems& problems, KioskConfig& c) {
  if (!v.is_array()) return report(problems, where, "expected a list of words, like [\"平安\", \"守护\"]");
  for (size_t i = 0; i < v.size(); ++i) {
    const auto& w = v[i];
    const std::string s = w.is_string() ? drawable(w.get<std::string>(), where / i, problems) : std::string();
    if (!w.is_string() || s.empty() || code_points(s) > 12) {
      report(problems, where / i, "use a word of 1 to 12 characters; left out");
    } else if (c.words_of_the_day.size() < 20) {
      c.words_of_the_day.push_back(s);
    }
  }
  if (v.size() > 20) report(problems, where, "only the first 20 words are used");
}
bool all_digits(const std::string& code) {
  return code.size() >= 4 && code.size() <= 8 && std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// The operator code: its hash (operator_code_sha256), or the code itself (operator_code, as
// text or as a number), which is taken and hashed with a note that anyone can read it there.
void read_operator_code(const nlohmann::json& doc, Fields& f, Problems& problems, std::vector<std::string>& notes,
                        KioskConfig& c) {
  if (f.has("operator_code_sha256")) {
    std::string h = f.str("operator_code_sha256");
    std::transform(h.begin(), h.end(), h.begin(), [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
    if (h.size() == 64 && h.find_first_not_of("0123456789abcdef") == std::string::npos) c.operator_code_sha256 = h;
    else report(problems, f.where() / "operator_code_sha256", "use the 64 hex digits that printf 'datatrail-operator:<code>' | sha256sum prints; until then the operator panel is off");
  }
  if (!f.has("operator_code")) {
    if (c.operator_code_sha256.empty()) notes.push_back(std::string(kFile) + ": operator_code not set, so the operator panel is off");
    return;
  }
  const auto& v = *doc.find("operator_code");
  // Written as a number (1379 rather than "1379"): the same code (a leading 0 is lost in a
  // number, so say to write it in quotes).
  std::string code = v.is_number_unsigned() ? std::to_string(v.get<uint64_t>()) : v.is_string() ? v.get<std::string>() : std::string();
  if (!all_digits(code)) {
    report(problems, f.where() / "operator_code", "use 4 to 8 digits in quotes, like \"1379\"; until then the operator panel is off");
    return;
  }
  if (c.operator_code_sha256.empty()) c.operator_code_sha256 = operator_code_hash(code);
  notes.push_back(std::string(kFile) + ": /operator_code: anyone who can open kiosk.json can read this code; write operator_code_sha256 instead (check.html computes it)" +
                  (v.is_number_unsigned() ? "; it is written as a number: put it in quotes, or a leading 0 is lost" : ""));
}

}  // namespace

KioskConfigResult read_kiosk_config(std::string_view json, const std::vector<std::string>& case_ids) {
  KioskConfigResult r;
  KioskConfig& c = r.config;
  Problems problems;
  const auto doc = read_json(json, kFile, problems, JsonLimits{64 * 1024, 8});
  auto defaults_note = [&](std::string_view what) {
    r.notes.push_back(std::string(kFile) + ": " + std::string(what) + " not set, using the default");
  };
  if (!doc.ok) {
    r.notes = problems;
    r.notes.push_back(std::string(kFile) + ": unusable, every setting is at its default");
    return r;
  }
  Fields f(doc.value, Where{std::string(kFile), ""}, problems);
  if (!f.ok()) {
    r.notes = problems;
    return r;
  }
  auto number = [&](std::string_view key, int min, int max, int& into) {
    if (f.has(key)) into = f.integer(key, min, max, into);
    else defaults_note(key);
  };
  number("idle_seconds", 15, 3600, c.idle_seconds);
  number("countdown_seconds", 5, 120, c.countdown_seconds);
  if (f.has("language")) {
    const std::string tag = f.str("language");
    if (auto l = parse_locale_tag(tag)) c.language = *l;
    else report(problems, f.where() / "language", "\"" + tag + "\" is not zh-Hans or en");
  } else {
    defaults_note("language");
  }
  if (f.has("modules")) {
    Fields m(*doc.value.find("modules"), f.where() / "modules", problems);
    c.show_cases = m.boolean("cases", true);
    c.show_flow = m.boolean("flow", true);
    c.show_quiz = m.boolean("quiz", true);
    // Optional: kiosk.json files written before the quick questions existed stay quiet.
    if (m.has("check")) c.spot_check = m.boolean("check", true);
    m.finish();
    if (!c.show_cases && !c.show_flow && !c.show_quiz) {
      report(problems, f.where() / "modules", "every module is off; showing them all");
      c.show_cases = c.show_flow = c.show_quiz = true;
    }
  }
  if (f.has("organiser")) c.organiser = f.text("organiser");
  if (f.has("report_line")) c.report_line = f.text("report_line");
  read_operator_code(doc.value, f, problems, r.notes, c);
  if (f.has("printing")) c.printing = f.boolean("printing", false);
  if (f.has("words_of_the_day")) read_words(*doc.value.find("words_of_the_day"), f.where() / "words_of_the_day", problems, c);
  if (f.has("attract")) {
    const std::string a = f.str("attract");
    if (a == "overview" || std::find(case_ids.begin(), case_ids.end(), a) != case_ids.end()) c.attract = a;
    else report(problems, f.where() / "attract", "\"" + a + "\" is neither overview nor a case id; playing the overview");
  }
  if (f.has("text_size")) {
    const int pct = f.integer("text_size", 100, 200, 0);  // unusable: chosen from the screen
    c.text_scale = pct ? kTextSizes[nearest_text_size(static_cast<float>(pct) / 100.0f)] : 0.0f;
  }
  f.finish();
  r.notes.insert(r.notes.begin(), problems.begin(), problems.end());
  return r;
}

float kiosk_text_scale(const KioskConfig& c, float css_w, float css_h) {
  if (c.text_scale > 0) return c.text_scale;
  // Read from a step away: a floor stand's 1080 px side gets 150 % (about 8 mm body text on
  // a 27-32 inch screen, buttons over 60 px), a smaller screen a little less.
  const float short_side = std::min(css_w, css_h);
  return kTextSizes[nearest_text_size(short_side >= 900 ? 1.5f : short_side >= 700 ? 1.25f : 1.0f)];
}

}  // namespace dt
