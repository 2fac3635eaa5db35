// The self-check: one question at a time with its answers as large tappable rows, feedback
// after each answer (what is safe and why, the police reminder, the real case), and a result
// screen: where the visitor's answers carry risk, the most important actions first, each with
// its reason and the answers behind it. Answers live in AppState's memory only.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/quiz/result.h"
#include "ui/action_bar.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// The question as one text for a voice: the prompt, each choice, and once checked the reason.
std::string spoken(const UiContext& ctx, const Question& q, bool with_feedback) {
  std::string t = ctx.tr(q.prompt) + "\n";
  for (const auto& o : q.options) t += ctx.tr(o.text) + "\n";
  if (with_feedback) t += ctx.tr(q.explain);
  return t;
}

void question(const UiContext& ctx, const QuizSession& s, float w) {
  const auto& p = ctx.theme.palette;
  const auto& qs = ctx.content.questions;
  const Question& q = qs[static_cast<size_t>(s.index)];
  const int total = static_cast<int>(qs.size());
  paragraph(ctx, fill(ctx.tr("quiz.progress"), {{"n", s.index + 1}, {"total", total}}), ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 8);
  // Progress bar: how far along, at a glance.
  const ImVec2 bp = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(bp, bp + ImVec2(w, ctx.px(6)), to_u32(p.border), ctx.px(3));
  dl->AddRectFilled(bp, bp + ImVec2(w * static_cast<float>(s.index + 1) / static_cast<float>(total), ctx.px(6)), to_u32(p.accent),
                    ctx.px(3));
  ImGui::Dummy(ImVec2(w, ctx.px(6)));
  gap(ctx, 20);
  heading(ctx, ctx.tr(q.prompt), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, w, 1.4f);
  if (q.multiple) {
    gap(ctx, 6);
    paragraph(ctx, ctx.tr("quiz.multiple_hint"), ctx.fonts.caption, p.text_secondary, w);
  }
  gap(ctx, 12);
  read_aloud_button(ctx, "quiz.read_aloud", spoken(ctx, q, s.feedback));
  gap(ctx, 12);
  ctx.semantics.begin_list(ctx.tr(q.prompt));
  for (size_t o = 0; o < q.options.size(); ++o) {
    ImGui::PushID(static_cast<int>(o));
    const bool chosen = s.answers.chosen(s.index, static_cast<int>(o));
    if (answer_row(ctx, "##answer", ctx.tr(q.options[o].text), chosen, q.multiple, w))
      ctx.state.quiz_choose(qs, static_cast<int>(o));
    ImGui::PopID();
    gap(ctx, 10);
  }
  ctx.semantics.end_list();
  gap(ctx, 8);
  const bool last = s.index + 1 == total;
  // After a "before" part, the last question leads to its matching questions: say so.
  const bool to_after = ctx.state.spot().stage == SpotSession::Stage::BeforeDone;
  if (!s.feedback) {
    if (primary_action(ctx, "##check", ctx.tr("quiz.check"), w, s.answers.answered(s.index))) ctx.state.quiz_check();
  } else {
    const float verdict_top = ImGui::GetCursorScreenPos().y;
    // Feedback starts with what to do, never with blame.
    bool risky = false;
    for (size_t o = 0; o < q.options.size(); ++o) risky |= q.options[o].risky && s.answers.chosen(s.index, static_cast<int>(o));
    const std::string title = ctx.tr(risky ? "quiz.better_title" : "quiz.safe_title");
    CalloutStyle feedback{risky ? p.tint_warning : p.tint_success};
    feedback.live = true;  // announced as soon as it appears
    callout(ctx, feedback,
            {{title, ctx.fonts.body_bold, risky ? p.text : p.on_tint_success},
             {ctx.tr(q.explain), ctx.fonts.body, p.text, 1.5f, 0, 6}},
            w);
    gap(ctx, 12);
    // The explanation already says the advice in its words: the row only leads to it, said
    // once (police advice or our tip, as it is).
    if (const Reminder* rem = ctx.content.find_reminder(q.reminder)) {
      if (link_row(ctx, "##reminder", rem->kind == AdviceKind::OurTip ? Icon::Stories : Icon::Shield,
                   ctx.tr(rem->kind == AdviceKind::OurTip ? "quiz.see_tip" : "quiz.see_reminder"), w))
        ctx.state.navigate(Screen::Reminder, rem->id);
      gap(ctx, 8);
    }
    if (const Case* c = ctx.content.find_case(q.case_id)) {
      if (link_row(ctx, "##case", Icon::Stories, ctx.tr("quiz.case_link") + (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + ctx.tr(c->title), w))
        ctx.state.navigate(Screen::Case, c->id);
      gap(ctx, 8);
    }
    gap(ctx, 8);
    if (primary_action(ctx, "##next", ctx.tr(!last ? "quiz.next" : to_after ? "spot.to_after" : "quiz.results"), w))
      ctx.state.quiz_next(ctx.content);
    reveal(ctx, s.index, verdict_top);
  }
  if (!ctx.actions.pinned()) gap(ctx, 12);
  if (quiet_action(ctx, "##prev", ctx.tr("quiz.prev"), Icon::Back, s.index > 0)) ctx.state.quiz_back();
}

// A finding's reason is our explanation of the advice, not the police's words: said so, so a
// reason is never read (or printed) as part of a police reminder.
std::string reason_text(const UiContext& ctx, const LocalText& reason) { return ctx.tr("quiz.our_reason") + ctx.tr(reason); }

void finding_card(const UiContext& ctx, const Triggered& t, float w) {
  const auto& p = ctx.theme.palette;
  const Finding& f = t.rule->finding;
  std::string because;
  for (const auto& r : t.because) {
    if (!because.empty()) because += ctx.state.locale() == Locale::ZhHans ? "；" : "; ";
    because += ctx.tr(ctx.content.questions[static_cast<size_t>(r.question)].options[static_cast<size_t>(r.option)].text);
  }
  if (!because.empty()) because = ctx.tr("quiz.because") + because;
  // Police advice or our own tip: the card says which, above the advice.
  const Reminder* rem = ctx.content.find_reminder(f.reminder);
  const std::string& kind = ctx.tr(rem && rem->kind == AdviceKind::OurTip ? "quiz.tip" : "quiz.reminder");
  const std::string reason = reason_text(ctx, f.reason);  // outlives the lines that view it
  CalloutStyle card{p.surface};
  card.has_strip = true;
  card.strip = f.severity == Severity::High ? p.accent : f.severity == Severity::Info ? p.on_tint_success : p.text_secondary;
  std::vector<CalloutLine> lines{{kind, ctx.fonts.caption, p.text_secondary},
                                 {ctx.tr(f.advice), ctx.fonts.body_bold, p.text, 1.5f, 0, 2},
                                 {reason, ctx.fonts.body, p.text_secondary, 1.5f, 0, 4}};
  if (!because.empty()) lines.push_back({because, ctx.fonts.caption, p.text_secondary, 1.5f, 0, 8});
  callout(ctx, card, lines, w);
  gap(ctx, 12);
}

void findings(const UiContext& ctx, const std::vector<Triggered>& found, size_t from, size_t to, float w) {
  ctx.semantics.begin_list();
  for (size_t i = from; i < to && i < found.size(); ++i) {
    ctx.semantics.list_item();
    finding_card(ctx, found[i], w);
  }
  ctx.semantics.end_list();
}

// At a kiosk, the plan opens on a card a volunteer at the stall can check from a step away
// (community events hand a small gift to those who finish): "completed" in both languages,
// whatever the visitor reads, and the event's word of the day. Nothing is stored; the card
// goes with the visit.
void completed_card(const UiContext& ctx, float w) {
  const auto& p = ctx.theme.palette;
  const auto& words = ctx.kiosk->words_of_the_day;
  const std::string done = ctx.tr("kiosk.completed");
  std::vector<CalloutLine> lines = {{done, ctx.fonts.title, p.on_tint_success, 1.3f, 2}};
  const std::string word = words.empty() ? std::string() : ctx.tr("kiosk.word_label") + words.front();
  if (!word.empty()) lines.push_back({word, ctx.fonts.title, p.on_tint_success, 1.3f, 0, 6});
  CalloutStyle style{p.tint_success};
  style.has_icon = true;
  style.icon = Icon::Shield;
  style.icon_colour = p.on_tint_success;
  style.pad = 28;
  callout(ctx, style, lines, w);
  gap(ctx, 16);
}

// The matching quick questions of a "before" the visitor did, still waiting (they went back
// from them, or reached the plan another way): one row leads to them.
void spot_waiting(const UiContext& ctx, float w) {
  const SpotSession::Stage spot = ctx.state.spot().stage;
  if (spot != SpotSession::Stage::BeforeDone && spot != SpotSession::Stage::After) return;
  paragraph(ctx, ctx.tr("spot.waiting"), ctx.fonts.body, ctx.theme.palette.text, w);
  gap(ctx, 8);
  if (link_row(ctx, "##spot_after", Icon::Shield, ctx.tr("spot.continue_after"), w)) {
    if (spot == SpotSession::Stage::BeforeDone) ctx.state.spot_start_after();
    else ctx.state.navigate(Screen::Check, "after");
  }
  gap(ctx, 16);
}

void channel_bars(const UiContext& ctx, const QuizResult& result, float w) {
  const auto& p = ctx.theme.palette;
  auto* dl = ImGui::GetWindowDrawList();
  // Labels in a column as wide as the widest; where that leaves the bars too little room (a
  // phone, large text, longer English names) each bar goes under its label instead.
  std::string labels[kCategoryCount];
  float widest = 0;
  for (size_t c = 0; c < kCategoryCount; ++c) {
    labels[c] = ctx.tr("cat." + std::string(kCategoryNames[c])) + "  " + std::to_string(result.channels[c].risky);
    const FontUse f = use_font(ctx.fonts, ctx.fonts.body, labels[c]);
    widest = std::max(widest, f.font->CalcTextSizeA(f.size, FLT_MAX, 0, labels[c].c_str()).x);
  }
  const float bar_gap = ctx.px(12);
  const bool stacked = widest + bar_gap + ctx.px(120) > w;
  const float label_w = stacked ? 0 : widest, bar_w = stacked ? w : w - label_w - bar_gap;
  for (size_t c = 0; c < kCategoryCount; ++c) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const FontUse f = use_font(ctx.fonts, ctx.fonts.body, labels[c]);
    dl->AddText(f.font, f.size, pos, to_u32(p.text), labels[c].c_str());
    const ImVec2 b0 = pos + (stacked ? ImVec2(0, f.size * 1.35f) : ImVec2(label_w + bar_gap, f.size * 0.3f));
    dl->AddRectFilled(b0, b0 + ImVec2(bar_w, ctx.px(10)), to_u32(p.border), ctx.px(5));
    if (result.channels[c].risky > 0)
      dl->AddRectFilled(b0, b0 + ImVec2(bar_w * std::min(1.0f, result.bar(c)), ctx.px(10)), to_u32(p.accent), ctx.px(5));
    ctx.semantics.add_text(labels[c]);
    const float row_h = f.size * (stacked ? 1.35f : 1.0f) + ctx.px(stacked ? 22 : 10);
    ctx.semantics.place_last(pos, pos + ImVec2(w, row_h));
    ImGui::Dummy(ImVec2(w, row_h));
  }
}

void results(const UiContext& ctx, const QuizSession& s, float w) {
  const auto& p = ctx.theme.palette;
  const QuizResult& result = s.result;
  if (ctx.kiosk) completed_card(ctx, w);
  spot_waiting(ctx, w);
  heading(ctx, ctx.tr("quiz.plan_title"), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, w, 1.3f);
  gap(ctx, 6);
  paragraph(ctx, ctx.tr("quiz.not_kept"), ctx.fonts.caption, p.text_secondary, w);

  // Where the risk is: one bar per leak channel, its length proportional to the number of the
  // visitor's answers that put data at risk there (one scale for all), with a line saying what
  // the number counts. A visitor whose answers put nothing at risk is told so, not shown zeros.
  section_heading(ctx, ctx.tr("quiz.by_channel"), w);
  if (!result.any_risk()) {
    paragraph(ctx, ctx.tr("quiz.no_risk"), ctx.fonts.body, p.text, w);
  } else {
    paragraph(ctx, ctx.tr("quiz.by_channel_legend"), ctx.fonts.caption, p.text_secondary, w);
    gap(ctx, 12);
    channel_bars(ctx, result, w);
  }

  const auto& found = result.findings;
  section_heading(ctx, ctx.tr("quiz.top"), w);
  findings(ctx, found, 0, 3, w);
  if (found.size() > 3) {
    section_heading(ctx, ctx.tr("quiz.more"), w);
    findings(ctx, found, 3, found.size(), w);
  }
  // A way on to the diagram for everyone (marked with the visitor's leaks where they have
  // some), so that going there says nothing about how they answered.
  gap(ctx, 4);
  if (link_row(ctx, "##where", Icon::Flow, ctx.tr(result.hops.empty() ? "quiz.see_flow" : "quiz.show_on_diagram"), w)) {
    if (result.hops.empty()) ctx.state.navigate(Screen::Flow);
    else ctx.state.show_on_diagram("overview", result.hops);
  }
  gap(ctx, 8);
  gap(ctx, 8);
  paragraph(ctx, ctx.tr("quiz.report"), ctx.fonts.body_bold, p.text, w);
  gap(ctx, 24);
  // Printing is the plan's one primary action; starting again is quiet, and asks first: it
  // wipes the plan a visitor may still want, and sits where a thumb lands after printing.
  // A kiosk offers printing only when its organiser set it up to print without a dialog.
  if (ctx.services.printer && (!ctx.kiosk || ctx.kiosk->printing)) {
    if (primary_action(ctx, "##print", ctx.tr("quiz.print"), w)) {
      // Advice only: no answer goes on the paper.
      PrintablePlan plan{ctx.tr("app.name"), ctx.tr("quiz.plan_title"), ctx.tr("quiz.print_intro"), ctx.tr("quiz.report"),
                         {}, std::string(locale_tag(ctx.state.locale()))};
      for (auto& item : make_plan(ctx.content, result, ctx.state.locale()).items)
        plan.items.push_back({ctx.tr(item.kind == AdviceKind::OurTip ? "quiz.tip" : "quiz.reminder"), std::move(item.advice),
                              ctx.tr("quiz.our_reason") + item.reason});
      ctx.state.quiz_print_refused(!ctx.services.printer->print(plan));
    }
    if (s.print_blocked) {
      gap(ctx, 8);
      paragraph(ctx, ctx.tr("quiz.print_blocked"), ctx.fonts.body, p.text, w);
    }
    gap(ctx, 24);
  }
  if (!s.confirm_restart) {
    if (quiet_button(ctx, "##restart", ctx.tr("quiz.restart"), Icon::Restart)) ctx.state.quiz_ask_restart(true);
    finish_visit_button(ctx);
    return;
  }
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  auto* cdl = ImGui::GetWindowDrawList();
  cdl->ChannelsSplit(2);  // the card's background goes under what is drawn into it
  cdl->ChannelsSetCurrent(1);
  const float pad = ctx.px(20);
  ImGui::SetCursorScreenPos(pos + ImVec2(pad, pad));
  ImGui::BeginGroup();
  paragraph(ctx, ctx.tr("quiz.restart_confirm"), ctx.fonts.body_bold, p.text, w - pad * 2);
  gap(ctx, 12);
  if (primary_button(ctx, "##restart_yes", ctx.tr("quiz.restart_yes"), ctx.narrow() ? w - pad * 2 : 0)) {
    ctx.state.start_quiz_again();
  }
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("quiz.restart_no")), pos.x + w - pad);
  if (quiet_button(ctx, "##restart_no", ctx.tr("quiz.restart_no"), Icon::Back)) ctx.state.quiz_ask_restart(false);
  ImGui::EndGroup();
  const ImVec2 end(pos.x + w, ImGui::GetItemRectMax().y + pad);
  cdl->ChannelsSetCurrent(0);
  cdl->AddRectFilled(pos, end, to_u32(p.tint_warning), ctx.px(ctx.theme.space.radius));
  cdl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, end.y));
  ImGui::Dummy(ImVec2(w, 0));
}

}  // namespace

void draw_quiz(const UiContext& ctx) {
  const auto& qs = ctx.content.questions;
  const Reading r(ctx, ctx.narrow() ? 24 : 40);
  if (qs.empty()) {
    paragraph(ctx, ctx.tr("section.coming"), ctx.fonts.body, ctx.theme.palette.text, r.width);
    return;
  }
  ctx.state.quiz_fit(qs);
  const QuizSession& s = ctx.state.quiz();
  // Each question, and the plan, starts at its top (the place stays "quiz" throughout).
  top_of_page(ctx, s.done ? 1999 : 1000 + s.index);
  if (s.done) {
    results(ctx, s, r.width);
  } else {
    const int key = 1000 + s.index * 2 + (s.feedback ? 1 : 0);
    const float top = centre_begin(ctx, key);
    question(ctx, s, r.width);
    centre_end(ctx, key, top);
  }
  page_end(ctx, 40);
}

}  // namespace dt::ui
