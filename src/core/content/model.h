// The widget's knowledge as typed data: sources, cases with their flow graphs, the overview
// graph, police reminders and the quiz. Built by load_content() from content/ JSON; the UI
// only reads it. Every user-visible text exists in both locales (the loader guarantees it).
#pragma once
#include "core/content/source_address.h"
#include <string>
#include <string_view>
#include <vector>

#include "core/locale.h"

namespace dt {

struct LocalText {
  std::string zh, en;
  const std::string& get(Locale l) const { return l == Locale::ZhHans ? zh : en; }
  bool empty() const { return zh.empty() && en.empty(); }
};

// How a claim is known, shown wherever it is (content/README.md, "What the article says"):
// what the cited article establishes about this case, or what an officer said about such
// cases in general ("such accounts are usually used for…"), which is never drawn as if it
// were this case's chain.
enum class Basis { Established, OfficerGeneral };
inline constexpr std::string_view kBasisNames[] = {"established", "officer_general"};

// [SECTION] Flow graphs
enum class Role { Person, LeakPoint, Insider, Middleman, Channel, Buyer };
inline constexpr std::string_view kRoleNames[] = {"person", "leak_point", "insider", "middleman", "channel", "buyer"};

struct FlowNode {
  std::string id;
  Role role = Role::Person;
  std::string kind;  // leak points and buyers: what sort (shop_counter, fraud_ring, ...)
  LocalText label;
  Basis basis = Basis::Established;
};

struct FlowEdge {
  std::string id;
  int from = -1, to = -1;  // node indices, resolved by the loader
  LocalText data, price, volume, method;  // price/volume/method may be empty: never invented
  std::vector<std::string> cases, sources;  // overview edges cite where each hop is documented
  Basis basis = Basis::Established;
};

struct FlowGraph {
  std::vector<FlowNode> nodes;
  std::vector<FlowEdge> edges;
  int find_node(std::string_view id) const;
  int find_edge(std::string_view id) const;
};

// [SECTION] Sources and cases
struct Source {
  std::string id, file;  // file: the archived copy under shared/sources (for reviewers and tests)
  std::string url;       // an address the organiser vouched for (core/content/source_address.h)
  UrlKind url_kind = UrlKind::None;  // the publisher's own page, or a repost shown as one
  LocalText title, publisher, date;
};

struct Actor {
  Role role = Role::Person;
  LocalText name, did;
  Basis basis = Basis::Established;
};

struct Case {
  std::string id, source;
  LocalText title, place, when, operation, hook, key_value, key_label;
  std::vector<LocalText> timeline;
  std::vector<Actor> actors;
  LocalText data, scale, prices, outcome, context;
  // The context is the operation this case was part of, or only other news in the same report.
  bool context_same_report = false;
  std::vector<LocalText> remarks;  // what officers said about such cases in general
  std::vector<std::string> reminders;
  FlowGraph flow;
  // An organiser's local case written in Chinese only ("languages": ["zh-Hans"]): its English
  // is the Chinese, and the English page says so rather than leaving a reader to wonder.
  bool chinese_only = false;
};

struct Overview {
  LocalText title, intro;
  FlowGraph flow;
};

// [SECTION] Advice: police reminders (the articles' own advice, each citing them) and our tips
// (what we add; never shown under the police's name).
enum class Audience { Citizen, Organisation };
enum class AdviceKind { Police, OurTip };
inline constexpr std::string_view kAdviceKindNames[] = {"police", "our_tip"};

struct EdgeRef {
  std::string graph;  // a case id, or "overview"
  std::string edge;
};

struct Reminder {
  std::string id;
  AdviceKind kind = AdviceKind::Police;
  Audience audience = Audience::Citizen;
  LocalText text;
  std::vector<std::string> sources;
  std::vector<EdgeRef> blocks;  // the hops following this reminder would cut
};

// [SECTION] Quiz
enum class Category { ShopCounter, Forms, Documents, Passwords, LinksQr, OldPhones };
inline constexpr std::string_view kCategoryNames[] = {"shop_counter", "forms",        "documents",
                                                      "passwords",    "links_qr",     "old_phones"};
enum class Severity { Info, Low, Medium, High };
inline constexpr std::string_view kSeverityNames[] = {"info", "low", "medium", "high"};

struct Option {
  std::string id;
  LocalText text;
  bool risky = false;
  Category category = Category::Forms;  // the question's unless the option names its own
};

struct Question {
  std::string id;
  bool multiple = false;
  Category category = Category::Forms;
  LocalText prompt, explain;
  std::vector<Option> options;
  std::string reminder, case_id;  // case_id may be empty
};

struct OptionRef {
  int question = -1, option = -1;
};

// A rule's condition over the answers; `kind` says which fields are meaningful.
struct Condition {
  enum class Kind { Chosen, Any, All, None, RiskyIn, And, Or, Not };
  Kind kind = Kind::Chosen;
  std::vector<OptionRef> options;  // Chosen (one), Any, All, None
  Category category = Category::Forms;
  int at_least = 1;                // RiskyIn
  std::vector<Condition> children;  // And, Or, Not (one)
};

struct Finding {
  Severity severity = Severity::Info;
  Category category = Category::Forms;
  LocalText advice, reason;
  std::string reminder, case_id;
  int priority = 0;
};

struct Rule {
  std::string id;
  Condition when;
  Finding finding;
};

// [SECTION] Spot the leak: the short before-and-after check around the quiz
// Each item is an everyday situation with one quick question: which of these gives your data
// away (Which), or is this safe or risky (SafeOrNot). Items come in matched pairs of one topic,
// level and kind, so a visitor's "before" and "after" test one skill on two situations.
enum class SpotKind { Which, SafeOrNot };
inline constexpr std::string_view kSpotKindNames[] = {"which", "safe_or_not"};

struct SpotOption {
  LocalText text;
  bool leaks = false;
};

struct SpotItem {
  std::string id, pair, topic;
  int level = 1;
  SpotKind kind = SpotKind::Which;
  LocalText prompt, reason;
  std::vector<SpotOption> options;  // Which: 2 to 4, exactly one leaks. SafeOrNot: none.
  bool leaks = false;               // SafeOrNot: the situation is risky
  std::string reminder, case_id;    // what the item is drawn from (at least one)

  // SafeOrNot answers are 0 "safe" and 1 "risky".
  int answer_count() const { return kind == SpotKind::Which ? static_cast<int>(options.size()) : 2; }
  bool correct(int answer) const {
    if (kind == SpotKind::SafeOrNot) return answer == (leaks ? 1 : 0);
    return answer >= 0 && answer < answer_count() && options[static_cast<size_t>(answer)].leaks;
  }
};

// Built by the loader: the two items of each pair, in file order, pairs in order of first use.
struct SpotPair {
  std::string id, topic;
  int items[2] = {-1, -1};
};

// [SECTION] Everything
struct Content {
  std::vector<Source> sources;
  std::vector<Case> cases;  // in the order of cases/index.json
  Overview overview;
  std::vector<Reminder> reminders;
  std::vector<Question> questions;
  std::vector<Rule> rules;
  std::vector<SpotItem> spot;
  std::vector<SpotPair> spot_pairs;

  const Case* find_case(std::string_view id) const;
  const Source* find_source(std::string_view id) const;
  const Reminder* find_reminder(std::string_view id) const;
  int find_question(std::string_view id) const;
  const FlowGraph* find_graph(std::string_view id) const;  // a case's, or "overview"
};

}  // namespace dt
