#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>


#include "core/text/line_break.h"

namespace dt::ui {

ImU32 to_u32(Rgb c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(alpha * 255.0f + 0.5f));
}

const std::vector<LineRange>& wrap_text(const UiContext& ctx, std::string_view text, FontUse f, float max_width) {
  const auto key = TextLayoutCache::key(text, f.font, f.size, max_width, ctx.state.locale());
  if (const auto* hit = ctx.caches.text.find(key, ctx.now)) return *hit;
  check_glyphs(ctx.fonts, f.font, text);
  auto lines = wrap_lines(text, ctx.state.locale(), max_width, [&](size_t b, size_t e) {
    return f.font->CalcTextSizeA(f.size, FLT_MAX, 0.0f, text.data() + b, text.data() + e).x;
  });
  return ctx.caches.text.insert(key, std::move(lines), ctx.now);
}

float paragraph_height(const UiContext& ctx, std::string_view text, ImFont* font, float max_width, float line_factor) {
  const FontUse f = use_font(ctx.fonts, font, text);
  const auto& lines = wrap_text(ctx, text, f, max_width);
  if (lines.empty()) return 0;
  return f.size + f.em(ctx.fonts) * line_factor * static_cast<float>(lines.size() - 1);
}

void draw_paragraph(const UiContext& ctx, ImDrawList* dl, ImVec2 pos, std::string_view text, ImFont* font, Rgb color,
                    float max_width, float line_factor) {
  const ImU32 col = to_u32(color);
  const FontUse f = use_font(ctx.fonts, font, text);
  for (const auto& line : wrap_text(ctx, text, f, max_width)) {
    dl->AddText(f.font, f.size, pos, col, text.data() + line.begin, text.data() + line.end);
    pos.y += f.em(ctx.fonts) * line_factor;
  }
}

void paragraph(const UiContext& ctx, std::string_view text, ImFont* font, Rgb color, float max_width, float line_factor) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = paragraph_height(ctx, text, font, max_width, line_factor);
  ctx.semantics.add_text(text);
  ctx.semantics.place_last(pos, pos + ImVec2(max_width, h));
  draw_paragraph(ctx, ImGui::GetWindowDrawList(), pos, text, font, color, max_width, line_factor);
  ImGui::Dummy({max_width, h});
}

void heading(const UiContext& ctx, std::string_view text, int level, ImFont* font, Rgb color, float max_width,
             float line_factor) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = paragraph_height(ctx, text, font, max_width, line_factor);
  ctx.semantics.add_heading(text, level);
  ctx.semantics.place_last(pos, pos + ImVec2(max_width, h));
  draw_paragraph(ctx, ImGui::GetWindowDrawList(), pos, text, font, color, max_width, line_factor);
  ImGui::Dummy({max_width, h});
}

void draw_text(const UiContext& ctx, ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
               float scale) {
  const FontUse f = use_font(ctx.fonts, font, text);
  dl->AddText(f.font, f.size * scale, pos, colour, text.data(), text.data() + text.size());
}

float text_width(const UiContext& ctx, ImFont* font, std::string_view text) {
  const FontUse f = use_font(ctx.fonts, font, text);
  return f.font->CalcTextSizeA(f.size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

std::string fit_text(FontUse f, std::string_view text, float max_width) {
  auto width = [&](std::string_view t) { return f.font->CalcTextSizeA(f.size, FLT_MAX, 0, t.data(), t.data() + t.size()).x; };
  if (width(text) <= max_width) return std::string(text);
  const std::string_view ellipsis = "\xE2\x80\xA6";  // …
  size_t end = 0;
  for (size_t next = detail::utf8_next(text, 0); next <= text.size(); next = detail::utf8_next(text, next)) {
    if (width(std::string(text.substr(0, next)) + std::string(ellipsis)) > max_width) break;
    end = next;
    if (next == text.size()) break;
  }
  return std::string(text.substr(0, detail::trim_line_end(text, 0, end))) + std::string(ellipsis);
}

void next_in_row(const UiContext& ctx, float next_width, float right) {
  const float spacing = ctx.px(8);
  if (ImGui::GetItemRectMax().x + spacing + next_width <= right) {
    ImGui::SameLine(0, spacing);
  } else {
    const ImVec2 c = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(c.x, c.y + ctx.px(4)));
  }
}

void focus_ring(const UiContext& ctx, float rounding) {
  const ImGuiContext& g = *GImGui;
  if (!ImGui::IsItemFocused() || g.NavDisableHighlight) return;
  const float pad = ctx.px(3);
  ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin() - ImVec2(pad, pad),
                                      ImGui::GetItemRectMax() + ImVec2(pad, pad),
                                      to_u32(ctx.theme.palette.focus), rounding + pad, 0, ctx.px(3));
}

namespace {
constexpr float kBadge = 56;  // icon badge diameter, logical px
}

bool entry_card_fits_sideways(const UiContext& ctx, float width) {
  const float text_w = width - ctx.px(24) * 3 - ctx.px(kBadge) - ctx.px(24);
  return text_w >= ctx.fonts.heading->FontSize * 5;  // room for a few words of the title a line
}

float entry_card_height(const UiContext& ctx, std::string_view title, std::string_view body, float width,
                        bool horizontal) {
  const float pad = ctx.px(24);
  const float badge = ctx.px(kBadge);
  const float text_w = horizontal ? width - pad * 3 - badge - ctx.px(24) : width - pad * 2;
  const float text_h = paragraph_height(ctx, title, ctx.fonts.heading, text_w, 1.3f) + ctx.px(8) +
                       paragraph_height(ctx, body, ctx.fonts.body, text_w);
  return horizontal ? pad * 2 + std::max(badge, text_h) : pad * 2 + badge + ctx.px(16) + text_h;
}

bool entry_card(const UiContext& ctx, const char* id, Icon icon, std::string_view title, std::string_view body,
                ImVec2 size, bool horizontal) {
  const auto& p = ctx.theme.palette;
  const float radius = ctx.px(ctx.theme.space.radius);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(id, size);
  clicked |= ctx.semantics.add_item(id, SemanticNode::Role::Link, title);
  if (!body.empty()) ctx.semantics.add_text(body);
  const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  auto* dl = ImGui::GetWindowDrawList();
  const ImVec2 end = pos + size;
  // A soft shadow and a hairline give depth without decoration.
  dl->AddRectFilled(pos + ImVec2(0, ctx.px(2)), end + ImVec2(0, ctx.px(2)), IM_COL32(27, 36, 48, 18), radius);
  dl->AddRectFilled(pos, end, to_u32(held ? ctx.theme.palette.pressed_surface : p.surface), radius);
  dl->AddRect(pos, end, to_u32(hovered ? p.accent : p.border, hovered ? 0.55f : 1.0f), radius, 0, ctx.px(1));

  const float pad = ctx.px(24), badge = ctx.px(kBadge);
  const float text_w = horizontal ? size.x - pad * 3 - badge - ctx.px(24) : size.x - pad * 2;
  const float title_h = paragraph_height(ctx, title, ctx.fonts.heading, text_w, 1.3f);
  // A card taller than its words (a kiosk's large tiles) holds them in its middle.
  const float words_h = title_h + ctx.px(8) + paragraph_height(ctx, body, ctx.fonts.body, text_w);
  const float content_h = horizontal ? std::max(badge, words_h) : badge + ctx.px(16) + words_h;
  const float dy = std::max(0.0f, (size.y - pad * 2 - content_h) / 2);
  const ImVec2 badge_c = pos + ImVec2(pad + badge / 2, pad + dy + (horizontal ? content_h / 2 : badge / 2));
  dl->AddCircleFilled(badge_c, badge / 2, to_u32(ctx.theme.palette.tint_accent));
  draw_icon(dl, icon, badge_c, badge * 0.5f, to_u32(p.accent));

  ImVec2 text_pos = horizontal ? pos + ImVec2(pad * 2 + badge, pad + dy + (content_h - words_h) / 2)
                               : pos + ImVec2(pad, pad + dy + badge + ctx.px(16));
  draw_paragraph(ctx, dl, text_pos, title, ctx.fonts.heading, p.text, text_w, 1.3f);
  text_pos.y += title_h + ctx.px(8);
  draw_paragraph(ctx, dl, text_pos, body, ctx.fonts.body, p.text_secondary, text_w);
  if (horizontal)
    draw_icon(dl, Icon::Chevron, ImVec2(end.x - pad - ctx.px(8), pos.y + size.y / 2), ctx.px(20), to_u32(p.text_secondary));
  focus_ring(ctx, radius);
  return clicked;
}

// Buttons hold a line of bold body text: at least the touch-target height, taller when the
// text is (large text grows faster than the chrome around it).
float button_height(const UiContext& ctx) {
  return std::max(ctx.px(ctx.theme.space.button_height), ctx.fonts.body_bold->FontSize + ctx.px(16));
}
float quiet_button_height(const UiContext& ctx) {
  return std::max(ctx.px(48), ctx.fonts.body_bold->FontSize + ctx.px(12));
}

bool primary_button(const UiContext& ctx, const char* id, std::string_view label, float width) {
  const auto& p = ctx.theme.palette;
  ImFont* font = ctx.fonts.body_bold;
  const ImVec2 text(text_width(ctx, font, label), font->FontSize);
  const ImVec2 size(width > 0 ? width : text.x + ctx.px(ctx.theme.space.button_pad_x * 2), button_height(ctx));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(id, size);
  clicked |= ctx.semantics.add_item(id, SemanticNode::Role::Button, label);
  const float radius = ctx.px(ctx.theme.space.radius);
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, pos + size, to_u32(ImGui::IsItemActive() ? p.accent_pressed : p.accent), radius);
  draw_text(ctx, dl, font, pos + (size - text) * 0.5f, to_u32(p.on_accent), label);
  focus_ring(ctx, radius);
  return clicked;
}

float quiet_button_width(const UiContext& ctx, std::string_view label, bool icon_only) {
  if (icon_only) return quiet_button_height(ctx);
  return ctx.px(12) * 2 + ctx.px(22) + ctx.px(8) + text_width(ctx, ctx.fonts.body_bold, label);
}

bool quiet_button(const UiContext& ctx, const char* id, std::string_view label, Icon icon, bool icon_only,
                  std::string_view spoken) {
  const auto& p = ctx.theme.palette;
  ImFont* font = ctx.fonts.body_bold;
  const float h = quiet_button_height(ctx), icon_sz = ctx.px(22), gap = ctx.px(8), pad = ctx.px(12);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  // A label longer than the room to the page's edge (large text, a long English label)
  // wraps, and the button grows: never a label cut off at the screen's edge.
  const float room = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - ctx.px(16) - pos.x;
  const float one_line = icon_only ? 0 : text_width(ctx, font, label);
  const float text_w = std::min(one_line, std::max(font->FontSize * 3, room - pad * 2 - icon_sz - gap));
  const bool wraps = !icon_only && one_line > text_w;
  const float text_h = wraps ? paragraph_height(ctx, label, font, text_w, 1.3f) : font->FontSize;
  const ImVec2 size(icon_only ? h : pad * 2 + icon_sz + gap + text_w, std::max(h, text_h + pad * 2));
  // Inside BeginDisabled(): an action that can do nothing now keeps its place, greyed, and is
  // not offered to a screen reader.
  const bool disabled = (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
  bool clicked = ImGui::InvisibleButton(id, size);
  if (!disabled) clicked |= ctx.semantics.add_item(id, SemanticNode::Role::Button, spoken.empty() ? label : spoken);
  auto* dl = ImGui::GetWindowDrawList();
  const float rounding = wraps ? ctx.px(ctx.theme.space.radius) : h / 2;
  if (!disabled && (ImGui::IsItemHovered() || ImGui::IsItemActive()))
    dl->AddRectFilled(pos, pos + size, to_u32(p.accent, ImGui::IsItemActive() ? 0.16f : 0.08f), rounding);
  const Rgb ink = disabled ? p.text_secondary : p.accent;
  const float alpha = disabled ? 0.55f : 1.0f;
  const float icon_x = icon_only ? pos.x + h / 2 : pos.x + pad + icon_sz / 2;
  draw_icon(dl, icon, ImVec2(icon_x, pos.y + size.y / 2), icon_sz, to_u32(ink, alpha));
  const ImVec2 tp(pos.x + pad + icon_sz + gap, pos.y + (size.y - text_h) / 2);
  if (wraps) draw_paragraph(ctx, dl, tp, label, font, ink, text_w, 1.3f);
  else if (!icon_only) draw_text(ctx, dl, font, tp, to_u32(ink, alpha), label);
  if (!disabled) focus_ring(ctx, rounding);
  return clicked && !disabled;
}

}  // namespace dt::ui
