// The case stories as cards: place and year, title, a one-line hook and one key figure.
// One column on phones, two or three on wider screens; rows share the tallest card's height.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/text/numbers.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// An organiser's case in Chinese only says so on its card in English, before it is opened.
std::string meta_line(const UiContext& ctx, const Case& c) {
  std::string line = ctx.tr(c.place) + " · " + ctx.tr(c.when);
  if (c.chinese_only && ctx.state.locale() == Locale::En) line += " · " + ctx.tr("case.chinese_only_short");
  return line;
}

float card_height(const UiContext& ctx, const Case& c, float w) {
  const float pad = ctx.px(20), text_w = w - pad * 2;
  return pad * 2 + paragraph_height(ctx, meta_line(ctx, c), ctx.fonts.caption, text_w) + ctx.px(8) +
         paragraph_height(ctx, ctx.tr(c.title), ctx.fonts.subhead, text_w, 1.35f) + ctx.px(8) +
         paragraph_height(ctx, ctx.tr(c.hook), ctx.fonts.body, text_w) + ctx.px(16 + 1 + 16) +
         paragraph_height(ctx, ctx.tr(c.key_value), ctx.fonts.heading, text_w, 1.2f) + ctx.px(4) +
         paragraph_height(ctx, ctx.tr(c.key_label), ctx.fonts.caption, text_w);
}

bool case_card(const UiContext& ctx, const Case& c, ImVec2 size) {
  const auto& p = ctx.theme.palette;
  const float radius = ctx.px(ctx.theme.space.radius);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(c.id.c_str(), size);
  clicked |= ctx.semantics.add_item(c.id.c_str(), SemanticNode::Role::Link, ctx.tr(c.title));
  const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos + ImVec2(0, ctx.px(2)), pos + size + ImVec2(0, ctx.px(2)), IM_COL32(27, 36, 48, 18), radius);
  dl->AddRectFilled(pos, pos + size, to_u32(held ? ctx.theme.palette.pressed_surface : p.surface), radius);
  dl->AddRect(pos, pos + size, to_u32(hovered ? p.accent : p.border, hovered ? 0.55f : 1.0f), radius, 0, ctx.px(1));

  const float pad = ctx.px(20), text_w = size.x - pad * 2;
  ImVec2 tp = pos + ImVec2(pad, pad);
  auto put = [&](std::string_view text, ImFont* font, Rgb color, float line, float after) {
    if (text != ctx.tr(c.title)) ctx.semantics.add_text(text);  // the title is the link's name
    draw_paragraph(ctx, dl, tp, text, font, color, text_w, line);
    tp.y += paragraph_height(ctx, text, font, text_w, line) + ctx.px(after);
  };
  put(meta_line(ctx, c), ctx.fonts.caption, p.text_secondary, 1.5f, 8);
  put(ctx.tr(c.title), ctx.fonts.subhead, p.text, 1.35f, 8);
  put(ctx.tr(c.hook), ctx.fonts.body, p.text_secondary, 1.5f, 16);
  // The key figure sits at the bottom of the card so figures line up along a row.
  const float figure_h = ctx.px(1 + 16) + paragraph_height(ctx, ctx.tr(c.key_value), ctx.fonts.heading, text_w, 1.2f) +
                         ctx.px(4) + paragraph_height(ctx, ctx.tr(c.key_label), ctx.fonts.caption, text_w);
  tp.y = pos.y + size.y - pad - figure_h;
  dl->AddLine(tp, tp + ImVec2(text_w, 0), to_u32(p.border), ctx.px(1));
  tp.y += ctx.px(1 + 16);
  put(ctx.tr(c.key_value), ctx.fonts.heading, p.accent, 1.2f, 4);
  put(ctx.tr(c.key_label), ctx.fonts.caption, p.text_secondary, 1.5f, 0);
  focus_ring(ctx, radius);
  return clicked;
}

}  // namespace

void draw_case_list(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Column col = content_column(ctx);
  const float x0 = ImGui::GetWindowPos().x + col.x;
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + ctx.px(ctx.narrow() ? 24 : 40)));
  const float intro_w = std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width));
  // The count comes from the content (a local case added by an organiser counts too).
  heading(ctx,
          format_count(static_cast<long long>(ctx.content.cases.size()), ctx.tr("cases.count_one"), ctx.tr("cases.count_other"),
                       ctx.state.locale()),
          2, ctx.fonts.heading, p.text, intro_w, 1.3f);
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + ctx.px(8)));
  paragraph(ctx, ctx.tr("cases.intro"), ctx.fonts.body, p.text_secondary, intro_w);
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + ctx.px(24)));

  const float gap_px = ctx.px(24);
  const int columns = std::max(1, std::min(3, static_cast<int>((col.width + gap_px) / (ctx.px(300) + gap_px))));
  const float card_w = (col.width - gap_px * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const auto& cases = ctx.content.cases;
  float y = ImGui::GetCursorScreenPos().y;
  ctx.semantics.begin_list();
  for (size_t row = 0; row * static_cast<size_t>(columns) < cases.size(); ++row) {
    const size_t first = row * static_cast<size_t>(columns);
    const size_t last = std::min(cases.size(), first + static_cast<size_t>(columns));
    float h = 0;
    for (size_t i = first; i < last; ++i) h = std::max(h, card_height(ctx, cases[i], card_w));
    for (size_t i = first; i < last; ++i) {
      ImGui::SetCursorScreenPos(ImVec2(x0 + (card_w + gap_px) * static_cast<float>(i - first), y));
      ctx.semantics.list_item();
      if (case_card(ctx, cases[i], ImVec2(card_w, h))) ctx.state.navigate(Screen::Case, cases[i].id);
    }
    y += h + gap_px;
  }
  ctx.semantics.end_list();
  ImGui::SetCursorScreenPos(ImVec2(x0, y + ctx.px(8)));
  ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace dt::ui
