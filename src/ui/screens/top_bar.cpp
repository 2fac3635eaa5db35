// The bar across the top of every screen, and the tab bar along the bottom on phones.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {
const char* title_key(const UiContext& ctx) {
  switch (ctx.state.screen()) {
    case Screen::Cases:
    case Screen::Case: return "home.cases.title";
    case Screen::Reminder: {
      // A tip of ours is never shown under the police's name.
      const Reminder* r = ctx.content.find_reminder(ctx.state.item());
      return r && r->kind == AdviceKind::OurTip ? "reminder.tip_title" : "reminder.title";
    }
    case Screen::Problems: return nullptr;
    case Screen::Flow: return "home.flow.title";
    case Screen::Quiz: return "home.quiz.title";
    case Screen::Check: return "spot.title";
    case Screen::Home: break;
  }
  return "app.name";
}
}  // namespace

// The bar stays above the page (it does not scroll away). Back (an arrow alone on phones), the
// screen's name, and the language switch, which names the language it switches to in that
// language. When the name does not fit beside them — a phone with large text — the switch
// shortens to "EN" / "中", then the name takes a smaller size, then a row of its own (or, on
// a phone, is left to the tab bar that names the section); it is never cut to an ellipsis
// while a whole word could be shown.
void draw_top_bar(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const float row_h = std::max(ctx.px(72), quiet_button_height(ctx) + ctx.px(16));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  const Column col = content_column(ctx);
  const bool home = ctx.state.screen() == Screen::Home;

  const char* key = title_key(ctx);
  const std::string built_in = key ? std::string() : std::string(problems_title());
  const std::string* title = key ? &ctx.tr(key) : &built_in;
  const std::string& full_title = *title;
  float lead = home ? ctx.px(48) : quiet_button_width(ctx, ctx.tr("nav.back"), ctx.narrow());
  const float left = origin.x + col.x - ctx.px(8);
  const float right = origin.x + col.x + col.width + ctx.px(8);
  auto room = [&](const std::string& lang) {
    return right - quiet_button_width(ctx, lang) - ctx.px(8) - (left + lead + ctx.px(8));
  };
  // Choose the switch's label and the title's size and place.
  std::string lang = ctx.tr("lang.switch");
  ImFont* title_font = ctx.fonts.subhead;
  auto fits = [&](ImFont* f, const std::string& t, float r) { return text_width(ctx, f, t) <= r; };
  if (home && !fits(title_font, *title, room(lang))) title = &ctx.tr("app.short_title");
  if (!fits(title_font, *title, room(lang)) && ctx.narrow()) lang = ctx.tr("lang.switch_short");
  const bool brand = !(home && !fits(title_font, *title, room(lang)));  // the name matters more than the mark
  if (!brand) lead = 0;
  if (!fits(title_font, *title, room(lang)) && fits(ctx.fonts.body_bold, *title, room(lang))) title_font = ctx.fonts.body_bold;
  // On a phone the highlighted tab below already names these sections: a row of its own for
  // the same words would take a fifth of a 360x640 screen at 200 % text (issue 28).
  const Screen screen = ctx.state.screen();
  const bool tab_names_it = ctx.narrow() && (screen == Screen::Cases || screen == Screen::Case ||
                                             screen == Screen::Flow || screen == Screen::Quiz);
  const bool too_long = !fits(title_font, *title, room(lang));
  const bool hidden_title = too_long && tab_names_it;
  const bool own_row = too_long && !hidden_title;
  const FontUse tf = use_font(ctx.fonts, title_font, *title);
  const float title_row_h = own_row ? tf.size + ctx.px(12) : 0;
  const float bar_h = row_h + title_row_h;

  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, origin + ImVec2(width, bar_h), to_u32(p.surface));
  dl->AddLine(origin + ImVec2(0, bar_h), origin + ImVec2(width, bar_h), to_u32(p.border), ctx.px(1));
  const float y_mid = origin.y + row_h / 2;
  const float bh = quiet_button_height(ctx);
  if (!home) {
    ImGui::SetCursorScreenPos(ImVec2(left, y_mid - bh / 2));
    if (quiet_button(ctx, "##back", ctx.tr("nav.back"), Icon::Back, ctx.narrow())) ctx.state.back();
  } else if (brand) {
    // Brand mark: the shield, in the accent colour.
    draw_icon(dl, Icon::Shield, ImVec2(left + ctx.px(24), y_mid), ctx.px(28), to_u32(p.accent));
  }
  // The title before the switch, so a screen reader meets the screen's name first.
  ctx.semantics.add_heading(full_title, 1);  // the full name, even when the bar shows a short one
  const float tx = own_row ? origin.x + col.x : lead > 0 ? left + lead + ctx.px(8) : origin.x + col.x;
  const float ty = own_row ? origin.y + row_h + ctx.px(2) : y_mid - tf.size / 2;
  if (!hidden_title) {
    const std::string shown = fit_text(tf, *title, own_row ? col.width : room(lang));
    draw_text(ctx, dl, title_font, ImVec2(tx, ty), to_u32(p.text), shown);
    ctx.semantics.place_last(ImVec2(tx, ty), ImVec2(tx + text_width(ctx, title_font, shown), ty + tf.size));
  }
  ImGui::SetCursorScreenPos(ImVec2(right - quiet_button_width(ctx, lang), y_mid - bh / 2));
  // The mirror always names the language in full.
  if (quiet_button(ctx, "##lang", lang, Icon::Globe, false, ctx.tr("lang.switch")))
    ctx.state.set_locale(ctx.state.locale() == Locale::ZhHans ? Locale::En : Locale::ZhHans);

  ImGui::SetCursorScreenPos(origin + ImVec2(0, bar_h));
  ImGui::Dummy(ImVec2(width, 0));
}

namespace {
struct Tab { Screen screen; Icon icon; const char* key; };
constexpr Tab kTabs[] = {{Screen::Home, Icon::Home, "nav.home"}, {Screen::Cases, Icon::Stories, "nav.cases"},
                         {Screen::Flow, Icon::Flow, "nav.flow"}, {Screen::Quiz, Icon::Shield, "nav.quiz"}};

float tab_width(const UiContext& ctx) {
  int shown = 0;
  for (const Tab& t : kTabs) shown += ctx.state.shows(t.screen) ? 1 : 0;
  return ImGui::GetIO().DisplaySize.x / static_cast<float>(std::max(1, shown));
}

// A tab's label as it is drawn: one line, a little smaller (down to three quarters) if it is
// too wide; else two lines broken at a space or after a hyphen ("Data / flow", "Self- / check"),
// so large text on a small phone never leaves a tab named "Self-ch…". Cut only as a last resort.
struct TabLabel {
  std::string lines[2];
  int count = 1;
  float scale = 1.0f;
};

TabLabel tab_label(const UiContext& ctx, const std::string& full, float room) {
  ImFont* f = ctx.fonts.caption;
  TabLabel out;
  const float whole = text_width(ctx, f, full);
  out.scale = std::clamp(room / std::max(1.0f, whole), 0.75f, 1.0f);
  if (whole * out.scale <= room) {
    out.lines[0] = full;
    return out;
  }
  // The break that makes the wider of the two lines narrowest.
  float best = whole;
  for (size_t i = 1; i + 1 < full.size(); ++i) {
    const bool space = full[i] == ' ';
    if (!space && full[i - 1] != '-') continue;
    const std::string a = full.substr(0, i), b = full.substr(space ? i + 1 : i);
    const float w = std::max(text_width(ctx, f, a), text_width(ctx, f, b));
    if (w < best) {
      best = w;
      out.lines[0] = a;
      out.lines[1] = b;
      out.count = 2;
    }
  }
  if (out.count == 1) out.lines[0] = full;
  out.scale = std::clamp(room / std::max(1.0f, best), 0.75f, 1.0f);
  for (int l = 0; l < out.count; ++l) out.lines[l] = fit_text(FontUse{f, f->FontSize * out.scale}, out.lines[l], room);
  return out;
}

int label_rows(const UiContext& ctx) {
  const float room = tab_width(ctx) - ctx.px(4);
  int rows = 1;
  for (const Tab& t : kTabs)
    if (ctx.state.shows(t.screen)) rows = std::max(rows, tab_label(ctx, ctx.tr(t.key), room).count);
  return rows;
}

// Icon over label, a thumb's height at least, growing with the label's text. When a label has
// to wrap, or the icons would make the bar more than a sixth of the screen (large text on a
// small phone), the bar shows the words alone: the words are what names the tab.
struct NavShape {
  int rows;
  bool icons;
  float height;
};

// A wrapped label's second line sits closer than the CJK font's line height (made for Chinese
// characters' ascent and descent); Latin words need less.
constexpr float kSecondLine = 0.85f;

NavShape nav_shape(const UiContext& ctx) {
  const int rows = label_rows(ctx);
  const float words = ctx.fonts.caption->FontSize * (rows == 1 ? 1.0f : 1.0f + kSecondLine);
  const float with_icons = ctx.px(12 + 24 + 6 + 8) + words;
  if (rows == 1 && with_icons <= ImGui::GetIO().DisplaySize.y / 6) return {rows, true, with_icons};
  return {rows, false, ctx.px(6 + 6) + words};
}
}  // namespace

float bottom_nav_height(const UiContext& ctx) { return ctx.narrow() ? nav_shape(ctx).height : 0; }

void draw_bottom_nav(const UiContext& ctx) {
  if (!ctx.narrow()) return;
  const auto& p = ctx.theme.palette;
  const ImVec2 disp = ImGui::GetIO().DisplaySize;
  const float h = bottom_nav_height(ctx);
  // Drawn in the foreground so it stays put while the page scrolls beneath it.
  ImGui::SetNextWindowPos(ImVec2(0, disp.y - h));
  ImGui::SetNextWindowSize(ImVec2(disp.x, h));
  ImGui::Begin("##bottom_nav", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  auto* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetWindowPos();
  dl->AddRectFilled(o, o + ImVec2(disp.x, h), to_u32(p.surface));
  dl->AddLine(o, o + ImVec2(disp.x, 0), to_u32(p.border), ctx.px(1));
  const float tab_w = tab_width(ctx);
  const float room = tab_w - ctx.px(4);
  const NavShape shape = nav_shape(ctx);
  const bool icons = shape.icons;
  const float label_top = ctx.px(icons ? 12 + 24 + 6 : 6);
  int slot = 0;
  for (int i = 0; i < 4; ++i) {
    const Tab& t = kTabs[i];
    if (!ctx.state.shows(t.screen)) continue;  // a module the kiosk's organiser turned off
    // A case page and a reminder belong to the case stories section.
    // The quick questions belong to the section they lead to.
    const Screen here = section_of(ctx.state.place());
    const bool current = here == t.screen || (t.screen == Screen::Cases && (here == Screen::Case || here == Screen::Reminder));
    const ImVec2 pos = o + ImVec2(tab_w * static_cast<float>(slot++), 0);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(i);
    bool tapped = ImGui::InvisibleButton("##tab", ImVec2(tab_w, h));
    tapped |= ctx.semantics.add_item("##tab", SemanticNode::Role::Tab, ctx.tr(t.key), current);
    if (tapped) {
      if (t.screen == Screen::Home) ctx.state.go_home();
      else ctx.state.enter(t.screen, ctx.content);
    }
    ImGui::PopID();
    const Rgb col = current ? p.accent : p.text_secondary;
    if (icons) draw_icon(dl, t.icon, pos + ImVec2(tab_w / 2, ctx.px(12 + 12)), ctx.px(24), to_u32(col));
    // The tab shown is marked by a bar along its top edge as well as by colour.
    if (current) dl->AddRectFilled(pos + ImVec2(tab_w * 0.2f, 0), pos + ImVec2(tab_w * 0.8f, ctx.px(3)), to_u32(p.accent));
    const TabLabel label = tab_label(ctx, ctx.tr(t.key), room);
    // A one-line name beside two-line ones sits in the middle of their height.
    const float line = ctx.fonts.caption->FontSize * label.scale * kSecondLine;
    const float centre = shape.rows == 2 && label.count == 1 ? line / 2 : 0;
    for (int l = 0; l < label.count; ++l) {
      const float lw = text_width(ctx, ctx.fonts.caption, label.lines[l]) * label.scale;
      const float y = label_top + centre + line * static_cast<float>(l);
      draw_text(ctx, dl, ctx.fonts.caption, pos + ImVec2((tab_w - lw) / 2, y), to_u32(col), label.lines[l], label.scale);
    }
    focus_ring(ctx, ctx.px(8));
  }
  ImGui::End();
}

}  // namespace dt::ui
