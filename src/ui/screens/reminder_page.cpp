// One police reminder: who it is for, its words, the articles it comes from and the cases
// behind it (each opens the case).
#include <imgui.h>

#include <string>

#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

void draw_reminder_page(const UiContext& ctx) {
  const Reminder* rem = ctx.content.find_reminder(ctx.state.item());
  const Reading r(ctx, ctx.narrow() ? 24 : 40);
  if (!rem) return not_found(ctx, "reminder.not_found", r.width);
  // The reminder itself on a calm green card: it is the advice, not a warning.
  const auto& p = ctx.theme.palette;
  const bool tip = rem->kind == AdviceKind::OurTip;
  const std::string& audience =
      ctx.tr(tip ? "reminder.tip_note" : rem->audience == Audience::Citizen ? "reminder.for_citizen" : "reminder.for_organisation");
  ImFont* big = ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading;
  CalloutStyle style{tip ? p.tint_accent : p.tint_success};
  style.has_icon = true;
  style.icon = tip ? Icon::Stories : Icon::Shield;
  style.icon_colour = tip ? p.accent_pressed : p.on_tint_success;
  style.pad = 24;
  callout(ctx, style,
          {{audience, ctx.fonts.caption, tip ? p.text : p.on_tint_success},
           {ctx.tr(rem->text), big, tip ? p.text : p.on_tint_success, 1.4f, 2, 8}},
          r.width);

  bool any_case = false;
  for (const auto& c : ctx.content.cases) {
    bool cites = false;
    for (const auto& id : c.reminders) cites = cites || id == rem->id;
    if (!cites) continue;
    if (!any_case) section_heading(ctx, ctx.tr("reminder.cases"), r.width);
    any_case = true;
    if (link_row(ctx, c.id.c_str(), Icon::Stories, ctx.tr(c.title), r.width)) ctx.state.navigate(Screen::Case, c.id);
    gap(ctx, 8);
  }

  if (!rem->sources.empty()) section_heading(ctx, ctx.tr("reminder.sources"), r.width);
  for (const auto& sid : rem->sources) {
    if (const Source* s = ctx.content.find_source(sid)) {
      source_card(ctx, *s, r.width);
      gap(ctx, 12);
    }
  }
  page_end(ctx, 28);
}

}  // namespace dt::ui
