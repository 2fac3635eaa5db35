// The speaker's window (present.html?speaker, on the laptop's own screen): where the talk is
// and for how long, the slide the room sees, what the next click shows, the notes for this
// slide in the speaker's language, and controls for a mouse or a finger. It and the
// projector's window hold the same position (the platform passes it between them).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/screens/page_parts.h"
#include "ui/screens/present/present.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

std::string clock_text(double seconds) {
  const int s = std::max(0, static_cast<int>(seconds));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

// What the next click will show: the slide's next step, else the next slide.
TalkPosition after(const Presenter& p) {
  TalkPosition a = p.at();
  a.blank = false;
  if (a.step + 1 < p.slide().steps) ++a.step;
  else if (p.next_slide() >= 0) a = TalkPosition{p.next_slide(), 0, false};
  else a.slide = -1;
  return a;
}

void framed_slide(const UiContext& ctx, PresentMode& m, int slide, int step, ImVec2 pos, float w, int slot) {
  const float h = w * 9 / 16;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  draw_slide(ctx, m, slide, step, pos, ImVec2(pos.x + w, pos.y + h), false, slot);
  dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), to_u32(ctx.theme.palette.border), 0, 0, ctx.px(1));
}

}  // namespace

void draw_speaker_view(const UiContext& ctx, PresentMode& m) {
  const auto& pal = ctx.theme.palette;
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const Presenter& p = m.presenter;
  present_keys(ctx, m);
  const float pad = ctx.px(20);
  const bool wide = d.x >= ctx.px(900);
  const float left_w = wide ? (d.x - 3 * pad) * 0.58f : d.x - 2 * pad;
  const float right_x = wide ? pad * 2 + left_w : pad;
  const float right_w = wide ? d.x - right_x - pad : left_w;
  const TalkPosition& at = p.at();

  // [SECTION] Where the talk is, the clock, the language
  ImGui::SetCursorScreenPos(ImVec2(pad, pad));
  const std::string where = fill(ctx.tr("present.slide_of"), {{"n", at.slide + 1}, {"total", p.count()}}) +
                            (p.slide().steps > 1 ? "  ·  " + fill(ctx.tr("flow.step"), {{"n", at.step + 1}, {"total", p.slide().steps}}) : "");
  heading(ctx, where, 1, ctx.fonts.heading, pal.text, left_w);
  // The clock beside the notes' column; on a narrow window (a phone as the remote) under the heading.
  const float heading_bottom = ImGui::GetCursorScreenPos().y;
  const ImVec2 clock_at(wide ? right_x : pad, wide ? pad : heading_bottom + ctx.px(4));
  const std::string clock = ctx.tr("present.speaker_timer") + "  " + clock_text(m.timer_start < 0 ? 0 : ctx.now - m.timer_start);
  const float cw = text_width(ctx, ctx.fonts.heading, clock);
  draw_text(ctx, ImGui::GetWindowDrawList(), ctx.fonts.heading, clock_at, to_u32(pal.text), clock);
  ctx.semantics.add_text(clock);
  if (m.timer_start >= 0) ctx.next.wake(ctx.now + 1.0 - std::fmod(ctx.now - m.timer_start, 1.0));
  ImGui::SetCursorScreenPos(ImVec2(clock_at.x + cw + ctx.px(16), clock_at.y - ctx.px(6)));
  if (quiet_button(ctx, "##lang", ctx.tr("lang.switch"), Icon::Globe, false, ctx.tr("lang.switch_label"))) {
    ctx.state.set_locale(ctx.state.locale() == Locale::ZhHans ? Locale::En : Locale::ZhHans);
    ctx.state.mark_changed();
  }
  const float top = std::max(wide ? heading_bottom : 0.0f,
                             clock_at.y + std::max(ctx.fonts.heading->FontSize, quiet_button_height(ctx))) + ctx.px(12);

  // [SECTION] The slide the room sees, and the controls under it
  ImVec2 cur(pad, top);
  framed_slide(ctx, m, at.slide, at.step, cur, left_w, 0);
  const float slide_h = left_w * 9 / 16;
  if (at.blank) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(cur, ImVec2(cur.x + left_w, cur.y + slide_h), IM_COL32(0, 0, 0, 200));
    const std::string& t = ctx.tr("present.speaker_blank");
    draw_paragraph(ctx, dl, ImVec2(cur.x + ctx.px(16), cur.y + slide_h / 2 - ctx.fonts.body->FontSize), t, ctx.fonts.body_bold,
                   Rgb{255, 255, 255}, left_w - ctx.px(32));
    ctx.semantics.add_live(t);
  }
  // A row of controls, the quiet ones centred on the taller "next"; a narrow window wraps it.
  float row_y = top + slide_h + ctx.px(12);
  const float quiet_dy = (button_height(ctx) - quiet_button_height(ctx)) / 2;
  float x = pad;
  bool moved = false;
  auto place = [&](float w) {
    if (x > pad && x + w > pad + left_w) {
      x = pad;
      row_y += button_height(ctx) + ctx.px(8);
    }
  };
  auto quiet = [&](const char* id, std::string_view label, Icon icon) {
    place(quiet_button_width(ctx, label));
    ImGui::SetCursorScreenPos(ImVec2(x, row_y + quiet_dy));
    const bool hit = quiet_button(ctx, id, label, icon);
    x = ImGui::GetItemRectMax().x + ctx.px(8);
    return hit;
  };
  if (quiet("##back", ctx.tr("present.back"), Icon::Back)) moved |= m.presenter.key(TalkKey::Previous);
  const std::string& next_label = ctx.tr("present.next");
  place(text_width(ctx, ctx.fonts.body_bold, next_label) + ctx.px(ctx.theme.space.button_pad_x * 2));
  ImGui::SetCursorScreenPos(ImVec2(x, row_y));
  if (primary_button(ctx, "##next", next_label)) moved |= m.presenter.key(TalkKey::Next);
  x = ImGui::GetItemRectMax().x + ctx.px(8);
  if (quiet("##blank", ctx.tr(at.blank ? "present.unblank" : "present.blank"), Icon::Close)) moved |= m.presenter.key(TalkKey::Blank);
  if (quiet("##timer", ctx.tr("present.timer_reset"), Icon::Clock)) {
    m.timer_start = ctx.now;
    moved = true;
  }
  ImGui::SetCursorScreenPos(ImVec2(pad, row_y + button_height(ctx)));
  if (moved && m.timer_start < 0) m.timer_start = ctx.now;
  ctx.state.changed(moved);
  ImGui::SetCursorScreenPos(ImVec2(pad, ImGui::GetCursorScreenPos().y + ctx.px(8)));
  paragraph(ctx, ctx.tr("present.speaker_keys"), ctx.fonts.body, pal.text_secondary, left_w);
  for (const std::string& problem : m.problems) paragraph(ctx, problem, ctx.fonts.body, pal.text, left_w);
  const float left_bottom = ImGui::GetCursorScreenPos().y;

  // [SECTION] What the next click shows, and the notes
  float y = wide ? top : left_bottom + pad;
  const TalkPosition next = after(p);
  ImGui::SetCursorScreenPos(ImVec2(right_x, y));
  heading(ctx, ctx.tr(next.slide < 0 ? "present.speaker_end" : "present.speaker_next"), 2, ctx.fonts.subhead, pal.text_secondary, right_w);
  y = ImGui::GetCursorScreenPos().y + ctx.px(4);
  if (next.slide >= 0) {
    const float nw = right_w * 0.8f;
    framed_slide(ctx, m, next.slide, next.step, ImVec2(right_x, y), nw, 1);
    y += nw * 9 / 16 + ctx.px(16);
  }
  ImGui::SetCursorScreenPos(ImVec2(right_x, y));
  heading(ctx, ctx.tr("present.speaker_notes"), 2, ctx.fonts.subhead, pal.text_secondary, right_w);
  y = ImGui::GetCursorScreenPos().y + ctx.px(4);
  const float notes_h = draw_notes(ctx, m, ImVec2(right_x, y), right_w, ctx.fonts.body);
  ImGui::SetCursorScreenPos(ImVec2(right_x, y + notes_h));
  ImGui::Dummy(ImVec2(right_w, pad));  // the window scrolls to the end of the notes
}

}  // namespace dt::ui
