// Home: what the widget is, three ways in, and the promise that nothing is kept.
#include <imgui.h>

#include <algorithm>
#include <vector>

#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// The display settings for this visit (text size, contrast): many visitors need larger text
// or stronger contrast before they can read anything else. A tap reflows the page, so the
// page is scrolled to keep the button that was tapped under the finger.
void display_settings(const UiContext& ctx, float x0, float width) {
  auto& anchor = ctx.caches.page;
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();  // a second row starts at the column's edge, not the window's
  const int pct = static_cast<int>(ctx.state.text_scale() * 100 + 0.5f);
  const std::string size_label = ctx.tr("display.text_size") + " " + std::to_string(pct) + "%";
  const float y = ImGui::GetCursorScreenPos().y;
  if (anchor.anchor_y >= 0) {
    ImGui::SetScrollY(ImGui::GetScrollY() + (y - anchor.anchor_y));
    anchor.anchor_y = -1;
  }
  if (quiet_button(ctx, "##textsize", size_label, Icon::TextSize)) {
    anchor.anchor_y = y;
    ctx.state.next_text_scale();
  }
  const std::string contrast_label =
      ctx.tr("display.contrast") + " " + ctx.tr(ctx.state.high_contrast() ? "display.on" : "display.off");
  // Side by side when both fit the column, else one under the other (phones, large text).
  next_in_row(ctx, quiet_button_width(ctx, contrast_label), x0 + width);
  if (quiet_button(ctx, "##contrast", contrast_label, Icon::Contrast))
    ctx.state.set_high_contrast(!ctx.state.high_contrast());
  ImGui::EndGroup();
}

}  // namespace

void draw_home(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Column col = content_column(ctx);
  const float x0 = ImGui::GetWindowPos().x + col.x;
  auto at = [&](float dy) {
    ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + dy));
  };

  at(ctx.px(ctx.narrow() ? 16 : 48));
  // Where actions are pinned (a phone, large text), the display settings come first: the
  // thumb finds them at once, and the page growing below never carries them away.
  const bool settings_first = ctx.actions.pinned() && !ctx.kiosk;
  if (settings_first) {
    display_settings(ctx, x0, col.width);
    at(ctx.px(16));
  }
  // At a kiosk: who put it here, in the organiser's words (as on the attract screen).
  if (ctx.kiosk && !ctx.tr(ctx.kiosk->organiser).empty()) {
    paragraph(ctx, ctx.tr(ctx.kiosk->organiser), ctx.fonts.body_bold, p.accent_pressed, col.width);
    at(ctx.px(8));
  }
  const float hero_w = std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width));
  // On a phone the 32 px title would wrap into orphans; the 24 px heading reads better there.
  heading(ctx, ctx.tr("home.hero_title"), 2, ctx.narrow() ? ctx.fonts.heading : ctx.fonts.title, p.text, hero_w, 1.35f);
  at(ctx.px(8));

  struct Entry { Screen screen; Icon icon; const char* title; const char* body; };
  const Entry all[] = {
      {Screen::Cases, Icon::Stories, "home.cases.title", "home.cases.body"},
      {Screen::Flow, Icon::Flow, "home.flow.title", "home.flow.body"},
      {Screen::Quiz, Icon::Shield, "home.quiz.title", "home.quiz.body"},
  };
  // A kiosk may offer fewer modules (kiosk.json); the cards share the row between them.
  std::vector<Entry> entries;
  for (const auto& e : all)
    if (ctx.state.shows(e.screen)) entries.push_back(e);
  const int count = static_cast<int>(entries.size());
  const float gap = ctx.px(24);
  const bool row = col.width >= ctx.tpx(3 * 260) + gap * 2;  // a card needs room for its words
  const float card_w = row ? (col.width - gap * static_cast<float>(count - 1)) / static_cast<float>(count) : col.width;
  const bool sideways = !row && entry_card_fits_sideways(ctx, card_w);
  auto cards_height = [&](bool with_body) {
    float h = 0;
    for (const auto& e : entries)
      h = std::max(h, entry_card_height(ctx, ctx.tr(e.title), with_body ? ctx.tr(e.body) : "", card_w, sideways));
    return h;
  };
  // The three ways in belong on the first screen. Where the introduction and the cards' words
  // would push them below it (a phone at large text), the introduction follows the cards and
  // the cards keep their titles alone.
  const float win_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
  const float intro_h = paragraph_height(ctx, ctx.tr("home.hero_body"), ctx.fonts.body, hero_w) + ctx.px(32);
  const float stack = row ? 1 : static_cast<float>(count);
  const bool intro_first = ImGui::GetCursorScreenPos().y + intro_h + (cards_height(true) + ctx.px(16)) * stack <= win_bottom;
  const bool with_body = intro_first || ImGui::GetCursorScreenPos().y + (cards_height(true) + ctx.px(16)) * stack <= win_bottom;
  if (intro_first) {
    paragraph(ctx, ctx.tr("home.hero_body"), ctx.fonts.body, p.text_secondary, hero_w);
    at(ctx.px(32));
  } else {
    at(ctx.px(16));
  }
  float card_h = cards_height(with_body);
  const float top = ImGui::GetCursorScreenPos().y;
  // A portrait kiosk (a floor stand) would leave its lower half empty: the ways in grow into
  // large tiles that share the room left above the rest of the page (measured last frame).
  const float win_h = ImGui::GetWindowHeight();
  if (ctx.kiosk && !row && win_h > ImGui::GetWindowWidth() * 1.4f && count > 0) {
    const float room = ImGui::GetWindowPos().y + win_h - top - ctx.caches.page.home_tail - ctx.px(16) * static_cast<float>(count - 1) -
                       ctx.px(32);
    card_h = std::clamp(room / static_cast<float>(count), card_h, card_h * 1.6f);
  }
  for (int i = 0; i < count; ++i) {
    const auto& e = entries[static_cast<size_t>(i)];
    const ImVec2 pos = row ? ImVec2(x0 + (card_w + gap) * static_cast<float>(i), top)
                           : ImVec2(x0, top + (card_h + ctx.px(16)) * static_cast<float>(i));
    ImGui::SetCursorScreenPos(pos);
    if (entry_card(ctx, e.title, e.icon, ctx.tr(e.title), with_body ? ctx.tr(e.body) : "", ImVec2(card_w, card_h), sideways))
      ctx.state.enter(e.screen, ctx.content);
  }
  at(ctx.px(32));
  const float tail_top = ImGui::GetCursorScreenPos().y;
  if (!intro_first) {
    paragraph(ctx, ctx.tr("home.hero_body"), ctx.fonts.body, p.text_secondary, hero_w);
    at(ctx.px(24));
  }

  // The privacy promise, set apart: it is the first thing a wary visitor looks for.
  CalloutStyle promise{p.tint_success};
  promise.has_icon = true;
  promise.icon = Icon::Lock;
  promise.icon_colour = p.on_tint_success;
  callout(ctx, promise,
          {{ctx.tr("home.privacy"), ctx.fonts.body_bold, p.on_tint_success},
           {ctx.tr("home.sources"), ctx.fonts.caption, p.text_secondary, 1.5f, 0, 6}},
          col.width);
  // At a kiosk: where to report, in the organiser's words for this place.
  if (ctx.kiosk && !ctx.tr(ctx.kiosk->report_line).empty()) {
    at(ctx.px(16));
    paragraph(ctx, ctx.tr(ctx.kiosk->report_line), ctx.fonts.body_bold, p.text, col.width);
  }
  if (!settings_first) {
    at(ctx.px(24));
    display_settings(ctx, x0, col.width);
  }
  at(ctx.px(32));
  ImGui::Dummy(ImVec2(1, 1));
  ctx.caches.page.home_tail = ImGui::GetCursorScreenPos().y - tail_top;
}

}  // namespace dt::ui
