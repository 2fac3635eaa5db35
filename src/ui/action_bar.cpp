#include "ui/action_bar.h"

#include <algorithm>

#include "ui/context.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// A thumb's target at any text size: 56 CSS px at least, taller with the label's text.
// At a kiosk, larger still: the one next step for a standing visitor.
float bar_button_height(const UiContext& ctx) { return std::max(button_height(ctx), ctx.px(ctx.kiosk ? 80 : 56)); }

// The bar's words: a small line (the story's step) and a paragraph under it. Measured and
// drawn by the same arithmetic, so the buttons below never overlap them.
struct Words {
  float caption_h = 0, body_h = 0, gap = 0;
  float height() const { return caption_h + gap + body_h; }
};

Words measure_words(const UiContext& ctx, const std::string& caption, const std::string& body, float w) {
  Words m;
  if (!caption.empty()) m.caption_h = paragraph_height(ctx, caption, ctx.fonts.caption, w, 1.4f);
  if (!body.empty()) m.body_h = paragraph_height(ctx, body, ctx.fonts.body_bold, w, 1.35f);
  if (!caption.empty() && !body.empty()) m.gap = ctx.px(2);
  return m;
}

// One button of the bar, `w` wide: filled (primary) or outlined (quiet), greyed when it can do
// nothing now. A quiet one too narrow for its label shows its icon alone (the mirror still
// names it).
bool bar_button(const UiContext& ctx, const ActionBar::Item& item, float w, float h) {
  const auto& p = ctx.theme.palette;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool primary = item.kind == ActionBar::Kind::Primary;
  ImGui::BeginDisabled(!item.enabled);
  bool tapped = ImGui::InvisibleButton(item.id.c_str(), ImVec2(w, h));
  ImGui::EndDisabled();
  if (item.enabled) tapped |= ctx.semantics.add_item(item.id.c_str(), SemanticNode::Role::Button, item.label);
  const bool pressed = item.enabled && ImGui::IsItemActive();
  const float radius = ctx.px(ctx.theme.space.radius);
  auto* dl = ImGui::GetWindowDrawList();
  const Rgb ink = !item.enabled ? p.text_secondary : primary ? p.on_accent : p.accent;
  if (primary) {
    dl->AddRectFilled(pos, pos + ImVec2(w, h), to_u32(item.enabled ? (pressed ? p.accent_pressed : p.accent) : p.border), radius);
  } else {
    if (pressed) dl->AddRectFilled(pos, pos + ImVec2(w, h), to_u32(p.accent, 0.12f), radius);
    dl->AddRect(pos, pos + ImVec2(w, h), to_u32(item.enabled ? p.accent : p.border), radius, 0, ctx.px(1.5f));
  }
  ImFont* font = ctx.fonts.body_bold;
  const float icon = ctx.px(22), gap = ctx.px(8), pad = ctx.px(12);
  const float label_w = text_width(ctx, font, item.label);
  const bool with_icon = item.has_icon && pad * 2 + icon + gap + label_w <= w;
  const bool icon_only = item.has_icon && !with_icon && pad * 2 + label_w > w;
  const float content = icon_only ? icon : (with_icon ? icon + gap : 0) + label_w;
  float x = pos.x + std::max(pad, (w - content) / 2);
  if (item.has_icon && (with_icon || icon_only)) {
    draw_icon(dl, item.icon, ImVec2(x + icon / 2, pos.y + h / 2), icon, to_u32(ink));
    x += icon + gap;
  }
  if (!icon_only && label_w <= w - pad * 2) {
    draw_text(ctx, dl, font, ImVec2(x, pos.y + (h - font->FontSize) / 2), to_u32(ink), item.label);
  } else if (!icon_only) {
    // Too long for one line at this text size: wrapped, never cut (the row grew to hold it).
    const float text_h = paragraph_height(ctx, item.label, font, w - pad * 2, 1.2f);
    draw_paragraph(ctx, dl, ImVec2(pos.x + pad, pos.y + (h - text_h) / 2), item.label, font, ink, w - pad * 2, 1.2f);
  }
  if (item.enabled) focus_ring(ctx, radius);
  return tapped;
}

}  // namespace

void ActionBar::begin_frame(bool pinned) {
  pinned_ = pinned;
  items_.clear();
  caption_.clear();
  title_.clear();
  body_.clear();
}

void ActionBar::set_caption(std::string caption, std::string spoken, std::string body) {
  caption_ = std::move(caption);
  title_ = std::move(spoken);
  body_ = std::move(body);
}

bool ActionBar::add(Item item) {
  const bool tapped = item.enabled && tapped_ == item.id;
  if (tapped) tapped_.clear();
  items_.push_back(std::move(item));
  return tapped;
}

bool ActionBar::draw(const UiContext& ctx, float bottom) {
  const float was = reserved_;
  if (!pinned_ || empty()) {
    reserved_ = 0;
    tapped_.clear();
    return pinned_ && was != 0;
  }
  const auto& p = ctx.theme.palette;
  const ImVec2 disp = ImGui::GetIO().DisplaySize;
  const Column col = content_column(ctx, disp.x);
  const float pad_y = ctx.px(12), space = ctx.px(8), pad_x = ctx.px(12);
  float bh = bar_button_height(ctx);
  const Words words = measure_words(ctx, caption_, body_, col.width);
  const float text_h = words.height() > 0 ? words.height() + ctx.px(10) : 0;
  // Quiet items to the left, the primary one last, on the right under the thumb.
  std::stable_partition(items_.begin(), items_.end(), [](const Item& it) { return it.kind == Kind::Quiet; });
  // Quiet items keep to their labels, or shrink to their icons when that leaves the primary
  // too little for its label on one line; the primary one takes the rest. Without a primary,
  // the quiet ones share the row.
  size_t primaries = 0;
  float primary_needs = 0;
  for (const auto& it : items_)
    if (it.kind == Kind::Primary) {
      ++primaries;
      primary_needs = std::max(primary_needs, pad_x * 2 + text_width(ctx, ctx.fonts.body_bold, it.label));
    }
  const float gaps = space * static_cast<float>(items_.empty() ? 0 : items_.size() - 1);
  std::vector<float> widths(items_.size(), 0);
  float quiet_total = 0;
  for (size_t i = 0; i < items_.size(); ++i)
    if (items_[i].kind == Kind::Quiet) {
      widths[i] = pad_x * 2 + text_width(ctx, ctx.fonts.body_bold, items_[i].label) + (items_[i].has_icon ? ctx.px(30) : 0);
      quiet_total += widths[i];
    }
  const float room = col.width - gaps;
  const float wanted = std::max(col.width * 0.4f, primary_needs * static_cast<float>(primaries));
  // Icons first as squares; narrower (a thumb's width still) if the primary's label would
  // otherwise break mid-word ("下一 / 步" at 200 % on a small phone).
  for (const float icon_w : {bh, ctx.px(44)}) {
    const float needed = icon_w < bh ? primary_needs * static_cast<float>(primaries) : wanted;
    if (primaries == 0 || room - quiet_total >= needed) break;
    quiet_total = 0;
    for (size_t i = 0; i < items_.size(); ++i)
      if (items_[i].kind == Kind::Quiet) {
        if (items_[i].has_icon) widths[i] = std::min(widths[i], icon_w);
        quiet_total += widths[i];
      }
  }
  for (size_t i = 0; i < items_.size(); ++i) {
    if (primaries == 0) widths[i] = room / static_cast<float>(items_.size());
    else if (items_[i].kind == Kind::Primary) widths[i] = std::max(0.0f, room - quiet_total) / static_cast<float>(primaries);
  }
  // A label that still does not fit one line wraps: the row grows to hold it.
  for (size_t i = 0; i < items_.size(); ++i) {
    const bool icon_only = items_[i].kind == Kind::Quiet && items_[i].has_icon && widths[i] <= bh + 0.5f &&
                           text_width(ctx, ctx.fonts.body_bold, items_[i].label) > widths[i] - pad_x * 2;
    if (icon_only || text_width(ctx, ctx.fonts.body_bold, items_[i].label) <= widths[i] - pad_x * 2) continue;
    bh = std::max(bh, paragraph_height(ctx, items_[i].label, ctx.fonts.body_bold, widths[i] - pad_x * 2, 1.2f) + pad_x * 2);
  }
  const float h = pad_y * 2 + text_h + (items_.empty() ? 0 : bh);
  top_ = bottom - h;
  ImGui::SetNextWindowPos(ImVec2(0, top_));
  ImGui::SetNextWindowSize(ImVec2(disp.x, h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##action_bar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  auto* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetWindowPos();
  dl->AddRectFilled(o, o + ImVec2(disp.x, h), to_u32(p.surface));
  dl->AddLine(o, o + ImVec2(disp.x, 0), to_u32(p.border), ctx.px(1));
  const float x0 = o.x + col.x;
  if (text_h > 0) {
    // The words are read first: a screen reader hears the step in full (`title_` names the hop
    // the diagram shows highlighted), a sighted reader sees what moved and for how much.
    ImVec2 at(x0, o.y + pad_y);
    if (!title_.empty()) ctx.semantics.add_heading(title_, 3);
    if (!caption_.empty()) {
      draw_paragraph(ctx, dl, at, caption_, ctx.fonts.caption, p.text_secondary, col.width, 1.4f);
      ctx.semantics.add_text(caption_);
      ctx.semantics.place_last(at, at + ImVec2(col.width, words.caption_h));
      at.y += words.caption_h + words.gap;
    }
    if (!body_.empty()) {
      draw_paragraph(ctx, dl, at, body_, ctx.fonts.body_bold, p.text, col.width, 1.35f);
      ctx.semantics.add_text(body_);
      ctx.semantics.place_last(at, at + ImVec2(col.width, words.body_h));
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, o.y + pad_y + text_h));
  std::string tapped;
  for (size_t i = 0; i < items_.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, space);
    ImGui::PushID(static_cast<int>(i));
    if (bar_button(ctx, items_[i], widths[i], bh)) tapped = items_[i].id;
    ImGui::PopID();
  }
  ImGui::End();
  tapped_ = tapped;
  if (!tapped.empty()) ctx.state.mark_changed();  // the next frame answers it
  reserved_ = h;
  return h != was;
}

bool primary_action(const UiContext& ctx, const char* id, std::string_view label, float page_width, bool enabled) {
  if (ctx.actions.pinned()) return ctx.actions.add({id, std::string(label), ActionBar::Kind::Primary, enabled, false, Icon::Chevron});
  return enabled && primary_button(ctx, id, label, ctx.narrow() ? page_width : 0);
}

bool quiet_action(const UiContext& ctx, const char* id, std::string_view label, Icon icon, bool enabled) {
  if (ctx.actions.pinned()) return ctx.actions.add({id, std::string(label), ActionBar::Kind::Quiet, enabled, true, icon});
  ImGui::BeginDisabled(!enabled);
  const bool tapped = quiet_button(ctx, id, label, icon);
  ImGui::EndDisabled();
  return enabled && tapped;
}

}  // namespace dt::ui

