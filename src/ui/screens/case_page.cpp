// One case as a page: what happened step by step, who did what, what data went for how much,
// the outcome, the police reminders it illustrates, the way into its flow diagram, and the
// source. One reading column, so it reads the same on a 360 px phone and a kiosk.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/action_bar.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// The headline figure on a tinted band: the one number a visitor remembers.
void key_figure(const UiContext& ctx, const Case& c, float w) {
  const auto& p = ctx.theme.palette;
  CalloutStyle band{p.tint_accent};
  band.has_strip = true;
  band.strip = p.accent;
  callout(ctx, band,
          {{ctx.tr(c.key_value), ctx.fonts.title, p.accent_pressed, 1.2f},
           {ctx.tr(c.key_label), ctx.fonts.body, p.text, 1.5f, 0, 4}},
          w);
}

// Numbered steps joined by a thin line, like a route on a map.
void timeline(const UiContext& ctx, const Case& c, float w) {
  const auto& p = ctx.theme.palette;
  const float dot = ctx.px(28), gap_x = ctx.px(16), text_w = w - dot - gap_x;
  auto* dl = ImGui::GetWindowDrawList();
  ctx.semantics.begin_list();
  for (size_t i = 0; i < c.timeline.size(); ++i) {
    ctx.semantics.list_item();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string& text = ctx.tr(c.timeline[i]);
    const float th = paragraph_height(ctx, text, ctx.fonts.body, text_w);
    const float step_h = std::max(dot, th) + ctx.px(20);
    ctx.semantics.add_text(std::to_string(i + 1) + ". " + text);
    ctx.semantics.place_last(pos, pos + ImVec2(w, step_h));  // explore-by-touch finds it where it is read
    const ImVec2 centre = pos + ImVec2(dot / 2, dot / 2);
    if (i + 1 < c.timeline.size())
      dl->AddLine(centre + ImVec2(0, dot / 2), pos + ImVec2(dot / 2, step_h), to_u32(p.border), ctx.px(2));
    dl->AddCircleFilled(centre, dot / 2, to_u32(p.accent));
    const std::string n = std::to_string(i + 1);
    const ImVec2 ns(text_width(ctx, ctx.fonts.body_bold, n), ctx.fonts.body_bold->FontSize);
    draw_text(ctx, dl, ctx.fonts.body_bold, centre - ns * 0.5f, to_u32(p.on_accent), n);
    // Text starts on the dot's centre line so the first line reads as the step's label.
    draw_paragraph(ctx, dl, pos + ImVec2(dot + gap_x, (dot - ctx.fonts.body->FontSize) / 2), text, ctx.fonts.body, p.text,
                   text_w);
    ImGui::Dummy(ImVec2(w, step_h));
  }
  ctx.semantics.end_list();
}

void actors(const UiContext& ctx, const Case& c, float w) {
  const auto& p = ctx.theme.palette;
  auto* dl = ImGui::GetWindowDrawList();
  const float pad = ctx.px(16), text_w = w - pad * 2 - ctx.px(4);
  ctx.semantics.begin_list();
  for (const auto& a : c.actors) {
    ctx.semantics.list_item();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string& name = ctx.tr(a.name);
    const std::string& did = ctx.tr(a.did);
    const float hn = paragraph_height(ctx, name, ctx.fonts.body_bold, text_w);
    const float hd = paragraph_height(ctx, did, ctx.fonts.body, text_w);
    const float tag_h = ctx.fonts.caption->FontSize + ctx.px(6);
    const float h = pad * 2 + tag_h + hn + ctx.px(2) + hd;
    const bool general = a.basis == Basis::OfficerGeneral;
    ctx.semantics.add_text(role_label(ctx, a.role) + ": " + name + ". " + did +
                           (general ? " (" + ctx.tr("basis.officer_general") + ")" : ""));
    ctx.semantics.place_last(pos, pos + ImVec2(w, h));
    dl->AddRectFilled(pos, pos + ImVec2(w, h), to_u32(p.surface), ctx.px(ctx.theme.space.radius));
    dl->AddRectFilled(pos, pos + ImVec2(ctx.px(4), h), to_u32(role_color(a.role)), ctx.px(ctx.theme.space.radius),
                      ImDrawFlags_RoundCornersLeft);
    ImVec2 tp = pos + ImVec2(pad + ctx.px(4), pad);
    draw_role_tag(ctx, dl, tp, a.role);
    tp.y += tag_h;
    draw_paragraph(ctx, dl, tp, name, ctx.fonts.body_bold, p.text, text_w);
    draw_paragraph(ctx, dl, tp + ImVec2(0, hn + ctx.px(2)), did, ctx.fonts.body, p.text_secondary, text_w);
    if (general) {  // not this case's finding: say so where it is read
      const std::string& mark = ctx.tr("basis.short");
      draw_text(ctx, dl, ctx.fonts.caption, pos + ImVec2(w - pad - text_width(ctx, ctx.fonts.caption, mark), pad),
                to_u32(p.text_secondary), mark);
    }
    ImGui::Dummy(ImVec2(w, h));
    gap(ctx, 8);
  }
  ctx.semantics.end_list();
}

// Label above text, for the facts: data, scale, prices.
void fact(const UiContext& ctx, const char* label_key, const LocalText& text, float w) {
  paragraph(ctx, ctx.tr(label_key), ctx.fonts.caption, ctx.theme.palette.text_secondary, w);
  gap(ctx, 2);
  paragraph(ctx, ctx.tr(text), ctx.fonts.body, ctx.theme.palette.text, w);
  gap(ctx, 16);
}

// The story as one text for a voice: title, hook, the steps, what was sold, the outcome.
std::string spoken(const UiContext& ctx, const Case& c) {
  std::string s = ctx.tr(c.title) + "\n" + ctx.tr(c.hook) + "\n";
  for (const auto& step : c.timeline) s += ctx.tr(step) + "\n";
  for (const LocalText* t : {&c.data, &c.scale, &c.prices, &c.outcome}) s += ctx.tr(*t) + "\n";
  return s;
}

// The advice the case illustrates, police advice and our tips apart, each group folded to one
// row with its count until tapped open (a case can carry a dozen: unfolded, they were half a
// phone's page at large text). Each opened row leads to its page.
void reminder_groups(const UiContext& ctx, const Case& c, float w) {
  section_heading(ctx, ctx.tr("case.reminders"), w);
  for (AdviceKind kind : {AdviceKind::Police, AdviceKind::OurTip}) {
    std::vector<const Reminder*> list;
    for (const auto& id : c.reminders)
      if (const Reminder* rem = ctx.content.find_reminder(id); rem && rem->kind == kind) list.push_back(rem);
    if (list.empty()) continue;
    const bool tip = kind == AdviceKind::OurTip;
    const std::string key = c.id + (tip ? "/tips" : "/police");
    auto& open = ctx.caches.page.open_groups;
    const bool is_open = std::find(open.begin(), open.end(), key) != open.end();
    const std::string label = fill(ctx.tr(tip ? "case.tips_group" : "case.police_group"), {{"n", static_cast<int>(list.size())}});
    if (disclosure_row(ctx, tip ? "##tips" : "##police", tip ? Icon::Stories : Icon::Shield, label, is_open, w)) {
      if (is_open) open.erase(std::find(open.begin(), open.end(), key));
      else open.push_back(key);
      ctx.state.mark_changed();
    }
    gap(ctx, 8);
    if (!is_open) continue;
    ctx.semantics.begin_list();
    for (const Reminder* rem : list) {
      ctx.semantics.list_item();
      if (link_row(ctx, rem->id.c_str(), tip ? Icon::Stories : Icon::Shield, ctx.tr(rem->text), w))
        ctx.state.navigate(Screen::Reminder, rem->id);
      gap(ctx, 8);
    }
    ctx.semantics.end_list();
  }
}

}  // namespace

void draw_case_page(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Case* c = ctx.content.find_case(ctx.state.item());
  const Reading r(ctx, ctx.narrow() ? 24 : 40);
  if (!c) return not_found(ctx, "case.not_found", r.width);
  std::string meta = ctx.tr(c->place) + " · " + ctx.tr(c->when);
  if (!c->operation.empty()) meta += " · " + ctx.tr(c->operation);
  paragraph(ctx, meta, ctx.fonts.caption, p.text_secondary, r.width);
  // An organiser's case in Chinese only, on the English page: said before its Chinese text.
  if (c->chinese_only && ctx.state.locale() == Locale::En) {
    gap(ctx, 4);
    paragraph(ctx, ctx.tr("case.chinese_only"), ctx.fonts.body, p.text, r.width);
  }
  gap(ctx, 8);
  heading(ctx, ctx.tr(c->title), 2, ctx.narrow() ? ctx.fonts.heading : ctx.fonts.title, p.text, r.width, 1.3f);
  gap(ctx, 12);
  paragraph(ctx, ctx.tr(c->hook), ctx.fonts.body, p.text_secondary, r.width);
  gap(ctx, 16);
  read_aloud_button(ctx, "case.read_aloud", spoken(ctx, *c));
  const Source* src = ctx.content.find_source(c->source);
  auto& page = ctx.caches.page;
  // On a phone at large text the case is a long page: where it comes from is one tap away
  // from its top (the diagram's button rides in the bar, in reach from anywhere).
  if (src && ctx.actions.pinned()) {
    gap(ctx, 8);
    if (quiet_button(ctx, "##to_source", ctx.tr("case.to_source"), Icon::Stories)) page.to_source = true;
  }
  gap(ctx, 16);
  key_figure(ctx, *c, r.width);

  section_heading(ctx, ctx.tr("case.timeline"), r.width);
  timeline(ctx, *c, r.width);

  section_heading(ctx, ctx.tr("case.actors"), r.width);
  actors(ctx, *c, r.width);

  section_heading(ctx, ctx.tr("case.data"), r.width);
  fact(ctx, "case.data_what", c->data, r.width);
  fact(ctx, "case.scale", c->scale, r.width);
  fact(ctx, "case.prices", c->prices, r.width);

  section_heading(ctx, ctx.tr("case.outcome"), r.width);
  paragraph(ctx, ctx.tr(c->outcome), ctx.fonts.body, p.text, r.width);
  if (!c->context.empty()) {
    gap(ctx, 16);
    fact(ctx, c->context_same_report ? "case.context_same_report" : "case.context", c->context, r.width);
  }
  // What officers said about such cases in general: set apart and marked, so it is never read
  // as something this case established.
  if (!c->remarks.empty()) {
    section_heading(ctx, ctx.tr("case.remarks"), r.width);
    std::vector<CalloutLine> lines{{ctx.tr("case.remarks_note"), ctx.fonts.caption, p.text_secondary}};
    for (const auto& remark : c->remarks) lines.push_back({ctx.tr(remark), ctx.fonts.body, p.text, 1.5f, 0, 10});
    CalloutStyle note{p.muted_surface};
    note.has_strip = true;
    note.strip = p.text_secondary;
    callout(ctx, note, lines, r.width);
  }
  gap(ctx, 24);
  // The one primary action of the page: see the chain drawn. Pinned, it is in reach from
  // anywhere on the page.
  if (primary_action(ctx, "##flow", ctx.tr("case.open_flow"), r.width)) ctx.state.navigate(Screen::Flow, c->id);

  reminder_groups(ctx, *c, r.width);

  if (src) {
    if (page.to_source) {
      // The source's heading at the top of the page (below section_heading's 32 px gap).
      // Not SetScrollHereY: that aims at the last item drawn, the row above.
      ImGui::SetScrollY(ImGui::GetScrollY() + ImGui::GetCursorScreenPos().y + ctx.px(32) - ImGui::GetWindowPos().y - ctx.px(8));
      page.to_source = false;
    }
    section_heading(ctx, ctx.tr("case.source"), r.width);
    source_card(ctx, *src, r.width);
  }
  page_end(ctx, 40);
}

}  // namespace dt::ui
