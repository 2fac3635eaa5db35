// The projector's window: the slide over the whole screen, black while blanked, the number
// being typed to jump, and on one screen the speaker's notes (N). The keys of a clicker work
// in both windows (a clicker's receiver may sit in either computer's USB port).
#include <imgui.h>

#include <algorithm>

#include "core/talk/notes.h"
#include "ui/screens/present/present.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

void count_time(const UiContext& ctx, PresentMode& m, bool moved) {
  if (moved && m.timer_start < 0) m.timer_start = ctx.now;
}

}  // namespace

bool present_keys(const UiContext& ctx, PresentMode& m) {
  Presenter& p = m.presenter;
  bool moved = false;
  for (const auto& [key, digit] : m.keys) {
    switch (key) {
      case PresentKey::Next: moved |= p.key(TalkKey::Next); break;
      case PresentKey::Previous: moved |= p.key(TalkKey::Previous); break;
      case PresentKey::Blank: moved |= p.key(TalkKey::Blank); break;
      case PresentKey::Restart: moved |= p.key(TalkKey::Restart); break;
      case PresentKey::Escape: moved |= p.key(TalkKey::Escape); break;
      case PresentKey::Enter: moved |= p.key(TalkKey::Enter); break;
      case PresentKey::Backspace: moved |= p.key(TalkKey::Backspace); break;
      case PresentKey::Digit: moved |= p.key(TalkKey::Digit, digit); break;
      case PresentKey::Notes:  // the speaker's window always shows them
        if (!m.speaker) {
          m.notes = !m.notes;
          moved = true;
        }
        break;
      case PresentKey::Language:
        ctx.state.set_locale(ctx.state.locale() == Locale::ZhHans ? Locale::En : Locale::ZhHans);
        moved = true;
        break;
    }
  }
  m.keys.clear();
  count_time(ctx, m, moved);
  ctx.state.changed(moved);
  return moved;
}

float draw_notes(const UiContext& ctx, const PresentMode& m, ImVec2 pos, float w, ImFont* font, float k) {
  const auto& p = ctx.theme.palette;
  const TalkPosition& at = m.presenter.at();
  const auto lines = slide_notes(ctx.content, ctx.strings, m.presenter.slide(), at.step, ctx.state.locale());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y0 = pos.y, pad = ctx.px(10) * k;
  for (const NoteLine& n : lines) {
    // An officer's general remark is marked as such where the speaker reads it.
    const bool officer = n.kind == NoteLine::Kind::Officer;
    const bool answer = n.kind == NoteLine::Kind::Answer;
    const float inset = officer ? pad : answer ? ctx.px(12) * k : 0;
    FontUse f = use_font(ctx.fonts, font, n.text);
    f.size *= k;
    const auto& wrapped = wrap_text(ctx, n.text, f, w - 2 * inset);
    const float step = f.em(ctx.fonts) * 1.45f;
    const float h = wrapped.empty() ? 0 : f.size + step * static_cast<float>(wrapped.size() - 1);
    if (officer) dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h + 2 * pad), to_u32(p.tint_warning), ctx.px(6));
    if (answer) dl->AddRectFilled(pos, ImVec2(pos.x + ctx.px(4) * k, pos.y + h), to_u32(p.accent));
    ImVec2 at_line(pos.x + inset, pos.y + (officer ? pad : 0));
    for (const auto& l : wrapped) {
      dl->AddText(f.font, f.size, at_line, to_u32(n.kind == NoteLine::Kind::Source ? p.text_secondary : p.text),
                  n.text.data() + l.begin, n.text.data() + l.end);
      at_line.y += step;
    }
    ctx.semantics.add_text(n.text);
    ctx.semantics.place_last(pos, ImVec2(pos.x + w, pos.y + h));
    pos.y += h + (officer ? 2 * pad : 0) + ctx.px(10) * k;
  }
  return pos.y - y0;
}

void draw_presentation(const UiContext& ctx, PresentMode& m) {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const Presenter& p = m.presenter;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  bool moved = present_keys(ctx, m);
  // A tap or click: the left third back, the rest on (a drag on a diagram is not a tap).
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
    const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
    if (drag.x * drag.x + drag.y * drag.y < ctx.px(12) * ctx.px(12)) {
      const bool back = ImGui::GetIO().MousePos.x < d.x / 3;
      moved |= m.presenter.key(back ? TalkKey::Previous : TalkKey::Next);
      count_time(ctx, m, moved);
      ctx.state.changed(moved);
    }
  }
  const TalkPosition& at = p.at();
  ctx.semantics.add_live(fill(ctx.tr("present.slide_of"), {{"n", at.slide + 1}, {"total", p.count()}}));
  if (at.blank) {
    dl->AddRectFilled(ImVec2(0, 0), d, IM_COL32(0, 0, 0, 255));
    ctx.semantics.add_text(ctx.tr("present.speaker_blank"));
    return;
  }
  const float notes_h = m.notes ? d.y * 0.36f : 0;
  draw_slide(ctx, m, at.slide, at.step, ImVec2(0, 0), ImVec2(d.x, d.y - notes_h), true, 0);
  // Where the talk is, as a thin bar along the bottom (no numbers small enough to squint at).
  const float done = static_cast<float>(at.slide + 1) / static_cast<float>(std::max(1, p.count()));
  dl->AddRectFilled(ImVec2(0, d.y - notes_h - ctx.px(4)), ImVec2(d.x * done, d.y - notes_h), to_u32(ctx.theme.palette.accent));
  if (m.notes) {
    dl->AddRectFilled(ImVec2(0, d.y - notes_h), d, to_u32(ctx.theme.palette.surface));
    const float pad = ctx.px(16);
    // Read from the lectern, not the back of the hall: smaller than the slide's type.
    dl->PushClipRect(ImVec2(0, d.y - notes_h), d, true);
    draw_notes(ctx, m, ImVec2(pad, d.y - notes_h + pad), d.x - 2 * pad, ctx.fonts.body, 0.5f);
    dl->PopClipRect();
  }
  if (!p.typed().empty()) {
    const std::string t = fill(ctx.tr("present.typed"), {{"n", std::stoi(p.typed())}});
    const float pad = ctx.px(14), w = text_width(ctx, ctx.fonts.body_bold, t) + 2 * pad;
    const ImVec2 a(d.x - w - ctx.px(24), d.y - notes_h - ctx.px(24) - ctx.fonts.body_bold->FontSize - 2 * pad);
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + ctx.fonts.body_bold->FontSize + 2 * pad), to_u32(ctx.theme.palette.text), ctx.px(8));
    draw_text(ctx, dl, ctx.fonts.body_bold, ImVec2(a.x + pad, a.y + pad), to_u32(ctx.theme.palette.background), t);
    ctx.semantics.add_live(t);
  }
}

}  // namespace dt::ui
