#include "core/content/review_sheet.h"

#include <string_view>

#include "core/content/pronouns.h"

namespace dt {

namespace {

// [SECTION] HTML pieces
std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr std::string_view kEstablished = "established";
constexpr std::string_view kGeneral = "officer_general";
constexpr std::string_view kTip = "our_tip";

std::string marker(std::string_view kind) {
  if (kind == kGeneral) return "<span class=\"mark general\">民警的一般说法<br>Officer's general remark</span>";
  if (kind == kTip) return "<span class=\"mark tip\">我们的小贴士<br>Our tip</span>";
  return "<span class=\"mark\">报道确认<br>Established</span>";
}
std::string_view basis_kind(Basis b) { return b == Basis::OfficerGeneral ? kGeneral : kEstablished; }

// One claim: what it is, the two languages, and its marker.
void row(std::string& h, std::string_view what, const LocalText& t, std::string_view kind = kEstablished) {
  if (t.empty()) return;
  h += "<tr><th>" + esc(what) + "</th><td lang=\"zh-Hans\">" + esc(t.zh) + "</td><td lang=\"en\">" + esc(t.en) +
       "</td><td>" + marker(kind) + "</td></tr>\n";
}

void table_start(std::string& h) {
  h += "<table><thead><tr><th>项目 / Item</th><th>中文</th><th>English</th><th>依据 / Basis</th></tr></thead><tbody>\n";
}
void table_end(std::string& h) { h += "</tbody></table>\n"; }

void cite(std::string& h, const Content& c, const std::string& source_id) {
  const Source* s = c.find_source(source_id);
  if (!s) {
    h += "<p class=\"cite\">出处缺失 / Source missing: " + esc(source_id) + "</p>\n";
    return;
  }
  h += "<p class=\"cite\">出处 / Source " + esc(s->id) + ": " + esc(s->publisher.zh) + " · 《" + esc(s->title.zh) + "》 · " +
       esc(s->date.zh) + (s->url.empty() ? "" : " · " + esc(s->url)) + " · 存档 / archived: " + esc(s->file) + "</p>\n";
}

void signature(std::string& h) {
  h += "<p class=\"sign\">审核人 / Reviewed by: ____________________ &nbsp; 单位 / Unit: ____________________ &nbsp; "
       "日期 / Date: ____________ &nbsp; 签名 / Signature: ____________________</p>\n";
}

std::string edge_name(const FlowGraph& g, const FlowEdge& e) {
  auto label = [&](int i) { return i >= 0 && i < static_cast<int>(g.nodes.size()) ? g.nodes[static_cast<size_t>(i)].label.zh : "?"; };
  return "hop " + e.id + ": " + label(e.from) + " → " + label(e.to);
}

void flow_rows(std::string& h, const FlowGraph& g) {
  for (const auto& n : g.nodes)
    row(h, "node " + n.id + " (" + std::string(kRoleNames[static_cast<int>(n.role)]) + ")", n.label, basis_kind(n.basis));
  for (const auto& e : g.edges) {
    const std::string name = edge_name(g, e);
    row(h, name + " · data", e.data, basis_kind(e.basis));
    row(h, name + " · money", e.price, basis_kind(e.basis));
    row(h, name + " · how many", e.volume, basis_kind(e.basis));
    row(h, name + " · how", e.method, basis_kind(e.basis));
  }
}

std::string_view advice_kind(const Content& c, const std::string& reminder_id) {
  const Reminder* r = c.find_reminder(reminder_id);
  return r && r->kind == AdviceKind::OurTip ? kTip : kEstablished;
}

// [SECTION] Pages
// Every he/she/他/她 we wrote for this case, where: the officer checks each against the
// article (we give a person a gender only where the article does).
void pronoun_list(std::string& h, const Case& c) {
  const auto uses = gendered_pronouns(c);
  h += "<div class=\"pronouns\"><h3>代词 / Pronouns we use for people (" + std::to_string(uses.size()) +
       ")</h3>\n<p>请逐一对照原文：报道没有写明性别的人，我们只用名字、“其”或 they。 / Check each against the "
       "article: a person whose gender it does not state gets only the name, 其 or \"they\".</p>\n";
  if (uses.empty()) {
    h += "<p>无 / None.</p>\n";
  } else {
    h += "<ul>\n";
    for (const auto& u : uses) h += "<li><b>" + esc(u.pronoun) + "</b> — " + esc(u.field) + ": " + esc(u.text) + "</li>\n";
    h += "</ul>\n";
  }
  h += "</div>\n";
}

void case_page(std::string& h, const Content& content, const Case& c) {
  h += "<section class=\"page\" id=\"case-" + esc(c.id) + "\"><h2>案例 / Case: " + esc(c.title.zh) + "<br><small>" +
       esc(c.title.en) + " (" + esc(c.id) + ")</small></h2>\n";
  cite(h, content, c.source);
  table_start(h);
  row(h, "title", c.title);
  row(h, "place", c.place);
  row(h, "when", c.when);
  row(h, "operation", c.operation);
  row(h, "hook", c.hook);
  row(h, "key figure", c.key_value);
  row(h, "key figure, label", c.key_label);
  for (size_t i = 0; i < c.timeline.size(); ++i) row(h, "timeline " + std::to_string(i + 1), c.timeline[i]);
  for (const auto& a : c.actors) {
    row(h, "actor (" + std::string(kRoleNames[static_cast<int>(a.role)]) + ")", a.name, basis_kind(a.basis));
    row(h, "actor did", a.did, basis_kind(a.basis));
  }
  row(h, "data", c.data);
  row(h, "how many", c.scale);
  row(h, "prices", c.prices);
  row(h, "outcome", c.outcome);
  row(h, c.context_same_report ? "same report (not this case)" : "operation context", c.context);
  for (const auto& r : c.remarks) row(h, "officer's remark", r, kGeneral);
  for (const auto& id : c.reminders)
    if (const Reminder* r = content.find_reminder(id)) row(h, "advice " + id, r->text, advice_kind(content, id));
  flow_rows(h, c.flow);
  table_end(h);
  pronoun_list(h, c);
  signature(h);
  h += "</section>\n";
}

void overview_page(std::string& h, const Content& c) {
  h += "<section class=\"page\" id=\"overview\"><h2>全景图 / Overview: " + esc(c.overview.title.zh) + "</h2>\n";
  table_start(h);
  row(h, "title", c.overview.title);
  row(h, "intro", c.overview.intro);
  flow_rows(h, c.overview.flow);
  table_end(h);
  h += "<p class=\"cite\">每一跳引用的案例和出处 / What each hop cites:</p><ul>\n";
  for (const auto& e : c.overview.flow.edges) {
    std::string refs;
    for (const auto& id : e.cases) refs += (refs.empty() ? "" : ", ") + ("case " + id);
    for (const auto& id : e.sources) refs += (refs.empty() ? "" : ", ") + ("article " + id);
    h += "<li>" + esc(edge_name(c.overview.flow, e)) + ": " + esc(refs) + "</li>\n";
  }
  h += "</ul>\n";
  signature(h);
  h += "</section>\n";
}

void advice_page(std::string& h, const Content& c) {
  h += "<section class=\"page\" id=\"advice\"><h2>警方提醒和小贴士 / Police advice and our tips</h2>\n";
  table_start(h);
  for (const auto& r : c.reminders) {
    std::string what = "advice " + r.id + (r.audience == Audience::Organisation ? " (organisations)" : " (citizens)");
    if (!r.sources.empty()) {
      what += " · articles";
      for (const auto& s : r.sources) what += " " + s;
    }
    row(h, what, r.text, r.kind == AdviceKind::OurTip ? kTip : kEstablished);
  }
  table_end(h);
  signature(h);
  h += "</section>\n";
}

void quiz_page(std::string& h, const Content& c) {
  h += "<section class=\"page\" id=\"quiz\"><h2>自查测验 / Self-check</h2>\n";
  table_start(h);
  for (const auto& q : c.questions) {
    const std::string id = "question " + q.id;
    row(h, id + " · prompt", q.prompt);
    for (const auto& o : q.options) row(h, id + " · answer " + o.id + (o.risky ? " (risky)" : " (safe)"), o.text);
    row(h, id + " · explanation (advice: " + q.reminder + (q.case_id.empty() ? "" : ", case: " + q.case_id) + ")",
        q.explain, advice_kind(c, q.reminder));
  }
  for (const auto& r : c.rules) {
    const std::string id = "plan item " + r.id + " (advice: " + r.finding.reminder + ")";
    row(h, id + " · advice", r.finding.advice, advice_kind(c, r.finding.reminder));
    row(h, id + " · reason", r.finding.reason, advice_kind(c, r.finding.reminder));
  }
  table_end(h);
  signature(h);
  h += "</section>\n";
}

// The before-and-after questions: each situation, its answers with the right one marked, and
// the reason, under the advice (police or ours) and the case it cites.
void spot_page(std::string& h, const Content& c) {
  if (c.spot.empty()) return;
  h += "<section class=\"page\" id=\"spot\"><h2>前后小题 / Spot the leak (before and after the self-check)</h2>\n";
  table_start(h);
  for (const auto& s : c.spot) {
    const std::string id = "spot " + s.id + " (pair " + s.pair + ")";
    row(h, id + " · situation", s.prompt);
    if (s.kind == SpotKind::SafeOrNot) {
      row(h, id + " · answer", s.leaks ? LocalText{"有风险", "risky"} : LocalText{"安全", "safe"});
    }
    for (const auto& o : s.options) row(h, id + " · option" + (o.leaks ? " (gives data away)" : ""), o.text);
    const std::string from = (s.reminder.empty() ? "" : "advice: " + s.reminder) +
                             (s.case_id.empty() ? "" : std::string(s.reminder.empty() ? "" : ", ") + "case: " + s.case_id);
    row(h, id + " · reason (" + from + ")", s.reason, s.reminder.empty() ? kEstablished : advice_kind(c, s.reminder));
  }
  table_end(h);
  signature(h);
  h += "</section>\n";
}

}  // namespace

std::string review_sheet_html(const Content& content) {
  std::string h =
      "<!doctype html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">\n"
      "<title>数据去哪儿了 · 内容审核单 / Content review sheet</title>\n<style>\n"
      "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",sans-serif;font-size:10.5pt;line-height:1.5;margin:16px;color:#000}\n"
      "h1{font-size:18pt}h2{font-size:14pt;margin:0 0 6pt}small{font-weight:400;color:#333}\n"
      "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3pt 5pt;vertical-align:top;text-align:left}\n"
      "thead th{background:#eee}tbody th{width:16%;font-weight:600}td:last-child{width:11%}\n"
      ".mark{font-size:9pt}.general{color:#7a4b00;font-weight:700}.tip{color:#1f5fbf;font-weight:700}\n"
      ".cite{color:#222}.sign{margin-top:18pt;padding-top:8pt;border-top:1px solid #000}\n"
      ".page{page-break-after:always;break-after:page;margin-bottom:32px}\n"
      "</style></head><body>\n"
      "<h1>数据去哪儿了 · 内容审核单<br><small>DataTrail · content review sheet</small></h1>\n"
      "<p>本单列出展示给访客的每一条内容（中英文）、所引用的报道，以及它属于哪一类：报道确认的事实、民警的一般说法、"
      "或我们自己的小贴士。请逐条核对原文后签字。<br>Every claim shown to visitors, in both languages, with the article it "
      "cites and what kind of claim it is: established by the article, an officer's general remark, or our own tip. "
      "Please check each against the article and sign each page.</p>\n";
  for (const auto& c : content.cases) case_page(h, content, c);
  overview_page(h, content);
  advice_page(h, content);
  quiz_page(h, content);
  spot_page(h, content);
  h += "</body></html>\n";
  return h;
}

}  // namespace dt
