#include <doctest/doctest.h>

#include <algorithm>

#include "core/strings.h"
#include "test_util.h"

using dt::Locale;

namespace {
bool has(const std::vector<std::string>& v, const std::string& needle) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}
}  // namespace

TEST_CASE("the shipped UI strings are complete in both languages") {
  dt::StringTable t;
  std::vector<std::string> problems;
  t.load(Locale::ZhHans, dt::test::read_text(dt::test::source_path("content/strings/zh-Hans.json")),
         "zh-Hans.json", problems);
  t.load(Locale::En, dt::test::read_text(dt::test::source_path("content/strings/en.json")), "en.json", problems);
  t.check_complete(problems);
  for (const auto& p : problems) MESSAGE(p);
  CHECK(problems.empty());
  CHECK(t.size(Locale::ZhHans) > 10);
  CHECK(t.size(Locale::ZhHans) == t.size(Locale::En));
  CHECK(t.get(Locale::ZhHans, "app.name") == "数据去哪儿了");
}

TEST_CASE("a key missing in one language is reported against the file that lacks it") {
  dt::StringTable t;
  std::vector<std::string> problems;
  t.load(Locale::ZhHans, R"({"a": "甲", "b": "乙"})", "zh.json", problems);
  t.load(Locale::En, R"({"a": "A", "c": "C"})", "en.json", problems);
  t.check_complete(problems);
  CHECK(problems.size() == 2);
  CHECK(has(problems, "en.json: /b: missing"));
  CHECK(has(problems, "zh.json: /c: missing"));
}

TEST_CASE("bad entries are reported and the good ones still load") {
  dt::StringTable t;
  std::vector<std::string> problems;
  t.load(Locale::En, R"({"ok": "Fine", "num": 3, "empty": ""})", "en.json", problems);
  CHECK(has(problems, "en.json: /num: expected a string"));
  CHECK(has(problems, "en.json: /empty: empty text"));
  CHECK(t.get(Locale::En, "ok") == "Fine");
}

TEST_CASE("broken JSON is a message, not a crash, and lookups still answer") {
  dt::StringTable t;
  std::vector<std::string> problems;
  t.load(Locale::En, R"({"a": "A",)", "en.json", problems);
  t.load(Locale::ZhHans, R"(["not", "an", "object"])", "zh.json", problems);
  CHECK(has(problems, "en.json:1:"));  // where the file breaks off
  CHECK(has(problems, "zh.json: /: expected an object"));
  // A missing key shows itself on screen so a reader can report it.
  CHECK(t.get(Locale::En, "home.title") == "[home.title]");
}

TEST_CASE("a key given twice in one language file is reported, the first text kept") {
  dt::StringTable t;
  std::vector<std::string> problems;
  t.load(Locale::En, R"({"nav.back": "Back", "nav.back": "Go back"})", "en.json", problems);
  CHECK(has(problems, "en.json: /nav.back: duplicate key"));
  CHECK(t.get(Locale::En, "nav.back") == "Back");
}
