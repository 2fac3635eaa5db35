// Quiz questions and the rules that turn answers into findings. Conditions are parsed into
// a typed tree here, and checked for references and for rules that could never fire; the
// evaluation itself belongs to the quiz engine.
#include "core/content/loader_internal.h"
#include "core/quiz/engine.h"

namespace dt::detail {

using nlohmann::json;

namespace {
constexpr std::string_view kKinds[] = {"single", "multiple"};
constexpr int kMaxConditionDepth = 8;

class RuleReader {
 public:
  RuleReader(const std::vector<Question>& qs, Problems& out) : qs_(qs), out_(out) {}

  Condition condition(const json& v, const Where& at, int depth) {
    Condition c;
    if (depth > kMaxConditionDepth) {
      report(out_, at, "conditions nest deeper than " + std::to_string(kMaxConditionDepth));
      return c;
    }
    if (!v.is_object() || v.size() == 0) {
      report(out_, at, "expected a condition such as {\"chosen\": \"question/option\"}");
      return c;
    }
    int operators = 0;
    for (const char* op : {"chosen", "any", "all", "none", "risky_in", "and", "or", "not"}) operators += v.contains(op) ? 1 : 0;
    if (operators > 1) report(out_, at, "one operator per condition; combine several with \"and\" or \"or\"");
    Fields f(v, at, out_);
    if (f.has("chosen")) {
      c.kind = Condition::Kind::Chosen;
      c.options.push_back(option_ref(v["chosen"], at / "chosen"));
    } else if (f.has("any") || f.has("all") || f.has("none")) {
      const char* key = f.has("any") ? "any" : f.has("all") ? "all" : "none";
      c.kind = key[1] == 'n' ? Condition::Kind::Any : key[1] == 'l' ? Condition::Kind::All : Condition::Kind::None;
      if (const json* list = f.array(key, 1, 64))
        for (size_t i = 0; i < list->size(); ++i) c.options.push_back(option_ref((*list)[i], at / key / i));
    } else if (f.has("risky_in")) {
      c.kind = Condition::Kind::RiskyIn;
      const int cat = f.choice("risky_in", kCategoryNames);
      c.category = cat < 0 ? Category::Forms : static_cast<Category>(cat);
      c.at_least = f.integer("at_least", 1, 100, 1);
    } else if (f.has("and") || f.has("or")) {
      const char* key = f.has("and") ? "and" : "or";
      c.kind = key[0] == 'a' ? Condition::Kind::And : Condition::Kind::Or;
      if (const json* list = f.array(key, 1, 32))
        for (size_t i = 0; i < list->size(); ++i) c.children.push_back(condition((*list)[i], at / key / i, depth + 1));
    } else if (f.has("not")) {
      c.kind = Condition::Kind::Not;
      c.children.push_back(condition(v["not"], at / "not", depth + 1));
    } else {
      report(out_, at, "unknown condition; use chosen, any, all, none, risky_in, and, or or not");
      return c;
    }
    f.finish();
    return c;
  }

  // Conservative: false only when the condition is certainly impossible for any answers.
  bool can_fire(const Condition& c) const {
    using K = Condition::Kind;
    switch (c.kind) {
      case K::All:
        for (size_t i = 0; i < c.options.size(); ++i)
          for (size_t j = 0; j < i; ++j) {
            const auto &a = c.options[i], &b = c.options[j];
            if (a.question >= 0 && a.question == b.question && a.option != b.option &&
                !qs_[static_cast<size_t>(a.question)].multiple)
              return false;  // two options of a single-choice question
          }
        return true;
      case K::RiskyIn: return c.at_least <= max_risky(qs_, c.category);
      case K::And:
        for (const auto& ch : c.children)
          if (!can_fire(ch)) return false;
        return true;
      case K::Or:
        for (const auto& ch : c.children)
          if (can_fire(ch)) return true;
        return c.children.empty();
      default: return true;
    }
  }

 private:
  OptionRef option_ref(const json& v, const Where& at) {
    OptionRef r;
    const std::string s = v.is_string() ? v.get<std::string>() : std::string();
    const auto slash = s.find('/');
    if (slash == std::string::npos) {
      report(out_, at, "expected \"question-id/option-id\"");
      return r;
    }
    const std::string q = s.substr(0, slash), o = s.substr(slash + 1);
    for (size_t i = 0; i < qs_.size(); ++i)
      if (qs_[i].id == q) r.question = static_cast<int>(i);
    if (r.question < 0) {
      report(out_, at, "no question \"" + q + "\"");
      return r;
    }
    const auto& opts = qs_[static_cast<size_t>(r.question)].options;
    for (size_t i = 0; i < opts.size(); ++i)
      if (opts[i].id == o) r.option = static_cast<int>(i);
    if (r.option < 0) report(out_, at, "question \"" + q + "\" has no option \"" + o + "\"");
    return r;
  }

  const std::vector<Question>& qs_;
  Problems& out_;
};
}  // namespace

std::vector<Question> read_questions(const json& doc, const Where& at, Problems& out) {
  std::vector<Question> questions;
  Fields f(doc, at, out);
  std::vector<std::pair<std::string, Where>> ids;
  if (const json* list = f.array("questions", 1, 64)) {
    for (size_t i = 0; i < list->size(); ++i) {
      Fields q((*list)[i], f.where() / "questions" / i, out);
      Question question;
      question.id = q.id("id");
      question.multiple = q.choice("kind", kKinds) == 1;
      const int cat = q.choice("category", kCategoryNames);
      question.category = cat < 0 ? Category::Forms : static_cast<Category>(cat);
      question.prompt = q.text("prompt");
      question.explain = q.text("explain");
      question.reminder = q.id("reminder");
      if (q.has("case")) question.case_id = q.id("case");
      std::vector<std::pair<std::string, Where>> option_ids;
      int risky = 0;
      if (const json* opts = q.array("options", 2, 8)) {
        for (size_t j = 0; j < opts->size(); ++j) {
          Fields o((*opts)[j], q.where() / "options" / j, out);
          Option opt;
          opt.id = o.id("id");
          opt.text = o.text("text");
          opt.risky = o.boolean("risky", false);
          opt.category = question.category;
          if (o.has("category")) {
            const int oc = o.choice("category", kCategoryNames);
            if (oc >= 0) opt.category = static_cast<Category>(oc);
          }
          risky += opt.risky ? 1 : 0;
          o.finish();
          option_ids.emplace_back(opt.id, o.where() / "id");
          question.options.push_back(std::move(opt));
        }
        // A single-choice question must have a safe answer, or the quiz would punish everyone.
        if (!question.multiple && risky == static_cast<int>(question.options.size()))
          report(out, q.where() / "options", "every option is risky; give the reader a safe answer");
      }
      check_unique(option_ids, "option", out);
      q.finish();
      ids.emplace_back(question.id, q.where() / "id");
      questions.push_back(std::move(question));
    }
  }
  f.finish();
  check_unique(ids, "question", out);
  return questions;
}

std::vector<Rule> read_rules(const json& doc, const Where& at, const std::vector<Question>& questions, Problems& out) {
  std::vector<Rule> rules;
  Fields f(doc, at, out);
  RuleReader reader(questions, out);
  std::vector<std::pair<std::string, Where>> ids;
  if (const json* list = f.array("rules", 1, 256)) {
    for (size_t i = 0; i < list->size(); ++i) {
      Fields r((*list)[i], f.where() / "rules" / i, out);
      Rule rule;
      rule.id = r.id("id");
      if (r.has("when")) {
        rule.when = reader.condition((*list)[i]["when"], r.where() / "when", 0);
        if (!reader.can_fire(rule.when))
          report(out, r.where() / "when", "this condition can never be true, so the rule never fires");
      } else {
        report(out, r.where(), "missing \"when\"");
      }
      if (r.has("finding")) {
        Fields fd((*list)[i]["finding"], r.where() / "finding", out);
        Finding& fi = rule.finding;
        const int sev = fd.choice("severity", kSeverityNames);
        fi.severity = sev < 0 ? Severity::Info : static_cast<Severity>(sev);
        const int cat = fd.choice("category", kCategoryNames);
        fi.category = cat < 0 ? Category::Forms : static_cast<Category>(cat);
        fi.advice = fd.text("advice");
        fi.reason = fd.text("reason");
        fi.reminder = fd.id("reminder");
        if (fd.has("case")) fi.case_id = fd.id("case");
        fi.priority = fd.integer("priority", 1, 99, 50);
        fd.finish();
      } else {
        report(out, r.where(), "missing \"finding\"");
      }
      r.finish();
      ids.emplace_back(rule.id, r.where() / "id");
      rules.push_back(std::move(rule));
    }
  }
  f.finish();
  check_unique(ids, "rule", out);
  return rules;
}

}  // namespace dt::detail
