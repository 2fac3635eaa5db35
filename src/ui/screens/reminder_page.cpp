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
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float pad = ctx.px(24), icon = ctx.px(32), text_w = r.width - pad * 3 - icon;
  const std::string& audience =
      ctx.tr(rem->audience == Audience::Citizen ? "reminder.for_citizen" : "reminder.for_organisation");
  ImFont* big = ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading;
  const float ha = paragraph_height(ctx, audience, ctx.fonts.caption, text_w);
  const float ht = paragraph_height(ctx, ctx.tr(rem->text), big, text_w, 1.4f);
  const float h = pad * 2 + ha + ctx.px(8) + ht;
  ctx.semantics.add_text(audience);
  ctx.semantics.add_heading(ctx.tr(rem->text), 2);
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, pos + ImVec2(r.width, h), to_u32(ctx.theme.palette.tint_success), ctx.px(ctx.theme.space.radius));
  draw_icon(dl, Icon::Shield, pos + ImVec2(pad + icon / 2, pad + icon / 2), icon, to_u32(ctx.theme.palette.on_tint_success));
  const ImVec2 tp = pos + ImVec2(pad * 2 + icon, pad);
  draw_paragraph(ctx, dl, tp, audience, ctx.fonts.caption, ctx.theme.palette.on_tint_success, text_w);
  draw_paragraph(ctx, dl, tp + ImVec2(0, ha + ctx.px(8)), ctx.tr(rem->text), big, ctx.theme.palette.on_tint_success, text_w, 1.4f);
  ImGui::Dummy(ImVec2(r.width, h));

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

  section_heading(ctx, ctx.tr("reminder.sources"), r.width);
  for (const auto& sid : rem->sources) {
    if (const Source* s = ctx.content.find_source(sid)) {
      source_card(ctx, *s, r.width, false);
      gap(ctx, 12);
    }
  }
  gap(ctx, 28);
  ImGui::Dummy(ImVec2(1, bottom_nav_height(ctx)));
}

}  // namespace dt::ui
