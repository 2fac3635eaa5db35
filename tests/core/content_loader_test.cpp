// The content loader: the real content set loads clean, and every kind of mistake an
// organiser can make is reported with its file and JSON pointer, while the rest still loads.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "core/content/loader.h"
#include "core/content/problem_words.h"
#include "test_util.h"

namespace {

using nlohmann::json;

// The real content/ files in memory, editable per test.
struct Files {
  std::map<std::string, std::string> files;

  Files() {
    for (const char* rel : {"sources.json", "reminders.json", "overview.json", "cases/index.json",
                            "quiz/questions.json", "quiz/rules.json", "quiz/spot.json"})
      add(rel);
    const json index = json::parse(files["cases/index.json"], nullptr, false);
    for (const auto& id : index["cases"]) add("cases/" + id.get<std::string>() + ".json");
  }
  void add(const std::string& rel) { files[rel] = dt::test::read_text(dt::test::source_path("content/" + rel)); }
  void edit(const std::string& rel, const std::function<void(json&)>& change) {
    json d = json::parse(files.at(rel), nullptr, false);
    REQUIRE_FALSE(d.is_discarded());
    change(d);
    files[rel] = d.dump();
  }
  struct Result {
    dt::Content content;
    std::vector<std::string> problems;
    bool has(const std::string& needle) const {
      return std::any_of(problems.begin(), problems.end(),
                         [&](const std::string& p) { return p.find(needle) != std::string::npos; });
    }
  };
  Result load(const dt::CaseLister& list_cases = {}) const {
    Result r;
    r.content = dt::load_content(
        [this](const std::string& rel) -> std::optional<std::string> {
          auto it = files.find(rel);
          if (it == files.end()) return std::nullopt;
          return it->second;
        },
        "content", r.problems, list_cases);
    return r;
  }
};

std::string all(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& p : v) s += p + "\n";
  return s;
}

}  // namespace

// [SECTION] The real content
TEST_CASE("the shipped content loads with no problems and holds the eight cases") {
  const auto r = Files().load();
  INFO(all(r.problems));
  CHECK(r.problems.empty());
  REQUIRE(r.content.cases.size() >= 8);
  for (const char* id : {"xuzhou-children", "linan-telegram", "qingdao-phone-shops", "coupon-cashout",
                         "guangzhou-broker", "shenzhen-estates", "huizhou-waybills", "zaozhuang-insiders"})
    CHECK_MESSAGE(r.content.find_case(id) != nullptr, id);
  for (const auto& c : r.content.cases) {
    INFO(c.id);
    CHECK(c.timeline.size() >= 3);
    CHECK(c.timeline.size() <= 6);
    CHECK_FALSE(c.reminders.empty());
    CHECK(r.content.find_source(c.source) != nullptr);
    CHECK(c.flow.edges.size() >= 3);
    for (const auto& e : c.flow.edges) CHECK((e.from >= 0 && e.to >= 0));
  }
  CHECK(r.content.overview.flow.nodes.size() > 10);
  CHECK(r.content.questions.size() >= 12);
  CHECK(r.content.questions.size() <= 16);
}

TEST_CASE("every police reminder is cited from a source article, and every article gives reminders") {
  const auto r = Files().load();
  for (const auto& s : r.content.sources) {
    const bool cited = std::any_of(r.content.reminders.begin(), r.content.reminders.end(), [&](const dt::Reminder& m) {
      return std::find(m.sources.begin(), m.sources.end(), s.id) != m.sources.end();
    });
    CHECK_MESSAGE(cited, s.id);
  }
}

TEST_CASE("the summary counts what was loaded") {
  const auto r = Files().load();
  const std::string s = dt::content_summary(r.content);
  CHECK(s.find(std::to_string(r.content.cases.size()) + " cases") == 0);
  CHECK(s.find(std::to_string(r.content.rules.size()) + " rules") != std::string::npos);
}

// [SECTION] File-level errors
TEST_CASE("a missing file is reported and the rest still loads") {
  Files f;
  f.files.erase("quiz/rules.json");
  const auto r = f.load();
  CHECK(r.has("content/quiz/rules.json: cannot be read"));
  CHECK(r.content.cases.size() >= 8);
  CHECK(r.content.rules.empty());
}

TEST_CASE("a syntax error in one case names line and column and the other cases still load") {
  Files f;
  f.files["cases/huizhou-waybills.json"] = "{\n  \"id\": \"huizhou-waybills\"\n  \"title\": 1\n}";
  const auto r = f.load();
  CHECK(r.has("content/cases/huizhou-waybills.json:3:9: syntax error"));
  CHECK(r.content.cases.size() >= 7);
  CHECK(r.content.find_case("huizhou-waybills") == nullptr);
}

// The organiser walk (issue 31): one trailing comma in the index gave one syntax error and
// about sixty "no case … in cases/index.json" lines after it.
TEST_CASE("one slip in a file is one problem, said in plain words, not a page of knock-on errors") {
  Files f;
  std::string& index = f.files["cases/index.json"];
  const size_t close = index.rfind(']');
  REQUIRE(close != std::string::npos);
  index.insert(close, ",\n");
  auto r = f.load();
  INFO(all(r.problems));
  REQUIRE(r.problems.size() == 1);
  CHECK(r.has("content/cases/index.json:"));
  CHECK(r.has("a comma after the last item: remove it"));

  Files g;  // a Chinese comma between two fields of a case
  std::string& text = g.files["cases/coupon-cashout.json"];
  const size_t comma = text.find("\",", 40);
  REQUIRE(comma != std::string::npos);
  text.replace(comma + 1, 1, "\xEF\xBC\x8C");
  r = g.load();
  INFO(all(r.problems));
  REQUIRE(r.problems.size() == 1);
  CHECK(r.has("a Chinese \xEF\xBC\x8C outside the quotes"));

  Files h;  // a broken sources.json: the cases citing it are not reported one by one
  h.files["sources.json"] = "{";
  r = h.load();
  INFO(all(r.problems));
  CHECK(r.problems.size() == 1);
}

TEST_CASE("a case file the index forgot is named, and so is a listed case with no file") {
  Files f;
  f.files["cases/pizhou-parcels.json"] = f.files.at("cases/huizhou-waybills.json");
  f.edit("cases/index.json", [](json& d) { d["cases"].push_back("riverside-waybills"); });
  const dt::CaseLister list = [&f] {
    std::vector<std::string> names;
    for (const auto& [rel, text] : f.files)
      if (rel.rfind("cases/", 0) == 0) names.push_back(rel.substr(6));
    return names;
  };
  auto r = f.load(list);
  INFO(all(r.problems));
  CHECK(r.has("content/cases/pizhou-parcels.json: not listed in cases/index.json, so the widget never shows it (add \"pizhou-parcels\""));
  CHECK(r.has("content/cases/riverside-waybills.json: cases/index.json lists \"riverside-waybills\", but there is no such file"));
  CHECK(r.problems.size() == 2);
  // Where nothing can be listed (a web server), only the listed-but-missing file is named.
  r = f.load();
  CHECK(r.problems.size() == 1);
}

TEST_CASE("the mistakes an organiser makes most are each explained in Chinese on the Problems screen") {
  Files f;
  f.files["cases/index.json"].insert(f.files["cases/index.json"].rfind(']'), ",");  // trailing comma
  f.edit("cases/linan-telegram.json", [](json& d) {
    d["titel"] = d["title"];                    // unknown key
    d["flow"]["edges"][0]["to"] = "nobody";     // no such node
    d["timeline"][0]["en"] = "";                // empty text
    d.erase("source");                          // missing field
    d["reminders"][0] = "no-such-reminder";     // no such reminder
  });
  f.files["cases/forgotten.json"] = "{}";
  std::vector<std::string> problems = f.load().problems;
  Files g;
  g.edit("cases/linan-telegram.json", [](json& d) {
    d["flow"]["edges"][0]["to"] = "nobody";
    d["timeline"][0]["en"] = "";
    d.erase("source");
    d["reminders"][0] = "no-such-reminder";
    d["titel"] = 1;
  });
  g.edit("cases/index.json", [](json& d) { d["cases"].push_back("ghost"); });
  g.files["cases/forgotten.json"] = "{}";
  const auto r = g.load([] { return std::vector<std::string>{"forgotten.json"}; });
  problems.insert(problems.end(), r.problems.begin(), r.problems.end());
  INFO(all(problems));
  REQUIRE(problems.size() >= 7);
  for (const auto& p : problems) CHECK_MESSAGE(!dt::problem_in_chinese(p).empty(), p);
  CHECK(dt::problem_in_chinese(problems[0]).find("逗号") != std::string::npos);
  CHECK(dt::problem_in_chinese("content/x.json: /a: something new").empty());
  CHECK(dt::problem_in_chinese("content/cases/missing-persons.json: /a: something new").empty());
}

TEST_CASE("the case editor's walk: no buyer, an article added twice, no advice ticked, a bad file name") {
  Files f;
  f.edit("cases/linan-telegram.json", [](json& d) {
    for (auto& n : d["flow"]["nodes"])
      if (n["role"] == "buyer") {
        n["role"] = "middleman";
        n.erase("kind");
      }
    d["reminders"] = json::array();
  });
  f.edit("sources.json", [](json& d) {
    json again = d["sources"][1];
    again["id"] = "again";
    again.erase("file");
    d["sources"].push_back(again);
  });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("content/cases/linan-telegram.json: /flow/nodes: no buyer:"));
  CHECK(r.has("content/cases/linan-telegram.json: /reminders: has 0 entries; expected 1 to 32"));
  CHECK(r.has("content/sources.json: /sources/5/title: the same headline as source \"001\""));
  CHECK(r.problems.size() == 3);
  // Each said plainly in Chinese too, not as "wrong type" (the walk's first reading of an empty list).
  for (const auto& p : r.problems) {
    CHECK_MESSAGE(!dt::problem_in_chinese(p).empty(), p);
    CHECK_MESSAGE(dt::problem_in_chinese(p).find("类型不对") == std::string::npos, p);
  }
  for (const char* line : {"cases/x.json: /flow/nodes/3: node \"n4\" is on no edge",
                           "cases/x.json: /id: \"Pizhou Shop\" is not a valid id (use a-z, 0-9, '-' or '_', at most 64)",
                           "sources.json: /sources/5/url: the host www.example.com is not listed in publisher_hosts as the publisher's own: list it, or mark the address \"repost\""})
    CHECK_MESSAGE(!dt::problem_in_chinese(line).empty(), line);
}

TEST_CASE("an organiser's source needs no archive file name") {
  Files f;
  f.edit("sources.json", [](json& d) { d["sources"][0].erase("file"); });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.problems.empty());
}

TEST_CASE("hostile files are refused with a message: duplicates, deep nesting, bad UTF-8, huge size") {
  Files f;
  f.files["sources.json"] = R"({"sources": [], "sources": []})";
  f.files["overview.json"] = std::string(200, '[') + std::string(200, ']');
  f.files["quiz/questions.json"] = "{\"questions\": \"\xC3\x28\"}";
  f.files["quiz/rules.json"] = "{\"rules\": \"" + std::string(5 * 1024 * 1024, 'a') + "\"}";
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("content/sources.json: /sources: duplicate key"));
  CHECK(r.has("content/overview.json"));
  CHECK(r.has("nest"));
  CHECK(r.has("UTF-8"));
  CHECK(r.has("content/quiz/rules.json"));
}

// [SECTION] Field errors
TEST_CASE("a wrong type names the field and what was expected") {
  Files f;
  f.edit("cases/qingdao-phone-shops.json", [](json& d) { d["timeline"] = "one step"; });
  const auto r = f.load();
  CHECK(r.has("content/cases/qingdao-phone-shops.json: /timeline: expected a list, found text"));
}

TEST_CASE("a missing required field is reported") {
  Files f;
  f.edit("cases/qingdao-phone-shops.json", [](json& d) { d.erase("outcome"); });
  CHECK(f.load().has("content/cases/qingdao-phone-shops.json: /: missing \"outcome\""));
}

TEST_CASE("an unknown key is flagged as a likely typo with a suggestion") {
  Files f;
  f.edit("cases/qingdao-phone-shops.json", [](json& d) {
    d["outcom"] = d["outcome"];
    d.erase("outcome");
  });
  const auto r = f.load();
  CHECK(r.has("/outcom: unknown key; did you mean \"outcome\"?"));
}

TEST_CASE("a text present in one language but missing in the other is reported") {
  Files f;
  f.edit("cases/linan-telegram.json", [](json& d) { d["hook"].erase("en"); });
  f.edit("reminders.json", [](json& d) { d["reminders"][2]["text"].erase("zh-Hans"); });
  const auto r = f.load();
  CHECK(r.has("content/cases/linan-telegram.json: /hook: missing \"en\" (present in zh-Hans)"));
  CHECK(r.has("content/reminders.json: /reminders/2/text: missing \"zh-Hans\" (present in en)"));
}

TEST_CASE("a local case in Chinese only needs no English, shows its Chinese there, and nothing else is excused") {
  Files f;
  f.edit("cases/linan-telegram.json", [](json& d) {
    d["languages"] = json::array({"zh-Hans"});
    d["hook"].erase("en");                   // left out
    d["timeline"][1]["en"] = "";             // left empty
    d["flow"]["nodes"][0]["label"].erase("en");
    d["title"].erase("zh-Hans");             // the Chinese is still required
  });
  auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.problems.size() == 1);
  CHECK(r.has("content/cases/linan-telegram.json: /title: missing \"zh-Hans\" (present in en)"));
  const dt::Case* c = r.content.find_case("linan-telegram");
  REQUIRE(c != nullptr);
  CHECK(c->chinese_only);
  CHECK(c->hook.en == c->hook.zh);
  CHECK(c->timeline[1].en == c->timeline[1].zh);
  CHECK(c->flow.nodes[0].label.en == c->flow.nodes[0].label.zh);
  CHECK(c->timeline[0].en != c->timeline[0].zh);  // English that is there is kept
  // Any other value of "languages" is named; the case then needs both languages as usual.
  f.edit("cases/linan-telegram.json", [](json& d) { d["languages"] = json::array({"en"}); });
  r = f.load();
  CHECK(r.has("content/cases/linan-telegram.json: /languages: expected [\"zh-Hans\"]"));
  CHECK(r.has("content/cases/linan-telegram.json: /hook: missing \"en\" (present in zh-Hans)"));
}

TEST_CASE("an unknown language, empty text and a plain string instead of a translation are reported") {
  Files f;
  f.edit("cases/linan-telegram.json", [](json& d) {
    d["title"]["fr"] = "titre";
    d["place"]["en"] = "  ";
    d["when"] = "2022";
  });
  const auto r = f.load();
  CHECK(r.has("/title/fr: unknown language"));
  CHECK(r.has("/place/en: empty text"));
  CHECK(r.has("/when: expected {\"zh-Hans\""));
}

TEST_CASE("bad ids, out-of-range numbers and unknown choices are reported") {
  Files f;
  f.edit("quiz/questions.json", [](json& d) {
    d["questions"][0]["id"] = "Shop Setup";
    d["questions"][1]["category"] = "shops";
  });
  f.edit("quiz/rules.json", [](json& d) { d["rules"][0]["finding"]["priority"] = 500; });
  const auto r = f.load();
  CHECK(r.has("/questions/0/id: \"Shop Setup\" is not a valid id"));
  CHECK(r.has("/questions/1/category: \"shops\" is not one of: shop_counter"));
  CHECK(r.has("/rules/0/finding/priority: 500 is outside 1..99"));
}

TEST_CASE("a case timeline must have 3 to 6 steps") {
  Files f;
  f.edit("cases/coupon-cashout.json", [](json& d) { d["timeline"].erase(1); d["timeline"].erase(1); });
  CHECK(f.load().has("content/cases/coupon-cashout.json: /timeline: has 2 entries; expected 3 to 6"));
}

// [SECTION] Graph errors
TEST_CASE("an edge to a node that does not exist, a self-loop and an isolated node are reported") {
  Files f;
  f.edit("cases/huizhou-waybills.json", [](json& d) {
    d["flow"]["edges"][0]["to"] = "nowhere";
    d["flow"]["edges"][1]["to"] = d["flow"]["edges"][1]["from"];
    d["flow"]["nodes"].push_back({{"id", "alone"}, {"role", "channel"}, {"label", {{"zh-Hans", "孤"}, {"en", "Alone"}}}});
  });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("/flow/edges/0/to: no node \"nowhere\" in this graph"));
  CHECK(r.has("/flow/edges/1: an edge cannot lead from a node to itself"));
  CHECK(r.has("node \"alone\" is on no edge"));
}

TEST_CASE("leak points and buyers need a known kind") {
  Files f;
  f.edit("cases/huizhou-waybills.json", [](json& d) { d["flow"]["nodes"][1]["kind"] = "post_office"; });
  CHECK(f.load().has("/flow/nodes/1/kind: \"post_office\" is not one of"));
}

TEST_CASE("duplicate ids are reported with where the first one is") {
  Files f;
  f.edit("cases/huizhou-waybills.json", [](json& d) { d["flow"]["edges"][2]["id"] = d["flow"]["edges"][0]["id"]; });
  f.edit("cases/index.json", [](json& d) { d["cases"].push_back("huizhou-waybills"); });
  const auto r = f.load();
  CHECK(r.has("/flow/edges/2/id: duplicate edge id \"ship\" (first at /flow/edges/0/id)"));
  CHECK(r.has("content/cases/index.json: /cases/8: case \"huizhou-waybills\" is listed twice"));
}

TEST_CASE("an overview edge must cite a case or a source") {
  Files f;
  f.edit("overview.json", [](json& d) {
    d["flow"]["edges"][0].erase("cases");
    d["flow"]["edges"][0].erase("sources");
  });
  CHECK(f.load().has("content/overview.json: /flow/edges/0: an overview edge must cite"));
}

// [SECTION] Cross-references
TEST_CASE("a case's id must match its file, and its source and reminders must exist") {
  Files f;
  f.edit("cases/xuzhou-children.json", [](json& d) {
    d["id"] = "xuzhou";
    d["source"] = "009";
    d["reminders"].push_back("wear-a-helmet");
  });
  const auto r = f.load();
  CHECK(r.has("content/cases/xuzhou-children.json: /id: is \"xuzhou\" but the file is listed as \"xuzhou-children\""));
  CHECK(r.has("content/cases/xuzhou-children.json: /source: no source \"009\""));
  CHECK(r.has("no reminder \"wear-a-helmet\""));
}

TEST_CASE("a reminder that blocks an edge of an unknown graph or edge is reported") {
  Files f;
  size_t n = 0;
  f.edit("reminders.json", [&](json& d) {
    n = d["reminders"][0]["blocks"].size();
    d["reminders"][0]["blocks"].push_back("nowhere/e1");
    d["reminders"][0]["blocks"].push_back("overview/no-such-edge");
    d["reminders"][0]["blocks"].push_back("no-slash");
  });
  const auto r = f.load();
  const std::string at = "/reminders/0/blocks/";
  CHECK(r.has(at + std::to_string(n) + ": no graph \"nowhere\""));
  CHECK(r.has(at + std::to_string(n + 1) + ": graph \"overview\" has no edge \"no-such-edge\""));
  CHECK(r.has(at + std::to_string(n + 2) + ": expected \"case-id/edge-id\""));
}

TEST_CASE("a question's case and reminder must exist") {
  Files f;
  f.edit("quiz/questions.json", [](json& d) {
    d["questions"][0]["case"] = "atlantis";
    d["questions"][0]["reminder"] = "nope";
  });
  const auto r = f.load();
  CHECK(r.has("content/quiz/questions.json: /questions/0/case: no case \"atlantis\""));
  CHECK(r.has("content/quiz/questions.json: /questions/0/reminder: no reminder \"nope\""));
}

TEST_CASE("a single-choice question with no safe answer is reported") {
  Files f;
  f.edit("quiz/questions.json", [](json& d) {
    for (auto& o : d["questions"][1]["options"]) o["risky"] = true;
  });
  CHECK(f.load().has("/questions/1/options: every option is risky"));
}

// [SECTION] Rules
TEST_CASE("a rule referring to an unknown question or option is reported") {
  Files f;
  f.edit("quiz/rules.json", [](json& d) {
    d["rules"][0]["when"] = {{"any", {"no-question/a", "passwords/nope", "plain"}}};
  });
  const auto r = f.load();
  CHECK(r.has("/rules/0/when/any/0: no question \"no-question\""));
  CHECK(r.has("/rules/0/when/any/1: question \"passwords\" has no option \"nope\""));
  CHECK(r.has("/rules/0/when/any/2: expected \"question-id/option-id\""));
}

TEST_CASE("rules that can never fire are reported") {
  Files f;
  f.edit("quiz/rules.json", [](json& d) {
    // Two answers of one single-choice question can't both be chosen.
    d["rules"][0]["when"] = {{"all", {"passwords/same", "passwords/different"}}};
    // There are not 9 risky old-phone answers to give.
    d["rules"][1]["when"] = {{"risky_in", "old_phones"}, {"at_least", 9}};
    // An "and" with an impossible branch is impossible.
    d["rules"][2]["when"] = {{"and", {{{"chosen", "parcel/as-is"}}, {{"risky_in", "old_phones"}, {"at_least", 9}}}}};
  });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("/rules/0/when: this condition can never be true"));
  CHECK(r.has("/rules/1/when: this condition can never be true"));
  CHECK(r.has("/rules/2/when: this condition can never be true"));
}

TEST_CASE("a multiple-choice question's options can all be required together") {
  Files f;
  f.edit("quiz/rules.json", [](json& d) { d["rules"][0]["when"] = {{"all", {"habits/gift-forms", "habits/promo-qr"}}}; });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.problems.empty());
}

TEST_CASE("ill-typed conditions are reported") {
  Files f;
  f.edit("quiz/rules.json", [](json& d) {
    d["rules"][0]["when"] = {{"maybe", "x"}};
    d["rules"][1]["when"] = {{"any", {"parcel/as-is"}}, {"all", {"parcel/remove"}}};
    d["rules"][2]["when"] = {{"risky_in", "links_qr"}, {"at_least", "two"}};
    d["rules"][3]["when"] = {{"not", json::array()}};
    d["rules"][4]["when"] = {{"or", json::array()}};
  });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("/rules/0/when: unknown condition"));
  CHECK(r.has("/rules/1/when: one operator per condition"));
  CHECK(r.has("/rules/2/when/at_least: expected a whole number, found text"));
  CHECK(r.has("/rules/3/when/not: expected a condition"));
  CHECK(r.has("/rules/4/when/or: has 0 entries"));
}

TEST_CASE("conditions nested absurdly deep are refused, not recursed into") {
  Files f;
  f.edit("quiz/rules.json", [](json& d) {
    json c = {{"chosen", "parcel/as-is"}};
    for (int i = 0; i < 12; ++i) c = {{"not", c}};
    d["rules"][0]["when"] = c;
  });
  CHECK(f.load().has("conditions nest deeper than"));
}

TEST_CASE("the rule tree keeps its structure for the quiz engine") {
  const auto r = Files().load();
  const auto it = std::find_if(r.content.rules.begin(), r.content.rules.end(),
                               [](const dt::Rule& x) { return x.id == "one-link-or-code"; });
  REQUIRE(it != r.content.rules.end());
  CHECK(it->when.kind == dt::Condition::Kind::And);
  REQUIRE(it->when.children.size() == 2);
  CHECK(it->when.children[0].kind == dt::Condition::Kind::Any);
  CHECK(it->when.children[1].kind == dt::Condition::Kind::Not);
  CHECK(it->when.children[1].children[0].kind == dt::Condition::Kind::RiskyIn);
  CHECK(it->when.children[1].children[0].at_least == 2);
}

// [SECTION] Extensibility
TEST_CASE("a new case is one file plus one index line, with no code change") {
  Files f;
  f.files["cases/local-example.json"] =
      dt::test::read_text(dt::test::source_path("tests/fixtures/extra_case/cases/local-example.json"));
  f.edit("cases/index.json", [](json& d) { d["cases"].push_back("local-example"); });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.problems.empty());
  REQUIRE(r.content.cases.size() == 9);
  CHECK(r.content.cases.back().id == "local-example");
  CHECK(r.content.cases.back().title.zh.find("示例") != std::string::npos);
}

TEST_CASE("the number of problems reported from one hostile file is capped") {
  Files f;
  json many = json::object();
  json list = json::array();
  for (int i = 0; i < 2000; ++i) list.push_back(json::object());
  many["reminders"] = list;
  f.files["reminders.json"] = many.dump();
  // 2000 entries is over the limit of 256: reported once, not walked.
  const auto r = f.load();
  CHECK(r.has("/reminders: has 2000 entries; expected 1 to 256"));
  CHECK(r.problems.size() < 600);
}

TEST_CASE("a text longer than a screen is cut, and a case that would pull in most of the font is left out") {
  Files f;
  // Security review L8: one case with ~20,900 different CJK characters cost every visitor 164
  // glyph pages and a 2.3 s frame. Here: a 1,500-character hook and 1,200 different ideographs.
  std::string hook, rare;
  for (int i = 0; i < 1500; ++i) hook += "\xE5\x95\x8A";  // 啊
  for (char32_t c = 0x4E00; c < 0x4E00 + 1200; ++c) {
    rare += static_cast<char>(0xE0 | (c >> 12));
    rare += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    rare += static_cast<char>(0x80 | (c & 0x3F));
  }
  f.edit("cases/linan-telegram.json", [&](json& d) { d["hook"]["zh-Hans"] = hook; });
  f.edit("cases/huizhou-waybills.json", [&](json& d) { d["outcome"]["zh-Hans"] = rare.substr(0, 900 * 3); d["scale"]["zh-Hans"] = rare.substr(900 * 3); });
  const auto r = f.load();
  CHECK(r.has("linan-telegram.json: /hook/zh-Hans: is 1500 characters long (at most 1000)"));
  const auto linan = std::find_if(r.content.cases.begin(), r.content.cases.end(), [](const dt::Case& c) { return c.id == "linan-telegram"; });
  REQUIRE(linan != r.content.cases.end());
  CHECK(linan->hook.zh.size() == 1000 * 3);  // still shown, its first 1000 characters
  INFO(all(r.problems));
  CHECK(r.has("huizhou-waybills.json: /: uses 1"));
  CHECK(r.has("different characters (at most 1000)"));
  CHECK(std::none_of(r.content.cases.begin(), r.content.cases.end(), [](const dt::Case& c) { return c.id == "huizhou-waybills"; }));
  CHECK(r.content.cases.size() + 1 == Files().load().content.cases.size());  // the others still load
}

// [SECTION] Spot-the-leak items
TEST_CASE("spot-the-leak items: a pair that cannot be compared, an answer key that is not one answer, an uncited item") {
  Files f;
  f.edit("quiz/spot.json", [](json& d) {
    auto& items = d["items"];
    items[1]["topic"] = "paper";                 // pair "codes-counter" now mixes two topics
    items[2]["pair"] = "alone";                  // "alone" has one item; "codes-judge" too
    items[4]["options"][1]["leaks"] = true;      // two options leak
    items[5].erase("reminder");                  // cites nothing
    items[6].erase("leaks");                     // safe_or_not without its answer
    items[8]["reminder"] = "no-such-advice";
  });
  const auto r = f.load();
  INFO(all(r.problems));
  CHECK(r.has("quiz/spot.json: /items/1/pair: pair \"codes-counter\" mixes items"));
  CHECK(r.has("pair \"alone\" has one item"));
  CHECK(r.has("pair \"codes-judge\" has one item"));
  CHECK(r.has("/items/4/options: exactly one option must have \"leaks\": true (found 2)"));
  CHECK(r.has("/items/5: cite what the item is drawn from"));
  CHECK(r.has("/items/6: a safe_or_not item needs \"leaks\""));
  CHECK(r.has("/items/8/reminder: no reminder \"no-such-advice\""));
  // Only whole pairs are ever asked.
  for (const auto& p : r.content.spot_pairs) CHECK(p.items[1] >= 0);
  CHECK(r.content.spot_pairs.size() == 6);
}

TEST_CASE("a third item on a pair is refused; a missing spot.json is named") {
  Files f;
  f.edit("quiz/spot.json", [](json& d) { d["items"][2]["pair"] = "codes-counter"; });
  CHECK(f.load().has("/items/2/pair: pair \"codes-counter\" already has two items"));
  Files g;
  g.files.erase("quiz/spot.json");
  CHECK(g.load().has("content/quiz/spot.json: cannot be read"));
}

// [SECTION] Source addresses (issue 29): never a repost passed off as the publisher's page
TEST_CASE("a source address is shown only when the organiser says what it is") {
  const std::string wechat =
      "http://mp.weixin.qq.com/s?__biz=MzIyMDYwMTk0Mw==&mid=2247510625&idx=5#wechat_redirect";
  auto with = [&](const std::function<void(json&)>& change) {
    Files f;
    f.edit("sources.json", [&](json& d) { change(d["sources"][0]); });
    return f.load();
  };
  SUBCASE("an address without its kind is refused, and the source still cited") {
    const auto r = with([&](json& s) { s["url"] = wechat; });
    CHECK(r.has("content/sources.json: /sources/0: missing \"url_kind\""));
    REQUIRE(!r.content.sources.empty());
    CHECK(r.content.sources[0].url.empty());
    CHECK(!r.content.sources[0].publisher.zh.empty());
  }
  SUBCASE("a WeChat page is somebody's account: as the publisher's own only with that account listed") {
    auto r = with([&](json& s) {
      s["url"] = wechat;
      s["url_kind"] = "publisher";
      s["publisher_hosts"] = {"mp.weixin.qq.com"};
    });
    CHECK(r.has("/sources/0/url: a page on mp.weixin.qq.com is someone's account"));
    CHECK(r.content.sources[0].url.empty());
    r = with([&](json& s) {
      s["url"] = wechat;
      s["url_kind"] = "publisher";
      s["publisher_hosts"] = {"mp.weixin.qq.com#MzIyMDYwMTk0Mw=="};
    });
    CHECK(r.problems.empty());
    CHECK(r.content.sources[0].url_kind == dt::UrlKind::Publisher);
  }
  SUBCASE("a publisher's page on a host not listed as theirs is refused") {
    const auto r = with([&](json& s) {
      s["url"] = "https://finance.sina.com.cn/a/b.html";
      s["url_kind"] = "publisher";
      s["publisher_hosts"] = {"www.legaldaily.com.cn"};
    });
    CHECK(r.has("/sources/0/url: the host finance.sina.com.cn is not listed in publisher_hosts"));
    CHECK(r.content.sources[0].url.empty());
  }
  SUBCASE("a repost is kept, and kept as a repost") {
    const auto r = with([&](json& s) {
      s["url"] = "https://finance.sina.com.cn/a/b.html";
      s["url_kind"] = "repost";
    });
    CHECK(r.problems.empty());
    CHECK(r.content.sources[0].url_kind == dt::UrlKind::Repost);
  }
}

TEST_CASE("the shipped sources link no reposted page as the original") {
  for (const auto& s : dt::test::shipped_content().sources) {
    CAPTURE(s.id);
    if (s.url.empty()) continue;
    CHECK(s.url_kind != dt::UrlKind::None);
    CHECK(dt::url_host(s.url) != "mp.weixin.qq.com");  // the grey-industry reposts of 000 and 001
  }
}
