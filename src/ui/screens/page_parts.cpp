#include "ui/screens/page_parts.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

Reading::Reading(const UiContext& ctx, float dy) {
  const Column col = content_column(ctx);
  width = std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width));
  // Centred like a printed page: on a kiosk the text sits in the middle of the screen,
  // not under the back button with empty space to its right.
  x = ImGui::GetWindowPos().x + col.x + (col.width - width) / 2;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ctx.px(dy)));
  ImGui::BeginGroup();
}

Reading::~Reading() { ImGui::EndGroup(); }

void gap(const UiContext& ctx, float logical_px) {
  const ImVec2 c = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(c.x, c.y + ctx.px(logical_px)));
}

void page_end(const UiContext& ctx, float logical_px) { ImGui::Dummy(ImVec2(1, ctx.px(logical_px))); }

void not_found(const UiContext& ctx, const char* message_key, float width) {
  paragraph(ctx, ctx.tr(message_key), ctx.fonts.body, ctx.theme.palette.text, width);
  gap(ctx, 24);
  if (primary_button(ctx, "##home", ctx.tr("nav.back_home"))) ctx.state.go_home();
}

void callout(const UiContext& ctx, const CalloutStyle& style, const std::vector<CalloutLine>& lines, float width) {
  const float pad = ctx.px(style.pad), icon = ctx.px(28), strip = style.has_strip ? ctx.px(6) : 0;
  float text_w = width - pad * 2 - strip;
  bool beside = false;
  if (style.has_icon) {
    beside = text_w - icon - pad >= ctx.fonts.body->FontSize * 12 / ctx.fonts.line_box_per_em;
    if (beside) text_w -= icon + pad;
  }
  const float text_top = style.has_icon && !beside ? icon + ctx.px(12) : 0;
  float h = pad * 2 + text_top;
  for (const auto& l : lines) h += ctx.px(l.gap_before) + paragraph_height(ctx, l.text, l.font, text_w, l.line_factor);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  const float r = ctx.px(ctx.theme.space.radius);
  dl->AddRectFilled(pos, pos + ImVec2(width, h), to_u32(style.tint), r);
  if (style.has_strip) dl->AddRectFilled(pos, pos + ImVec2(strip, h), to_u32(style.strip), r, ImDrawFlags_RoundCornersLeft);
  if (style.has_icon) draw_icon(dl, style.icon, pos + ImVec2(strip + pad + icon / 2, pad + icon / 2), icon, to_u32(style.icon_colour));
  ImVec2 tp = pos + ImVec2(strip + pad + (beside ? icon + pad : 0), pad + text_top);
  std::string spoken;
  for (const auto& l : lines) {
    tp.y += ctx.px(l.gap_before);
    const float lh = paragraph_height(ctx, l.text, l.font, text_w, l.line_factor);
    if (style.live) {
      spoken += (spoken.empty() ? "" : " ") + std::string(l.text);
    } else {
      if (l.heading_level > 0) ctx.semantics.add_heading(l.text, l.heading_level);
      else ctx.semantics.add_text(l.text);
      ctx.semantics.place_last(tp, tp + ImVec2(text_w, lh));
    }
    draw_paragraph(ctx, dl, tp, l.text, l.font, l.colour, text_w, l.line_factor);
    tp.y += lh;
  }
  if (style.live) {
    ctx.semantics.add_live(spoken);
    ctx.semantics.place_last(pos, pos + ImVec2(width, h));
  }
  ImGui::Dummy(ImVec2(width, h));
}

void section_heading(const UiContext& ctx, std::string_view text, float width) {
  gap(ctx, 32);
  heading(ctx, text, 3, ctx.fonts.subhead, ctx.theme.palette.text, width, 1.3f);
  gap(ctx, 12);
}

void top_of_page(const UiContext& ctx, int page) {
  if (ctx.caches.page.topped == page) return;
  ctx.caches.page.topped = page;
  ctx.caches.page.revealed = -1;
  ctx.caches.page.reveal_tries = 0;
  ImGui::SetScrollY(0);
}

float centre_begin(const UiContext& ctx, int key) {
  const float y = ImGui::GetCursorScreenPos().y;
  const float w = ImGui::GetWindowWidth(), h = ImGui::GetWindowHeight();
  auto& page = ctx.caches.page;
  if (!ctx.kiosk || h < w * 1.3f || page.block_key != key) return y;  // not measured yet: at the top once
  const float free = ImGui::GetWindowPos().y + h - y - page.block_h - ctx.px(24);
  if (free <= 0) return y;
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, y + free / 3));
  return y + free / 3;
}

void centre_end(const UiContext& ctx, int key, float content_top) {
  if (!ctx.kiosk) return;
  auto& page = ctx.caches.page;
  const float drawn = ImGui::GetCursorScreenPos().y - content_top;  // the content's own height
  if (page.block_key != key || std::abs(drawn - page.block_h) > 1) ctx.state.mark_changed();  // placed next frame
  page.block_h = drawn;
  page.block_key = key;
}

void finish_visit_button(const UiContext& ctx) {
  gap(ctx, 24);
  if (quiet_button(ctx, "##finish_visit", ctx.tr("quiz.finish_visit"), Icon::Close)) {
    if (ctx.services.speech) ctx.services.speech->stop();
    ctx.state.finish_visit();
  }
}

void reveal(const UiContext& ctx, int key, float from) {
  auto& page = ctx.caches.page;
  if (page.revealed == key) return;
  const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight(), margin = ctx.px(16);
  const float end = ImGui::GetCursorScreenPos().y;
  const float delta = std::min(from - top - margin, end - (bottom - margin));
  const float target = ImGui::GetScrollY() + std::max(0.0f, delta);
  if (delta > 0) ImGui::SetScrollY(target);
  // ImGui clamps a scroll to last frame's page height: on the frame the revealed part first
  // appears the page may not reach that far yet (a short question whose page did not scroll
  // at all). Then try again once the page has grown, a few frames at most.
  if (target > ImGui::GetScrollMaxY() + 0.5f && page.reveal_tries < 3) {
    ++page.reveal_tries;
    ctx.state.mark_changed();
    return;
  }
  page.revealed = key;
  page.reveal_tries = 0;
}

namespace {

// A full-width row: an icon, a paragraph and something at its end (`trailing` wide), one
// thumb high at least, growing with its text. Laid out and made an item here; each kind of
// row paints its own background and end.
struct Row {
  ImVec2 pos, size;
  float pad, icon_sz, text_w, text_h, radius;
  // Stacked: the icon and the trailing control share a top line and the words take the whole
  // width below, when beside them the words would get only a few characters a line (large
  // text on a phone: "网上购物要 / 到正规网 / 站；…" in a column a third of the card).
  bool stacked;
  float mark_y;  // the centre of the icon and trailing control, from the row's top
  bool clicked;
  ImDrawList* dl;
};

Row row_item(const UiContext& ctx, const char* id, SemanticNode::Role role, std::string_view text, ImFont* font,
             float trailing, float width, bool current) {
  Row r{};
  r.pad = ctx.px(16);
  r.icon_sz = ctx.px(22);
  r.text_w = width - r.pad * 3 - r.icon_sz - trailing;
  r.stacked = r.text_w < font->FontSize * 10;
  if (r.stacked) {
    r.text_w = width - r.pad * 2;
    r.text_h = paragraph_height(ctx, text, font, r.text_w);
    const float top = std::max(r.icon_sz, ctx.px(28));
    r.mark_y = r.pad + top / 2;
    r.size = ImVec2(width, r.pad * 2 + top + ctx.px(8) + r.text_h);
  } else {
    r.text_h = paragraph_height(ctx, text, font, r.text_w);
    r.size = ImVec2(width, std::max(ctx.px(56), r.text_h + r.pad * 2));
    r.mark_y = r.size.y / 2;
  }
  r.pos = ImGui::GetCursorScreenPos();
  r.clicked = ImGui::InvisibleButton(id, r.size);
  r.clicked |= ctx.semantics.add_item(id, role, text, current);
  r.dl = ImGui::GetWindowDrawList();
  r.radius = ctx.px(ctx.theme.space.radius);
  return r;
}

// The row's icon and words, over its background.
void row_content(const UiContext& ctx, const Row& r, Icon icon, Rgb icon_color, std::string_view text, ImFont* font) {
  draw_icon(r.dl, icon, r.pos + ImVec2(r.pad + r.icon_sz / 2, r.mark_y), r.icon_sz, to_u32(icon_color));
  const ImVec2 words = r.stacked ? ImVec2(r.pad, r.size.y - r.pad - r.text_h) : ImVec2(r.pad * 2 + r.icon_sz, (r.size.y - r.text_h) / 2);
  draw_paragraph(ctx, r.dl, r.pos + words, text, font, ctx.theme.palette.text, r.text_w);
}

}  // namespace

bool link_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, float width) {
  const auto& p = ctx.theme.palette;
  const float chevron = ctx.px(20);
  const Row r = row_item(ctx, id, SemanticNode::Role::Link, text, ctx.fonts.body, chevron, width, false);
  const bool hovered = ImGui::IsItemHovered();
  r.dl->AddRectFilled(r.pos, r.pos + r.size, to_u32(ImGui::IsItemActive() ? p.pressed_surface : p.surface), r.radius);
  r.dl->AddRect(r.pos, r.pos + r.size, to_u32(hovered ? p.accent : p.border, hovered ? 0.55f : 1), r.radius, 0, ctx.px(1));
  row_content(ctx, r, icon, p.accent, text, ctx.fonts.body);
  draw_icon(r.dl, Icon::Chevron, r.pos + ImVec2(r.size.x - r.pad - chevron / 2, r.mark_y), chevron, to_u32(p.text_secondary));
  focus_ring(ctx, r.radius);
  return r.clicked;
}

bool disclosure_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, bool open, float width) {
  const auto& p = ctx.theme.palette;
  const float chevron = ctx.px(20);
  const Row r = row_item(ctx, id, SemanticNode::Role::Disclosure, text, ctx.fonts.body_bold, chevron, width, open);
  r.dl->AddRectFilled(r.pos, r.pos + r.size, to_u32(ImGui::IsItemActive() ? p.pressed_surface : p.muted_surface), r.radius);
  row_content(ctx, r, icon, p.accent, text, ctx.fonts.body_bold);
  // The chevron points down while folded (more below), up while open.
  const ImVec2 c = r.pos + ImVec2(r.size.x - r.pad - chevron / 2, r.mark_y);
  const float k = chevron * 0.28f, dir = open ? -1.0f : 1.0f;
  r.dl->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-k, -k * 0.5f * dir), c + ImVec2(0, k * 0.5f * dir), c + ImVec2(k, -k * 0.5f * dir)}.data(),
                    3, to_u32(p.text_secondary), ImDrawFlags_None, ctx.px(2));
  focus_ring(ctx, r.radius);
  return r.clicked;
}

bool toggle_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, bool on, float width) {
  const auto& p = ctx.theme.palette;
  const float sw = ctx.px(44), sh = ctx.px(24);
  const Row r = row_item(ctx, id, SemanticNode::Role::Check, text, ctx.fonts.body, sw, width, on);
  const Rgb bg = on ? p.tint_success : ImGui::IsItemActive() ? p.pressed_surface : p.surface;
  r.dl->AddRectFilled(r.pos, r.pos + r.size, to_u32(bg), r.radius);
  r.dl->AddRect(r.pos, r.pos + r.size, to_u32(on ? p.on_tint_success : ImGui::IsItemHovered() ? p.accent : p.border), r.radius, 0,
                ctx.px(on ? 2.0f : 1.0f));
  row_content(ctx, r, icon, on ? p.on_tint_success : p.accent, text, ctx.fonts.body);
  // The switch: a track and a knob; on is filled and to the right, as on a phone.
  const ImVec2 t0 = r.pos + ImVec2(r.size.x - r.pad - sw, r.mark_y - sh / 2), t1 = t0 + ImVec2(sw, sh);
  r.dl->AddRectFilled(t0, t1, to_u32(on ? p.on_tint_success : p.text_secondary), sh / 2);
  const float kr = sh / 2 - ctx.px(3);
  r.dl->AddCircleFilled(ImVec2(on ? t1.x - sh / 2 : t0.x + sh / 2, t0.y + sh / 2), kr, to_u32(p.surface));
  focus_ring(ctx, r.radius);
  return r.clicked;
}

bool chip(const UiContext& ctx, const char* id, std::string_view label, bool on, float left, float right) {
  const auto& p = ctx.theme.palette;
  const FontUse f = use_font(ctx.fonts, ctx.fonts.body, label);
  const float pad_x = ctx.px(14), h = ctx.px(44);  // 44 px: a fingertip, even in a row of many
  const float tw = f.font->CalcTextSizeA(f.size, FLT_MAX, 0, label.data(), label.data() + label.size()).x;
  const ImVec2 size(std::min(tw + pad_x * 2, right - left), h);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  if (pos.x > left && pos.x + size.x > right) {  // wrap
    ImGui::NewLine();
    ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
    pos = ImGui::GetCursorScreenPos();
  }
  // A finger that slid the row along is not choosing the chip it lifted on.
  const float slide = ctx.px(10);
  bool clicked = ImGui::InvisibleButton(id, size) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slide * slide;
  clicked |= ctx.semantics.add_item(id, SemanticNode::Role::Radio, label, on);
  auto* dl = ImGui::GetWindowDrawList();
  const Rgb bg = on ? p.accent : ImGui::IsItemActive() ? p.pressed_surface : p.surface;
  dl->AddRectFilled(pos, pos + size, to_u32(bg), h / 2);
  if (!on) dl->AddRect(pos, pos + size, to_u32(ImGui::IsItemHovered() ? p.accent : p.border), h / 2, 0, ctx.px(1));
  const std::string shown = fit_text(f, label, size.x - pad_x * 2);
  dl->AddText(f.font, f.size, pos + ImVec2(pad_x, (h - f.size) / 2), to_u32(on ? p.on_accent : p.text), shown.c_str());
  focus_ring(ctx, h / 2);
  return clicked;
}

Rgb role_color(Role role, std::string_view kind) {
  switch (role) {
    case Role::Person: return Rgb::hex(0x2F80ED);
    case Role::LeakPoint: return Rgb::hex(0xD98E04);
    case Role::Insider: return Rgb::hex(0xE0662B);
    case Role::Middleman: return Rgb::hex(0x8E44AD);
    case Role::Channel: return Rgb::hex(0x5D6D7E);
    case Role::Buyer: return kind == "fraud_ring" ? Rgb::hex(0x7B1E1E) : Rgb::hex(0xC0392B);
  }
  return Rgb::hex(0x5D6D7E);
}

const std::string& role_label(const UiContext& ctx, Role role) {
  return ctx.tr("role." + std::string(kRoleNames[static_cast<int>(role)]));
}

float draw_role_tag(const UiContext& ctx, ImDrawList* dl, ImVec2 pos, Role role) {
  const std::string& name = role_label(ctx, role);
  ImFont* f = ctx.fonts.caption;
  const float dot = ctx.px(10);
  dl->AddCircleFilled(pos + ImVec2(dot / 2, f->FontSize / 2), dot / 2, to_u32(role_color(role)));
  draw_text(ctx, dl, f, pos + ImVec2(dot + ctx.px(6), 0), to_u32(ctx.theme.palette.text_secondary), name);
  return dot + ctx.px(6) + text_width(ctx, f, name);
}

void source_card(const UiContext& ctx, const Source& src, float width) {
  const auto& p = ctx.theme.palette;
  const float pad = ctx.px(20), text_w = width - pad * 2;
  // Cited as a reader would look it up: who published it, the headline as published (with
  // our translation for English readers), the date as stated, and the address if it has one.
  const std::string& title = src.title.zh;
  const bool show_translation = ctx.state.locale() == Locale::En;
  std::string url;
  if (!src.url.empty()) {
    url = src.url.substr(src.url.find("://") == std::string::npos ? 0 : src.url.find("://") + 3);
    // A repost is never passed off as the original (core/content/source_address.h).
    url = ctx.tr(src.url_kind == UrlKind::Repost ? "case.source_repost" : "case.source_url") +
          (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + url;
  }
  struct Line { std::string_view text; ImFont* font; Rgb color; float gap_after; };
  std::vector<Line> lines = {{ctx.tr(src.publisher), ctx.fonts.body_bold, p.text, 4},
                             {title, ctx.fonts.body, p.text, 4}};
  if (show_translation) lines.push_back({src.title.en, ctx.fonts.caption, p.text_secondary, 4});
  lines.push_back({ctx.tr(src.date), ctx.fonts.caption, p.text_secondary, url.empty() ? 0.0f : 4.0f});
  if (!url.empty()) lines.push_back({url, ctx.fonts.caption, p.text_secondary, 0});
  float h = pad * 2;
  for (const auto& l : lines) h += paragraph_height(ctx, l.text, l.font, text_w) + ctx.px(l.gap_after);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, pos + ImVec2(width, h), to_u32(ctx.theme.palette.muted_surface), ctx.px(ctx.theme.space.radius));
  ImVec2 tp = pos + ImVec2(pad, pad);
  for (const auto& l : lines) {
    const float lh = paragraph_height(ctx, l.text, l.font, text_w);
    ctx.semantics.add_text(l.text);
    ctx.semantics.place_last(tp, tp + ImVec2(text_w, lh));
    draw_paragraph(ctx, dl, tp, l.text, l.font, l.color, text_w);
    tp.y += lh + ctx.px(l.gap_after);
  }
  ImGui::Dummy(ImVec2(width, h));
}

void read_aloud_button(const UiContext& ctx, const char* label_key, const std::string& text) {
  if (!ctx.services.speech || !ctx.services.speech->available(ctx.state.locale())) return;
  const bool on = ctx.services.speech->speaking();
  if (quiet_button(ctx, "##speak", on ? ctx.tr("case.stop_reading") : ctx.tr(label_key), Icon::Speaker)) {
    if (on) ctx.services.speech->stop();
    else ctx.services.speech->speak(text, ctx.state.locale());
  }
}

// An answer row: a radio dot or a check box, then the answer. Chosen rows are outlined.
bool answer_row(const UiContext& ctx, const char* id, std::string_view text, bool chosen, bool multiple, float w) {
  const auto& p = ctx.theme.palette;
  const float pad = ctx.px(16), mark = ctx.px(22), text_w = w - pad * 3 - mark;
  const float th = paragraph_height(ctx, text, ctx.fonts.body, text_w);
  // At a kiosk, taller rows: a standing visitor's finger, and the question filling the screen.
  const ImVec2 size(w, std::max(ctx.px(ctx.kiosk ? 88 : 56), th + pad * 2));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(id, size);
  clicked |= ctx.semantics.add_item(id, multiple ? SemanticNode::Role::Check : SemanticNode::Role::Radio, text, chosen);
  auto* dl = ImGui::GetWindowDrawList();
  const float r = ctx.px(ctx.theme.space.radius);
  dl->AddRectFilled(pos, pos + size, to_u32(chosen || ImGui::IsItemActive() ? p.tint_accent : p.surface), r);
  dl->AddRect(pos, pos + size, to_u32(chosen ? p.accent : p.border), r, 0, ctx.px(chosen ? 2.0f : 1.0f));
  const ImVec2 mc = pos + ImVec2(pad + mark / 2, size.y / 2);
  if (multiple) {
    dl->AddRect(mc - ImVec2(mark / 2, mark / 2), mc + ImVec2(mark / 2, mark / 2), to_u32(chosen ? p.accent : p.text_secondary),
                ctx.px(4), 0, ctx.px(2));
    if (chosen) {
      dl->AddLine(mc + ImVec2(-mark * 0.28f, 0), mc + ImVec2(-mark * 0.05f, mark * 0.22f), to_u32(p.accent), ctx.px(2.5f));
      dl->AddLine(mc + ImVec2(-mark * 0.05f, mark * 0.22f), mc + ImVec2(mark * 0.3f, -mark * 0.22f), to_u32(p.accent), ctx.px(2.5f));
    }
  } else {
    dl->AddCircle(mc, mark / 2, to_u32(chosen ? p.accent : p.text_secondary), 0, ctx.px(2));
    if (chosen) dl->AddCircleFilled(mc, mark * 0.28f, to_u32(p.accent));
  }
  draw_paragraph(ctx, dl, pos + ImVec2(pad * 2 + mark, (size.y - th) / 2), text, ctx.fonts.body, p.text, text_w);
  focus_ring(ctx, r);
  return clicked;
}


}  // namespace dt::ui
