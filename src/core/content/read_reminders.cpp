// The catalogue of police reminders, each naming the hops it would cut.
#include "core/content/loader_internal.h"

namespace dt::detail {

using nlohmann::json;

namespace {
constexpr std::string_view kAudiences[] = {"citizen", "organisation"};
}

std::vector<Reminder> read_reminders(const json& doc, const Where& at, Problems& out) {
  std::vector<Reminder> reminders;
  Fields f(doc, at, out);
  std::vector<std::pair<std::string, Where>> ids;
  if (const json* list = f.array("reminders", 1, 256)) {
    for (size_t i = 0; i < list->size(); ++i) {
      Fields r((*list)[i], f.where() / "reminders" / i, out);
      Reminder rem;
      rem.id = r.id("id");
      const int kind = r.choice("kind", kAdviceKindNames);
      rem.kind = kind == 1 ? AdviceKind::OurTip : AdviceKind::Police;
      const int audience = r.choice("audience", kAudiences);
      rem.audience = audience == 1 ? Audience::Organisation : Audience::Citizen;
      // Police advice is only what the articles say: it must cite them. Our own tips may
      // cite the article that prompted them, or none.
      rem.sources = r.id_list("sources", 1, 16, rem.kind == AdviceKind::Police);
      if (rem.kind == AdviceKind::Police && rem.sources.empty() && r.has("sources"))
        report(out, r.where() / "sources", "police advice must cite at least one article");
      rem.text = r.text("text");
      // "graph/edge": which hop of which diagram following the reminder would cut.
      if (const json* blocks = r.array("blocks", 0, 64)) {
        for (size_t j = 0; j < blocks->size(); ++j) {
          const json& b = (*blocks)[j];
          const std::string s = b.is_string() ? b.get<std::string>() : std::string();
          const auto slash = s.find('/');
          if (slash == std::string::npos || !valid_id(s.substr(0, slash)) || !valid_id(s.substr(slash + 1))) {
            report(out, r.where() / "blocks" / j, "expected \"case-id/edge-id\" or \"overview/edge-id\"");
            continue;
          }
          rem.blocks.push_back({s.substr(0, slash), s.substr(slash + 1)});
        }
      }
      r.finish();
      ids.emplace_back(rem.id, r.where() / "id");
      reminders.push_back(std::move(rem));
    }
  }
  f.finish();
  check_unique(ids, "reminder", out);
  return reminders;
}

}  // namespace dt::detail
