// Sections whose issues have not landed yet say plainly what they will hold.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

void draw_section_placeholder(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Column col = content_column(ctx);
  const float w = std::min(col.width, ctx.px(ctx.theme.space.content_max_width));
  const std::string key(screen_name(ctx.state.screen()));
  ImFont* intro_font = ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading;  // 24 px bold is a shout on a phone
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + col.x, ImGui::GetCursorScreenPos().y + ctx.px(40)));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  const float pad = ctx.px(32);
  const float text_w = w - pad * 2;
  const float h = pad * 2 + ctx.px(48 + 24) + paragraph_height(ctx, ctx.tr("section." + key + ".intro"), intro_font, text_w, 1.35f) +
                  ctx.px(12) + paragraph_height(ctx, ctx.tr("section.coming"), ctx.fonts.body, text_w);
  dl->AddRectFilled(pos, pos + ImVec2(w, h), to_u32(p.surface), ctx.px(ctx.theme.space.radius));
  dl->AddRect(pos, pos + ImVec2(w, h), to_u32(p.border), ctx.px(ctx.theme.space.radius), 0, ctx.px(1));
  draw_icon(dl, Icon::Clock, pos + ImVec2(pad + ctx.px(24), pad + ctx.px(24)), ctx.px(40), to_u32(p.accent));
  ImVec2 tp = pos + ImVec2(pad, pad + ctx.px(48 + 24));
  ctx.semantics.add_text(ctx.tr("section." + key + ".intro"));
  ctx.semantics.add_text(ctx.tr("section.coming"));
  draw_paragraph(ctx, dl, tp, ctx.tr("section." + key + ".intro"), intro_font, p.text, text_w, 1.35f);
  tp.y += paragraph_height(ctx, ctx.tr("section." + key + ".intro"), intro_font, text_w, 1.35f) + ctx.px(12);
  draw_paragraph(ctx, dl, tp, ctx.tr("section.coming"), ctx.fonts.body, p.text_secondary, text_w);
  ImGui::Dummy(ImVec2(w, h));
  ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y + ctx.px(24)));
  if (primary_button(ctx, "##home", ctx.tr("nav.back_home"))) ctx.state.go_home();
}

}  // namespace dt::ui
