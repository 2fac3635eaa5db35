// The bar across the top of every screen, and the tab bar along the bottom on phones.
#include <imgui.h>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {
const char* title_key(Screen s) {
  switch (s) {
    case Screen::Cases:
    case Screen::Case: return "home.cases.title";
    case Screen::Reminder: return "reminder.title";
    case Screen::Problems: return nullptr;
    case Screen::Flow: return "home.flow.title";
    case Screen::Quiz: return "home.quiz.title";
    case Screen::Home: break;
  }
  return "app.name";
}
}  // namespace

void draw_top_bar(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const float bar_h = ctx.px(72);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  auto* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, origin + ImVec2(width, bar_h), to_u32(p.surface));
  dl->AddLine(origin + ImVec2(0, bar_h), origin + ImVec2(width, bar_h), to_u32(p.border), ctx.px(1));

  const Column col = content_column(ctx);
  const float y_mid = origin.y + bar_h / 2;
  float x = origin.x + col.x - ctx.px(8);
  const bool home = ctx.state.screen() == Screen::Home;
  if (!home) {
    ImGui::SetCursorScreenPos(ImVec2(x, y_mid - ctx.px(24)));
    if (quiet_button(ctx, "##back", ctx.tr("nav.back"), Icon::Back, ctx.narrow())) ctx.state.back();
    x = ImGui::GetItemRectMax().x + ctx.px(8);
  } else {
    // Brand mark: the shield, in the accent colour.
    draw_icon(dl, Icon::Shield, ImVec2(x + ctx.px(24), y_mid), ctx.px(28), to_u32(p.accent));
    x += ctx.px(48);
  }
  // The language switch names the language it switches to, in that language. Measured
  // first so the title knows how much room it has; drawn after it, so a screen reader meets
  // the screen's title before the switch.
  const std::string& lang = ctx.tr("lang.switch");
  ImFont* lf = ctx.fonts.body_bold;
  const float lang_w = ctx.px(12 * 2 + 22 + 8) + lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, lang.c_str()).x;
  const float lang_x = origin.x + col.x + col.width - lang_w + ctx.px(8);

  // A long title on a phone must not run under the switch: the product name has a short
  // form for that, and anything still too long ends in an ellipsis.
  const float room = lang_x - ctx.px(8) - x;
  const char* key = title_key(ctx.state.screen());
  const std::string built_in = key ? std::string() : std::string(problems_title());
  const std::string* title = key ? &ctx.tr(key) : &built_in;
  ctx.semantics.add_heading(*title, 1);  // the full title, even when the bar shows it shortened
  FontUse f = use_font(ctx.fonts, ctx.fonts.subhead, *title);
  if (ctx.state.screen() == Screen::Home && fit_text(f, *title, room) != *title) {
    title = &ctx.tr("app.short_title");
    f = use_font(ctx.fonts, ctx.fonts.subhead, *title);
  }
  const std::string shown = fit_text(f, *title, room);
  dl->AddText(f.font, f.size, ImVec2(x, y_mid - f.size / 2), to_u32(p.text), shown.c_str());
  ImGui::SetCursorScreenPos(ImVec2(lang_x, y_mid - ctx.px(24)));
  if (quiet_button(ctx, "##lang", lang, Icon::Globe))
    ctx.state.set_locale(ctx.state.locale() == Locale::ZhHans ? Locale::En : Locale::ZhHans);

  ImGui::SetCursorScreenPos(origin + ImVec2(0, bar_h));
  ImGui::Dummy(ImVec2(width, 0));
}

float bottom_nav_height(const UiContext& ctx) { return ctx.narrow() ? ctx.px(72) : 0; }

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
  struct Tab { Screen screen; Icon icon; const char* key; };
  const Tab tabs[] = {{Screen::Home, Icon::Home, "nav.home"}, {Screen::Cases, Icon::Stories, "nav.cases"},
                      {Screen::Flow, Icon::Flow, "nav.flow"}, {Screen::Quiz, Icon::Shield, "nav.quiz"}};
  int shown = 0;
  for (const Tab& t : tabs) shown += ctx.state.shows(t.screen) ? 1 : 0;
  const float tab_w = disp.x / static_cast<float>(shown);
  int slot = 0;
  for (int i = 0; i < 4; ++i) {
    const Tab& t = tabs[i];
    if (!ctx.state.shows(t.screen)) continue;  // a module the kiosk's organiser turned off
    // A case page and a reminder belong to the case stories section.
    const Screen here = ctx.state.screen();
    const bool current = here == t.screen || (t.screen == Screen::Cases && (here == Screen::Case || here == Screen::Reminder));
    const ImVec2 pos = o + ImVec2(tab_w * static_cast<float>(slot++), 0);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(i);
    bool tapped = ImGui::InvisibleButton("##tab", ImVec2(tab_w, h));
    tapped |= ctx.semantics.add_last_item(SemanticNode::Role::Tab, ctx.tr(t.key), current);
    if (tapped) {
      if (t.screen == Screen::Home) ctx.state.go_home();
      else ctx.state.navigate(t.screen);
    }
    ImGui::PopID();
    const Rgb col = current ? p.accent : p.text_secondary;
    draw_icon(dl, t.icon, pos + ImVec2(tab_w / 2, ctx.px(24)), ctx.px(24), to_u32(col));
    const std::string& label = ctx.tr(t.key);
    ImFont* f = ctx.fonts.caption;
    const float lw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str()).x;
    dl->AddText(f, f->FontSize, pos + ImVec2((tab_w - lw) / 2, ctx.px(42)), to_u32(col), label.c_str());
    focus_ring(ctx, ctx.px(8));
  }
  ImGui::End();
}

}  // namespace dt::ui
