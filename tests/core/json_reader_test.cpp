#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/content/json_reader.h"

namespace {
struct Read {
  dt::JsonReadResult r;
  std::vector<std::string> problems;
};
Read read(std::string_view text, dt::JsonLimits limits = {}) {
  Read out;
  out.r = dt::read_json(text, "cases/x.json", out.problems, limits);
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& needle) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}
}  // namespace

TEST_CASE("a good file reads with no problems") {
  auto x = read(R"({"id": "qingdao", "steps": [1, 2, {"a": true}]})");
  CHECK(x.r.ok);
  CHECK(x.problems.empty());
  CHECK(x.r.value["steps"][2]["a"] == true);
}

TEST_CASE("a syntax error names the file, line and column") {
  auto x = read("{\n  \"id\": \"qingdao\",\n  \"title\": \"标题\"\n  \"year\": 2023\n}");
  CHECK_FALSE(x.r.ok);
  REQUIRE(x.problems.size() == 1);
  INFO(x.problems[0]);
  CHECK(x.problems[0].rfind("cases/x.json:4:8: ", 0) == 0);  // the missing comma shows at "year"
}

TEST_CASE("columns count characters, not bytes, so Chinese lines point at the right place") {
  auto x = read("{\"标题\": 案例}");
  REQUIRE(x.problems.size() == 1);
  INFO(x.problems[0]);
  CHECK(x.problems[0].rfind("cases/x.json:1:8: ", 0) == 0);  // 案 is the 8th character
  CHECK(x.problems[0].find("last read") == std::string::npos);  // no half characters in messages
  CHECK(x.problems[0].find("invalid literal") != std::string::npos);
}

TEST_CASE("duplicate keys are reported with their path and the first value wins") {
  auto x = read(R"({"strings": {"zh": "一", "en": "one", "zh": "二"}})");
  CHECK(x.r.ok);
  REQUIRE(x.problems.size() == 1);
  CHECK(has(x.problems, "cases/x.json: /strings/zh: duplicate key"));
  CHECK(x.r.value["strings"]["zh"] == "一");
}

TEST_CASE("duplicates inside arrays and inside dropped duplicates are handled") {
  auto x = read(R"({"a": [{"k": 1, "k": 2}], "b": {"c": 1}, "b": {"c": {"d": 1, "d": "x"}, "e": [1]}})");
  CHECK(x.r.ok);
  CHECK(has(x.problems, "/a/0/k: duplicate key"));
  CHECK(has(x.problems, "/b: duplicate key"));
  CHECK(x.r.value["b"]["c"] == 1);
}

TEST_CASE("extreme nesting is refused before it is built") {
  std::string deep(100000, '[');
  auto x = read(deep);
  CHECK_FALSE(x.r.ok);
  CHECK(has(x.problems, "nested more than 32 levels deep"));
}

TEST_CASE("an oversized file is refused without parsing") {
  auto x = read(std::string(100, ' ') + "{}", dt::JsonLimits{50, 32});
  CHECK_FALSE(x.r.ok);
  CHECK(has(x.problems, "content files may be at most 50"));
}

TEST_CASE("invalid UTF-8 is a message, not a crash") {
  auto x = read("{\"title\": \"\xE6\xB5\"}");
  CHECK_FALSE(x.r.ok);
  REQUIRE(x.problems.size() == 1);
  CHECK(has(x.problems, "cases/x.json:1:"));
}

TEST_CASE("empty input and trailing garbage are reported") {
  CHECK(has(read("").problems, "cases/x.json:1:1: "));
  CHECK_FALSE(read("{} {}").r.ok);
}

TEST_CASE("JSON pointers escape ~ and /") {
  CHECK(dt::json_pointer({}) == "/");
  CHECK(dt::json_pointer({"a/b", "c~d", "0"}) == "/a~1b/c~0d/0");
}
