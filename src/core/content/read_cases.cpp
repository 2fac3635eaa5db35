// Sources, case stories and the overview graph.
#include <algorithm>
#include <iterator>
#include <utility>

#include "core/content/for_each_text.h"
#include "core/content/loader_internal.h"

namespace dt::detail {

using nlohmann::json;

namespace {

// An address is kept only with what it is (source_address.h); one the organiser cannot vouch
// for is reported and dropped, and the source is cited by publisher, headline and date.
void read_address(Fields& s, Source& src, Problems& out) {
  static constexpr std::string_view kKinds[] = {"publisher", "repost"};
  const std::string url = s.str("url", false);
  const int kind = s.choice("url_kind", kKinds, !url.empty());
  std::vector<std::string> hosts;
  if (const auto* list = s.array("publisher_hosts", 1, 16, false))
    for (size_t i = 0; i < list->size(); ++i) {
      if ((*list)[i].is_string()) hosts.push_back((*list)[i].get<std::string>());
      else report(out, s.where() / "publisher_hosts" / i, "a host is a string, e.g. \"www.legaldaily.com.cn\"");
    }
  if (url.empty()) return;
  if (kind < 0) return;  // reported by choice(): no address without its kind
  if (url_host(url).empty()) return report(out, s.where() / "url", "an address starts with https:// or http://");
  if (kind == 0) {
    if (const std::string why = publisher_address_problem(url, hosts); !why.empty())
      return report(out, s.where() / "url", why);
  }
  src.url = url;
  src.url_kind = kind == 0 ? UrlKind::Publisher : UrlKind::Repost;
}

}  // namespace

std::vector<Source> read_sources(const json& doc, const Where& at, Problems& out) {
  std::vector<Source> sources;
  Fields f(doc, at, out);
  std::vector<std::pair<std::string, Where>> ids;
  if (const json* list = f.array("sources", 1, 64)) {
    for (size_t i = 0; i < list->size(); ++i) {
      Fields s((*list)[i], f.where() / "sources" / i, out);
      Source src;
      src.id = s.id("id");
      src.file = s.str("file", false);  // the project's own archive only; organisers leave it out
      read_address(s, src, out);
      src.title = s.text("title");
      src.publisher = s.text("publisher");
      src.date = s.text("date");
      s.finish();
      ids.emplace_back(src.id, s.where() / "id");
      sources.push_back(std::move(src));
    }
  }
  f.finish();
  check_unique(ids, "source", out);
  // The same article added twice (an organiser not finding it in the list) splits its
  // citations: named, so the case cites the one already there.
  for (size_t i = 0; i < sources.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (!sources[i].title.zh.empty() && sources[i].title.zh == sources[j].title.zh) {
        report(out, f.where() / "sources" / i / "title",
               "the same headline as source \"" + sources[j].id + "\": cite that one instead of adding the article again");
        break;
      }
  return sources;
}

namespace {

// "languages": ["zh-Hans"] (Chinese only) or ["zh-Hans", "en"] (the default).
bool read_chinese_only(Fields& f, const json& doc, Problems& out) {
  if (!f.has("languages")) return false;
  const json& v = doc["languages"];
  if (v == json::array({"zh-Hans"})) return true;
  if (v != json::array({"zh-Hans", "en"}))
    report(out, f.where() / "languages",
           "expected [\"zh-Hans\"] (a local case in Chinese only) or [\"zh-Hans\", \"en\"] (both, the default)");
  return false;
}

// A missing or empty English text: not a problem in a case written in Chinese only.
bool english_left_out(const std::string& line) {
  const auto ends = [&](std::string_view tail) {
    return line.size() >= tail.size() && line.compare(line.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("missing \"en\" (present in zh-Hans)") || ends("/en: empty text");
}

}  // namespace

Case read_case(const json& doc, const Where& at, Problems& all) {
  Case c;
  Problems out;  // this case's, so a case in Chinese only can drop what is not a problem for it
  Fields f(doc, at, out);
  c.chinese_only = read_chinese_only(f, doc, out);
  c.id = f.id("id");
  c.source = f.id("source");
  c.title = f.text("title");
  c.place = f.text("place");
  c.when = f.text("when");
  c.operation = f.text("operation", false);
  c.hook = f.text("hook");
  if (f.has("key_figure")) {
    Fields k(doc["key_figure"], f.where() / "key_figure", out);
    c.key_value = k.text("value");
    c.key_label = k.text("label");
    k.finish();
  } else {
    report(out, f.where(), "missing \"key_figure\"");
  }
  // A story of 3-6 steps reads in a minute on a phone; more belongs in another case.
  if (const json* steps = f.array("timeline", 3, 6))
    for (size_t i = 0; i < steps->size(); ++i) c.timeline.push_back(read_text((*steps)[i], f.where() / "timeline" / i, out));
  if (const json* actors = f.array("actors", 1, 12)) {
    for (size_t i = 0; i < actors->size(); ++i) {
      Fields a((*actors)[i], f.where() / "actors" / i, out);
      Actor actor;
      const int role = a.choice("role", kRoleNames);
      actor.role = role < 0 ? Role::Person : static_cast<Role>(role);
      actor.name = a.text("name");
      actor.did = a.text("did");
      actor.basis = read_basis(a);
      a.finish();
      c.actors.push_back(std::move(actor));
    }
  }
  c.data = f.text("data");
  c.scale = f.text("scale");
  c.prices = f.text("prices");
  c.outcome = f.text("outcome");
  c.context = f.text("context", false);
  // "operation": the case was part of the operation described; "same_report": the context is
  // only other news published in the same report.
  constexpr std::string_view kContextKinds[] = {"operation", "same_report"};
  c.context_same_report = f.choice("context_kind", kContextKinds, false) == 1;
  if (const json* remarks = f.array("remarks", 1, 8, false))
    for (size_t i = 0; i < remarks->size(); ++i) c.remarks.push_back(read_text((*remarks)[i], f.where() / "remarks" / i, out));
  c.reminders = f.id_list("reminders", 1, 32);
  if (f.has("flow")) c.flow = read_flow(doc["flow"], f.where() / "flow", false, out);
  else report(out, f.where(), "missing \"flow\"");
  f.finish();
  if (c.chinese_only) {
    out.erase(std::remove_if(out.begin(), out.end(), english_left_out), out.end());
    // `c` is ours and not const: the cast only lets the shared visitor fill it.
    for_each_text(std::as_const(c), [](const LocalText& t) {
      auto& text = const_cast<LocalText&>(t);
      if (text.en.empty()) text.en = text.zh;
    });
  }
  all.insert(all.end(), std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
  return c;
}

Overview read_overview(const json& doc, const Where& at, Problems& out) {
  Overview o;
  Fields f(doc, at, out);
  const std::string id = f.id("id");
  if (!id.empty() && id != "overview") report(out, f.where() / "id", "must be \"overview\"");
  o.title = f.text("title");
  o.intro = f.text("intro");
  if (f.has("flow")) o.flow = read_flow(doc["flow"], f.where() / "flow", true, out);
  else report(out, f.where(), "missing \"flow\"");
  f.finish();
  return o;
}

}  // namespace dt::detail
