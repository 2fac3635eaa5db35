// The spot-the-leak check (core/quiz/spot.h): the offer, with "skip" as large as "start";
// one situation at a time with its answers as large rows and, once answered, what gives the
// data away and why, citing the case or advice it comes from; after the quiz's matching part,
// the visitor's own change in plain words and a row of dots — never a grade, and
// encouragement whatever it shows.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/action_bar.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

const char* colon(const UiContext& ctx) { return ctx.state.locale() == Locale::ZhHans ? "：" : ": "; }

// Two buttons of one size and one style, side by side where they fit, else one above the
// other: declining is as easy to see and to reach as accepting. Pinned in the bar on phones.
void two_choices(const UiContext& ctx, float w, const std::string& a, const std::string& b, bool& tap_a, bool& tap_b) {
  if (ctx.actions.pinned()) {
    tap_a = ctx.actions.add({"##choice_a", a, ActionBar::Kind::Primary});
    tap_b = ctx.actions.add({"##choice_b", b, ActionBar::Kind::Primary});
    return;
  }
  const float gap_px = ctx.px(16);
  const float half = (w - gap_px) / 2;
  const bool side = !ctx.narrow() && text_width(ctx, ctx.fonts.body_bold, a) < half - ctx.px(48) &&
                    text_width(ctx, ctx.fonts.body_bold, b) < half - ctx.px(48);
  const float bw = side ? half : w;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  tap_a = primary_button(ctx, "##choice_a", a, bw);
  if (side) ImGui::SetCursorScreenPos(ImVec2(start.x + half + gap_px, start.y));
  else gap(ctx, 12);
  tap_b = primary_button(ctx, "##choice_b", b, bw);
}

void offer(const UiContext& ctx, const SpotSession& s, float w) {
  const auto& p = ctx.theme.palette;
  // A card of its own, like the home screen's promise: an invitation, not a gate.
  CalloutStyle card{p.tint_accent};
  card.has_icon = true;
  card.icon = Icon::Shield;
  card.icon_colour = p.accent;
  card.pad = 28;
  const std::string title = ctx.tr("spot.offer_title"), body = ctx.tr("spot.offer_body");
  callout(ctx, card,
          {{title, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, 1.35f, 2},
           {body, ctx.fonts.body, p.text, 1.6f, 0, 10}},
          w);
  gap(ctx, 28);
  bool start = false, skip = false;
  two_choices(ctx, w, ctx.tr("spot.start"), ctx.tr(s.then == "cases" ? "spot.skip_cases" : "spot.skip_quiz"), start, skip);
  if (start) ctx.state.spot_start();
  if (skip) ctx.state.spot_skip();
}

// What the item is drawn from: police advice or our tip (said as such), and the case.
// When the reason above already says the advice in its words, only its kind is named here:
// the visitor reads it once.
std::string cited(const UiContext& ctx, const SpotItem& item) {
  std::string from;
  if (const Reminder* rem = ctx.content.find_reminder(item.reminder)) {
    from = ctx.tr(rem->kind == AdviceKind::OurTip ? "quiz.tip" : "quiz.reminder");
    std::string advice = ctx.tr(rem->text);  // without its closing stop, to find it in the reason
    const size_t stop = advice.size() >= 3 && advice.compare(advice.size() - 3, 3, "。") == 0 ? 3
                        : !advice.empty() && advice.back() == '.'                       ? 1
                                                                                         : 0;
    advice.resize(advice.size() - stop);
    if (ctx.tr(item.reason).find(advice) == std::string::npos) from += colon(ctx) + ctx.tr(rem->text);
  }
  if (const Case* c = ctx.content.find_case(item.case_id)) {
    // Advice ends a sentence already: no second stop after it.
    const bool ended = from.size() >= 3 && (from.compare(from.size() - 3, 3, "。") == 0 || from.back() == '.');
    if (!from.empty()) from += ended ? (ctx.state.locale() == Locale::ZhHans ? "" : " ") : (ctx.state.locale() == Locale::ZhHans ? "；" : "; ");
    from += ctx.tr("spot.case") + colon(ctx) + ctx.tr(c->title);
  }
  return ctx.tr("spot.from") + from;
}

void item_page(const UiContext& ctx, const SpotSession& s, float w) {
  const auto& p = ctx.theme.palette;
  const SpotItem& item = ctx.content.spot[static_cast<size_t>(s.items()[static_cast<size_t>(s.index)])];
  // The matching part says what it is, and that the plan can come first.
  if (s.in_after() && s.index == 0 && !s.feedback) {
    paragraph(ctx, ctx.tr("spot.after_intro"), ctx.fonts.body_bold, p.text, w);
    gap(ctx, 8);
    if (quiet_button(ctx, "##plan_first", ctx.tr("spot.plan_first"), Icon::Chevron)) ctx.state.navigate(Screen::Quiz);
    gap(ctx, 16);
  }
  paragraph(ctx, fill(ctx.tr(s.in_after() ? "spot.progress_after" : "spot.progress_before"), {{"n", s.index + 1}, {"total", s.total()}}),
            ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 14);
  heading(ctx, ctx.tr(item.prompt), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, w, 1.4f);
  std::vector<std::string> answers;
  if (item.kind == SpotKind::SafeOrNot) {
    gap(ctx, 8);
    paragraph(ctx, ctx.tr("spot.safe_question"), ctx.fonts.body_bold, p.text, w);
    answers = {ctx.tr("spot.safe"), ctx.tr("spot.risky")};
  } else {
    for (const auto& o : item.options) answers.push_back(ctx.tr(o.text));
  }
  gap(ctx, 16);
  ctx.semantics.begin_list(ctx.tr(item.prompt));
  // "Safe" and "risky" side by side where both fit: both on the first screen, however long the
  // situation above them.
  const float half = (w - ctx.px(12)) / 2;
  const bool pair = answers.size() == 2 && text_width(ctx, ctx.fonts.body, answers[0]) < half - ctx.px(72) &&
                    text_width(ctx, ctx.fonts.body, answers[1]) < half - ctx.px(72);
  for (size_t a = 0; a < answers.size(); ++a) {
    ImGui::PushID(static_cast<int>(a));
    if (pair && a == 1) ImGui::SameLine(0, ctx.px(12));
    if (answer_row(ctx, "##spot_answer", answers[a], s.answer() == static_cast<int>(a), false, pair ? half : w))
      ctx.state.spot_choose(ctx.content, static_cast<int>(a));
    ImGui::PopID();
    if (!pair || a == 1) gap(ctx, 10);
  }
  ctx.semantics.end_list();
  const bool last = s.index + 1 == s.total();
  const char* next = !last ? "spot.next" : s.in_after() ? "spot.see_change" : s.then == "cases" ? "spot.to_cases" : "spot.to_quiz";
  if (!s.feedback) {
    primary_action(ctx, "##spot_next", ctx.tr(next), w, false);  // greyed in the bar until an answer
    return;
  }
  gap(ctx, 6);
  const float verdict_top = ImGui::GetCursorScreenPos().y;
  const bool right = item.correct(s.answer());
  std::string answer;
  if (item.kind == SpotKind::SafeOrNot) {
    answer = ctx.tr(item.leaks ? "spot.answer_risky" : "spot.answer_safe");
  } else {
    for (const auto& o : item.options)
      if (o.leaks) answer = ctx.tr("spot.answer_which") + ctx.tr(o.text);
  }
  const std::string from = cited(ctx, item);
  CalloutStyle style{right ? p.tint_success : p.tint_warning};
  style.live = true;
  callout(ctx, style,
          {{ctx.tr(right ? "spot.spotted" : "spot.missed"), ctx.fonts.body_bold, right ? p.on_tint_success : p.text},
           {answer, ctx.fonts.body_bold, p.text, 1.5f, 0, 6},
           {ctx.tr(item.reason), ctx.fonts.body, p.text, 1.5f, 0, 4},
           {from, ctx.fonts.caption, p.text_secondary, 1.5f, 0, 8}},
          w);
  gap(ctx, 20);
  if (primary_action(ctx, "##spot_next", ctx.tr(next), w)) ctx.state.spot_next();
  // When the verdict first appears, bring it and its reason into view from their first line:
  // on a phone with large text they fall below the screen's edge, and an older reader may
  // not think to scroll.
  reveal(ctx, (s.in_after() ? 100 : 0) + s.index, verdict_top);
}

// One row of the picture: the label, then a dot per item, filled for each spotted.
void dots_row(const UiContext& ctx, const std::string& label, int spotted, int total, Rgb colour, float w) {
  const auto& p = ctx.theme.palette;
  paragraph(ctx, label, ctx.fonts.body_bold, p.text, w);
  gap(ctx, 8);
  const float r = ctx.px(14), step = ctx.px(40);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < total; ++i) {
    const ImVec2 c = pos + ImVec2(r + step * static_cast<float>(i), r);
    if (i < spotted) dl->AddCircleFilled(c, r, to_u32(colour));
    else dl->AddCircle(c, r - ctx.px(1), to_u32(p.border), 0, ctx.px(2.5f));
  }
  ImGui::Dummy(ImVec2(w, r * 2));
}

void change_page(const UiContext& ctx, const SpotSession& s, float w) {
  const auto& p = ctx.theme.palette;
  const int before = s.score(ctx.content, 0), after = s.score(ctx.content, 1), total = s.total();
  heading(ctx, ctx.tr("spot.change_title"), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, w, 1.35f);
  gap(ctx, 16);
  // The picture on a card of its own: before in grey, now in the accent colour.
  const ImVec2 top = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);  // the card goes under what is drawn into it
  dl->ChannelsSetCurrent(1);
  const float pad = ctx.px(24);
  ImGui::SetCursorScreenPos(top + ImVec2(pad, pad));
  ImGui::BeginGroup();
  dots_row(ctx, fill(ctx.tr("spot.before_line"), {{"n", before}, {"total", total}}), before, total, p.text_secondary, w - pad * 2);
  gap(ctx, 20);
  dots_row(ctx, fill(ctx.tr("spot.now_line"), {{"n", after}, {"total", total}}), after, total, p.accent, w - pad * 2);
  ImGui::EndGroup();
  const ImVec2 end(top.x + w, ImGui::GetItemRectMax().y + pad);
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(top, end, to_u32(p.surface), ctx.px(ctx.theme.space.radius));
  dl->AddRect(top, end, to_u32(p.border), ctx.px(ctx.theme.space.radius), 0, ctx.px(1));
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(top.x, end.y));
  ImGui::Dummy(ImVec2(w, 0));
  gap(ctx, 8);
  paragraph(ctx, ctx.tr("spot.dots_note"), ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 20);
  const std::string words = after > before   ? fill(ctx.tr("spot.more"), {{"n", after - before}})
                            : after == total ? ctx.tr("spot.all")
                            : after == before ? ctx.tr("spot.same")
                                              : ctx.tr("spot.fewer");
  CalloutStyle style{p.tint_success};
  style.live = true;
  callout(ctx, style, {{words, ctx.fonts.body_bold, p.on_tint_success}}, w);
  gap(ctx, 10);
  paragraph(ctx, ctx.tr("spot.only_you"), ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 24);
  if (primary_action(ctx, "##to_plan", ctx.tr("spot.to_plan"), w)) ctx.state.navigate(Screen::Quiz);
  finish_visit_button(ctx);
}

// Reached by an old link or "back" when there is nothing left to do here: say so, go on.
void closed(const UiContext& ctx, const SpotSession& s, float w) {
  paragraph(ctx, ctx.tr("spot.closed"), ctx.fonts.body, ctx.theme.palette.text, w);
  gap(ctx, 20);
  if (primary_action(ctx, "##go_on", ctx.tr("spot.go_on"), w)) {
    const auto then = parse_place(s.then);
    ctx.state.navigate(then ? *then : Place{Screen::Quiz, {}});
  }
}

}  // namespace

void draw_check(const UiContext& ctx) {
  const Reading r(ctx, ctx.narrow() ? 24 : 40);
  using Stage = SpotSession::Stage;
  const std::string& part = ctx.state.item();
  if (part == "after") {
    if (ctx.state.spot().stage == Stage::BeforeDone) ctx.state.spot_start_after();
  } else {
    ctx.state.spot_arrive(ctx.content, part == "cases" ? "cases" : "quiz");
  }
  const SpotSession& s = ctx.state.spot();
  // Every item, and the change, starts at its top: the place stays "check/…" throughout, so
  // the page would otherwise keep the last item's scroll (its reason and button, far down).
  top_of_page(ctx, s.stage == Stage::Done ? 3000 : 2000 + (s.in_after() ? 100 : 0) + s.index + (s.stage == Stage::Offered ? 500 : 0));
  const bool here = (part == "after") == s.in_after();  // this link's part is the one under way
  if (s.stage == Stage::Offered && part != "after") offer(ctx, s, r.width);
  else if ((s.stage == Stage::Before || s.stage == Stage::After) && here) {
    const int key = 2000 + (s.in_after() ? 100 : 0) + s.index * 2 + (s.feedback ? 1 : 0);
    const float top = centre_begin(ctx, key);
    item_page(ctx, s, r.width);
    centre_end(ctx, key, top);
  }
  else if (s.stage == Stage::Done && part == "after") change_page(ctx, s, r.width);
  else closed(ctx, s, r.width);
  page_end(ctx, 40);
}

}  // namespace dt::ui
