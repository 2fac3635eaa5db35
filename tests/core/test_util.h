// Helpers shared by the core tests.
#pragma once
#include <fstream>
#include <sstream>
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/content/loader.h"

namespace dt::test {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string source_path(const std::string& rel) { return std::string(DT_SOURCE_DIR) + "/" + rel; }

// The shipped content/ as the app loads it.
inline Content load_shipped_content(std::vector<std::string>& problems) {
  return load_content(
      [](const std::string& rel) -> std::optional<std::string> {
        std::string s = read_text(source_path("content/" + rel));
        if (s.empty()) return std::nullopt;
        return s;
      },
      "content", problems);
}

// The shipped content, loaded once for the tests that only read it (that it loads without a
// problem is content_loader_test's to check).
inline const Content& shipped_content() {
  static const Content c = [] {
    std::vector<std::string> problems;
    return load_shipped_content(problems);
  }();
  return c;
}

// Takes the whole self-check, the first answer of every question, as a visitor taps through it.
inline void take_quiz(AppState& s, const Content& c) {
  s.quiz_fit(c.questions);
  for (size_t q = 0; q < c.questions.size(); ++q) {
    s.quiz_choose(c.questions, 0);
    s.quiz_check();
    s.quiz_next(c);
  }
}

}  // namespace dt::test
