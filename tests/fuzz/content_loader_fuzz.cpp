// libFuzzer target for the content loader: any bytes an organiser (or an attacker with write
// access to content/) could put in any content file must give messages, never a crash, a
// hang, unbounded memory or a sanitizer report. The first input byte picks which file of the
// real content set the rest of the input replaces; the other files stay real, so the
// cross-reference checks run too.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/content/for_each_text.h"
#include "core/content/json_reader.h"
#include "core/content/loader.h"
#include "core/kiosk/config.h"
#include "core/text/drawable.h"

namespace {
const char* const kSlots[] = {"sources.json",        "reminders.json",  "overview.json",
                              "cases/index.json",    "quiz/questions.json", "quiz/rules.json", "quiz/spot.json",
                              "cases/qingdao-phone-shops.json", "kiosk.json", "strings-json-reader-only"};
std::map<std::string, std::string>& real_files() {
  static std::map<std::string, std::string> files;
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::ifstream index(std::string(DT_CONTENT_DIR) + "/cases/index.json");
  std::vector<std::string> rels(std::begin(kSlots), std::end(kSlots) - 2);
  std::stringstream ss;
  ss << index.rdbuf();
  // Case files named in the real index; a quick scan is enough for the seed set.
  for (size_t p = 0; (p = ss.str().find('"', p)) != std::string::npos;) {
    const size_t e = ss.str().find('"', p + 1);
    if (e == std::string::npos) break;
    const std::string id = ss.str().substr(p + 1, e - p - 1);
    if (id != "cases") rels.push_back("cases/" + id + ".json");
    p = e + 1;
  }
  for (const auto& rel : rels) {
    std::ifstream in(std::string(DT_CONTENT_DIR) + "/" + rel, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    real_files()[rel] = s.str();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t slot = data[0] % (sizeof kSlots / sizeof kSlots[0]);
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> problems;
  if (slot == sizeof kSlots / sizeof kSlots[0] - 1) {
    // The raw reader alone, with a small size limit so the limit path is exercised too.
    auto r = dt::read_json(text, "fuzz.json", problems, dt::JsonLimits{1 << 16, 32});
    if (!r.ok && problems.empty()) __builtin_trap();  // every refusal comes with a message
    return 0;
  }
  // Whatever the bytes, no text that loads holds a character the fonts cannot take (a U+0000
  // once emptied every font): the loader names it and leaves it out.
  auto drawable = [](const dt::LocalText& t) {
    if (dt::first_undrawable(t.zh) || dt::first_undrawable(t.en)) __builtin_trap();
  };
  if (std::string(kSlots[slot]) == "kiosk.json") {
    const auto r = dt::read_kiosk_config(text, {"qingdao-phone-shops"});
    drawable(r.config.organiser);
    drawable(r.config.report_line);
    for (const auto& w : r.config.words_of_the_day)
      if (dt::first_undrawable(w)) __builtin_trap();
    return 0;
  }
  auto files = real_files();
  files[kSlots[slot]] = text;
  const dt::Content content = dt::load_content(
      [&](const std::string& rel) -> std::optional<std::string> {
        auto it = files.find(rel);
        if (it == files.end()) return std::nullopt;
        return it->second;
      },
      "content", problems);
  dt::for_each_text(content, drawable);
  return 0;
}
