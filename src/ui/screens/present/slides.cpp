// Each kind of slide, laid out on the 432-px canvas (present.h) and scaled to the rectangle
// it is drawn in: the projector's whole screen, or a copy in the speaker's window. Nothing is
// smaller than body text, nothing is a control: a clicker or a tap anywhere moves the talk.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/flow/chain.h"
#include "core/flow/scene.h"
#include "core/talk/notes.h"
#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/present/present.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// [SECTION] The canvas
struct Canvas {
  const UiContext& ctx;
  ImDrawList* dl;
  ImVec2 min, max;
  float u;       // display px per canvas px
  bool speak;    // tell the screen-reader mirror (the projector's slide only)
  bool dry;      // measure only: nothing drawn or told
  bool compact;  // the slide did not fit at its usual sizes: the next ones down (never below body)
  bool tight;    // nor then (a 4:3 screen, long English): what the speaker says anyway is left to the notes

  float k() const { return u / ctx.scale; }  // the fonts are rasterised at ctx.scale
  float x(float cx) const { return min.x + cx * u; }
  float y(float cy) const { return min.y + cy * u; }
  float width() const { return (max.x - min.x) / u; }
  static constexpr float kMargin = 36;
  float inner() const { return width() - 2 * kMargin; }
  // The size a part of a slide takes: `big` when the slide fits with it, else one step down.
  ImFont* pick(ImFont* big, ImFont* smaller) const { return compact ? smaller : big; }

  FontUse font(ImFont* f, std::string_view t) const {
    FontUse fu = use_font(ctx.fonts, f, t);
    fu.size *= k();
    return fu;
  }
  // Wrapped text at canvas (cx, cy), `w` canvas px wide; returns its height in canvas px.
  float text(float cx, float cy, float w, std::string_view t, ImFont* f, Rgb colour, float line = 1.35f,
             int heading = 0, bool draw = true) const {
    if (t.empty()) return 0;
    const FontUse fu = font(f, t);
    const auto& lines = wrap_text(ctx, t, fu, w * u);
    const float step = fu.em(ctx.fonts) * line;
    const float h = lines.empty() ? 0 : fu.size + step * static_cast<float>(lines.size() - 1);
    if (!draw || dry) return h / u;
    ImVec2 p(x(cx), y(cy));
    for (const auto& l : lines) {
      dl->AddText(fu.font, fu.size, p, to_u32(colour), t.data() + l.begin, t.data() + l.end);
      p.y += step;
    }
    if (speak) {
      if (heading > 0) ctx.semantics.add_heading(t, heading);
      else ctx.semantics.add_text(t);
      ctx.semantics.place_last(ImVec2(x(cx), y(cy)), ImVec2(x(cx + w), y(cy) + h));
    }
    return h / u;
  }
  float height(float w, std::string_view t, ImFont* f, float line = 1.35f) const {
    return text(0, 0, w, t, f, Rgb{}, line, 0, false);
  }
  void rect(float cx, float cy, float w, float h, Rgb fill, float radius = 10) const {
    if (dry) return;
    dl->AddRectFilled(ImVec2(x(cx), y(cy)), ImVec2(x(cx + w), y(cy + h)), to_u32(fill), radius * u);
  }
};

const std::string& tr(const UiContext& ctx, std::string_view key) { return ctx.tr(key); }

// A thin accent rule and a small label above a slide's title: where in the talk we are.
float kicker(const Canvas& c, std::string_view label, float cy) {
  const auto& p = c.ctx.theme.palette;
  c.rect(Canvas::kMargin, cy, 48, 5, p.accent, 2);
  return 14 + c.text(Canvas::kMargin, cy + 14, c.inner(), label, c.ctx.fonts.subhead, p.accent_pressed);
}

// [SECTION] Title
float title_slide(const Canvas& c) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  const float w = c.inner();
  float y = 110;
  c.rect(Canvas::kMargin, y - 26, 64, 6, p.accent, 3);
  y += c.text(Canvas::kMargin, y, w, tr(ctx, "app.name"), ctx.fonts.title, p.text, 1.2f, 1) + 14;
  y += c.text(Canvas::kMargin, y, w, tr(ctx, "present.subtitle"), ctx.fonts.heading, p.text, 1.3f) + 28;
  const std::string& org = ctx.kiosk ? ctx.tr(ctx.kiosk->organiser) : std::string();
  if (!org.empty()) y += c.text(Canvas::kMargin, y, w, org, ctx.fonts.subhead, p.text_secondary) + 12;
  y += c.text(Canvas::kMargin, y, w, tr(ctx, "present.sources_note"), ctx.fonts.body, p.text_secondary, 1.5f) + 20;
  const float note_h = c.height(w, tr(ctx, "present.nothing_recorded"), ctx.fonts.body, 1.5f);
  const float ny = std::max(y, kSlideHeight - Canvas::kMargin - note_h);
  return ny + c.text(Canvas::kMargin, ny, w, tr(ctx, "present.nothing_recorded"), ctx.fonts.body, p.text_secondary, 1.5f);
}

// [SECTION] A case: the hook and its figure
float hook_slide(const Canvas& c, const Case& cs) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  const bool zh = ctx.state.locale() == Locale::ZhHans;
  float y = Canvas::kMargin;
  const float gap = c.compact ? 10 : 16;
  y += kicker(c, ctx.tr(cs.place), y) + gap * 0.75f;  // its date is in the notes: a report's date is often a sentence
  y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(cs.title), c.pick(ctx.fonts.title, ctx.fonts.heading), p.text, 1.2f, 1) + gap * 1.25f;
  // The hook on the left, the figure in a tinted block on the right (stacked on 4:3).
  const bool side = c.width() >= 700;
  const float fig_w = side ? c.inner() * 0.4f : c.inner();
  const float hook_w = side ? c.inner() - fig_w - 32 : c.inner();
  // The hook opens the speaker's notes for this slide, so a tight slide leaves it to the voice.
  const float hook_h = c.tight ? 0 : c.text(Canvas::kMargin, y, hook_w, ctx.tr(cs.hook), c.pick(ctx.fonts.subhead, ctx.fonts.body), p.text, 1.45f);
  const float fx = side ? Canvas::kMargin + hook_w + 32 : Canvas::kMargin;
  const float fy = side || c.tight ? y : y + hook_h + gap;
  const float pad = c.compact ? 12 : 18;
  ImFont* figure = c.pick(ctx.fonts.title, ctx.fonts.heading);
  const float vh = c.height(fig_w - 2 * pad, ctx.tr(cs.key_value), figure, 1.1f);
  const float lh = c.height(fig_w - 2 * pad, ctx.tr(cs.key_label), ctx.fonts.body, 1.4f);
  const float fig_h = vh + lh + 2 * pad + 8;
  c.rect(fx, fy, fig_w, fig_h, p.tint_accent, 12);
  c.text(fx + pad, fy + pad, fig_w - 2 * pad, ctx.tr(cs.key_value), figure, p.accent_pressed, 1.1f);
  c.text(fx + pad, fy + pad + vh + 8, fig_w - 2 * pad, ctx.tr(cs.key_label), ctx.fonts.body, p.text, 1.4f);
  y = std::max(y + hook_h, fy + fig_h) + gap;
  if (const Source* s = ctx.content.find_source(cs.source)) {
    // The publisher only: the date and headline are on the sources slide and in the notes.
    // One line, however long a publisher's description: the whole is on the sources slide.
    const std::string full = tr(ctx, "case.source") + (zh ? "：" : ": ") + ctx.tr(s->publisher);
    const std::string line = fit_text(c.font(ctx.fonts.body, full), full, c.inner() * c.u);
    const float h = c.height(c.inner(), line, ctx.fonts.body);
    const float sy = std::max(y, kSlideHeight - Canvas::kMargin - h);
    y = sy + c.text(Canvas::kMargin, sy, c.inner(), line, ctx.fonts.body, p.text_secondary);
  }
  return y;
}

// [SECTION] Chains: a case's hop by hop, the overview's leak point by leak point
std::string hop_line(const FlowGraph& g, int edge, Locale l) {
  const FlowEdge& e = g.edges[static_cast<size_t>(edge)];
  std::string line = g.nodes[static_cast<size_t>(e.from)].label.get(l) + "  →  " + g.nodes[static_cast<size_t>(e.to)].label.get(l);
  const std::string& data = e.data.get(l);
  if (!data.empty()) line += (l == Locale::ZhHans ? "：" : ": ") + data;
  return line;
}

// The diagram fitted whole under `top`; its cards are a picture of the chain whose hop the
// slide tells in large type above it.
float diagram(const Canvas& c, PresentMode& m, int slot, int slide, const FlowGraph& g, const std::string& graph_id,
              int step, int filter, float top) {
  if (c.dry) return top;
  const UiContext& ctx = c.ctx;
  FlowView& view = m.views[slot];
  if (m.views_of[slot] != slide || view.graph != graph_id) {
    view = FlowView();
    view.graph = graph_id;
    m.views_of[slot] = slide;
  }
  view.selected = -1;
  view.step = step;
  view.filter = filter;
  const FlowScene scene = derive_flow_scene(ctx.content, g, graph_id, view);
  const float area_w = c.inner() * c.u, area_h = std::max(1.0f, (kSlideHeight - top - Canvas::kMargin) * c.u);
  const flow::Fit fit = flow::fit_diagram(ctx, scene, ImVec2(area_w, area_h), 2.5f * c.k(), true);
  flow::Diagram d{*fit.layout, std::min(fit.zoom, ctx.scale * 2.5f * c.k()), ImVec2(0, 0)};
  const float dx = std::max(0.0f, (area_w - fit.layout->width * d.zoom) / 2);
  const float dy = std::max(0.0f, (area_h - fit.layout->height * d.zoom) / 2);
  ImGui::SetCursorScreenPos(ImVec2(c.x(Canvas::kMargin) + dx, c.y(top) + dy));
  ImGui::PushID(slot);
  // The story's hop carries moving data on the projector (not in the speaker's small copies).
  if (c.speak && !ctx.state.reduced_motion()) ctx.next.animate = true;
  flow::draw_diagram(ctx, scene, view, d, area_w - dx);
  ImGui::PopID();
  return top + (fit.layout->height * d.zoom + dy) / c.u;
}

float chain_slide(const Canvas& c, PresentMode& m, int slot, int slide, const Case& cs, int step) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  const auto order = story_order(cs.flow);
  if (order.empty()) return 0;
  step = std::clamp(step, 0, static_cast<int>(order.size()) - 1);
  const int edge = order[static_cast<size_t>(step)];
  const FlowEdge& e = cs.flow.edges[static_cast<size_t>(edge)];
  // A hop only an officer described says so where the eye starts, above the hop in large
  // type, not in a line under it: it is not this case's chain.
  const bool general = e.basis == Basis::OfficerGeneral;
  float y = Canvas::kMargin;
  y += kicker(c, fill(tr(ctx, "flow.step"), {{"n", step + 1}, {"total", static_cast<int>(order.size())}}) + "  ·  " +
                     (general ? tr(ctx, "basis.officer_general") : ctx.tr(cs.title)), y) + 10;
  y += c.text(Canvas::kMargin, y, c.inner(), hop_line(cs.flow, edge, ctx.state.locale()), c.pick(ctx.fonts.heading, ctx.fonts.subhead), p.text, 1.3f, 1);
  std::string facts = ctx.tr(e.price);
  if (!ctx.tr(e.volume).empty()) facts += (facts.empty() ? "" : "  ·  ") + ctx.tr(e.volume);
  if (!facts.empty()) y += 6 + c.text(Canvas::kMargin, y + 6, c.inner(), facts, ctx.fonts.body, p.accent_pressed);
  return diagram(c, m, slot, slide, cs.flow, cs.id, step, -1, y + 14);
}

float overview_slide(const Canvas& c, PresentMode& m, int slot, int slide, const Slide& s, int step) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  const FlowGraph& g = ctx.content.overview.flow;
  if (s.chains.empty()) return 0;
  step = std::clamp(step, 0, static_cast<int>(s.chains.size()) - 1);
  const int leak = s.chains[static_cast<size_t>(step)];
  float y = Canvas::kMargin;
  y += kicker(c, fill(tr(ctx, "present.chain_of"), {{"n", step + 1}, {"total", static_cast<int>(s.chains.size())}}) + "  ·  " +
                     ctx.tr(ctx.content.overview.title), y) + 10;
  y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(g.nodes[static_cast<size_t>(leak)].label), ctx.fonts.heading, p.text, 1.3f, 1);
  // A leak point police warn about, which no case showed, is said to be one.
  if (g.nodes[static_cast<size_t>(leak)].basis == Basis::OfficerGeneral)
    y += 6 + c.text(Canvas::kMargin, y + 6, c.inner(), tr(ctx, "basis.officer_general"), ctx.fonts.body, p.text_secondary);
  return diagram(c, m, slot, slide, g, "overview", 0, leak, y + 14);
}

// [SECTION] A question for the room, then its answer
// Asked: the question and its options, lettered for a show of hands. Answered: the safe
// option (its letter as the room knew it) and why, with the advice it comes from marked as
// police advice or our tip; the question and the other options have been read already.
float option_row(const Canvas& c, const Option& o, size_t i, float y, float w, ImFont* f, bool safe) {
  const auto& p = c.ctx.theme.palette;
  const std::string letter(1, static_cast<char>('A' + i));
  const float pad = c.compact ? 7 : 10, lw = 30;
  const float h = std::max(c.height(w - lw - 2 * pad, c.ctx.tr(o.text), f, 1.3f), 22.0f) + 2 * pad;
  c.rect(Canvas::kMargin, y, w, h, safe ? p.tint_success : p.surface, 10);
  c.text(Canvas::kMargin + pad, y + pad, lw, letter, f, safe ? p.on_tint_success : p.accent_pressed);
  c.text(Canvas::kMargin + pad + lw, y + pad, w - lw - 2 * pad, c.ctx.tr(o.text), f, p.text, 1.3f);
  return h;
}

float question_slide(const Canvas& c, const Question& q, bool revealed) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  float y = Canvas::kMargin;
  y += kicker(c, tr(ctx, revealed ? "present.safer" : "present.question"), y) + 10;
  ImFont* option = c.compact ? ctx.fonts.body_bold : ctx.fonts.subhead;
  const float gap = c.compact ? 6 : 10;
  if (!revealed) {
    y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(q.prompt), c.pick(ctx.fonts.heading, ctx.fonts.subhead), p.text, 1.3f, 1) + (c.compact ? 10 : 16);
    for (size_t i = 0; i < q.options.size(); ++i) y += option_row(c, q.options[i], i, y, c.inner(), option, false) + gap;
    const std::string note = tr(ctx, "present.hands") + (ctx.state.locale() == Locale::ZhHans ? "" : " ") + tr(ctx, "present.nothing_recorded");
    const float h = c.height(c.inner(), note, ctx.fonts.body);
    const float ny = std::max(y + 6, kSlideHeight - Canvas::kMargin - h);
    return ny + c.text(Canvas::kMargin, ny, c.inner(), note, ctx.fonts.body, p.text_secondary);
  }
  for (size_t i = 0; i < q.options.size(); ++i)
    if (!q.options[i].risky) y += option_row(c, q.options[i], i, y, c.inner(), option, true) + gap;
  y += c.text(Canvas::kMargin, y + 6, c.inner(), ctx.tr(q.explain), c.pick(ctx.fonts.subhead, ctx.fonts.body), p.text, 1.4f) + 20;
  if (const Reminder* r = ctx.content.find_reminder(q.reminder)) {
    const bool police = r->kind == AdviceKind::Police;
    y += c.text(Canvas::kMargin, y, c.inner(), tr(ctx, police ? "reminder.title" : "reminder.tip_title"), ctx.fonts.body_bold,
                police ? p.accent_pressed : p.on_tint_success) + 2;
    y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(r->text), c.pick(ctx.fonts.subhead, ctx.fonts.body), p.text, 1.4f);
  }
  return y;
}

// [SECTION] Police advice, the sources, 110
float reminders_slide(const Canvas& c, const Slide& s) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  float y = Canvas::kMargin;
  y += kicker(c, tr(ctx, s.page == 0 ? "present.reminders_title" : "present.reminders_more"), y) + 14;
  int n = s.first;  // numbered on from the pages before
  ImFont* f = c.pick(ctx.fonts.subhead, ctx.fonts.body);
  for (int r : s.items) {
    const Reminder& rem = ctx.content.reminders[static_cast<size_t>(r)];
    const std::string num = std::to_string(++n);
    c.rect(Canvas::kMargin, y + 2, 30, 30, p.tint_accent, 15);
    const float nw = text_width(ctx, ctx.fonts.body_bold, num) * c.k() / c.u;
    c.text(Canvas::kMargin + 15 - nw / 2, y + 5, 30, num, ctx.fonts.body_bold, p.accent_pressed);
    y += std::max(32.0f, c.text(Canvas::kMargin + 46, y, c.inner() - 46, ctx.tr(rem.text), f, p.text, 1.35f)) + (c.compact ? 10 : 18);
  }
  return y;
}

float sources_slide(const Canvas& c, const Slide& s) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  float y = Canvas::kMargin;
  y += kicker(c, tr(ctx, "present.sources"), y) + 14;
  // Publisher and headline, to find the article by; its date (often a sentence in itself,
  // "not given, during ...") is in the speaker's notes.
  for (int i : s.items) {
    const Source& src = ctx.content.sources[static_cast<size_t>(i)];
    y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(src.title), ctx.fonts.body_bold, p.text, 1.35f) + 2;
    y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(src.publisher), ctx.fonts.body, p.text_secondary, 1.35f) +
         (c.compact ? 8 : 14);
  }
  return y;
}

float close_slide(const Canvas& c) {
  const UiContext& ctx = c.ctx;
  const auto& p = ctx.theme.palette;
  float y = 96;
  c.rect(Canvas::kMargin, y - 26, 64, 6, p.accent, 3);
  y += c.text(Canvas::kMargin, y, c.inner(), tr(ctx, "present.close_title"), ctx.fonts.title, p.text, 1.2f, 1) + 24;
  if (const Reminder* r = ctx.content.find_reminder("report-110")) {
    y += c.text(Canvas::kMargin, y, c.inner(), tr(ctx, "reminder.title"), ctx.fonts.body_bold, p.accent_pressed) + 4;
    y += c.text(Canvas::kMargin, y, c.inner(), ctx.tr(r->text), c.pick(ctx.fonts.heading, ctx.fonts.subhead), p.text, 1.35f);
  }
  return y;
}

}  // namespace

float slide_scale(ImVec2 display) {
  return std::max(0.1f, std::min(display.y / kSlideHeight, display.x / kSlideMinWidth));
}

void draw_slide(const UiContext& ctx, PresentMode& m, int index, int step, ImVec2 min, ImVec2 max, bool main_view,
                int slot) {
  const Talk& talk = m.presenter.talk();
  if (index < 0 || index >= static_cast<int>(talk.slides.size())) return;
  const Slide& s = talk.slides[static_cast<size_t>(index)];
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A 16:9 or 4:3 area: the canvas is as tall as the rectangle allows.
  const float u = std::max(0.01f, std::min((max.y - min.y) / kSlideHeight, (max.x - min.x) / kSlideMinWidth));
  auto lay_out = [&](const Canvas& c) -> float {
    switch (s.kind) {
      case SlideKind::Title: return title_slide(c);
      case SlideKind::CaseHook:
        if (const Case* cs = ctx.content.find_case(s.item)) return hook_slide(c, *cs);
        return 0;
      case SlideKind::CaseChain:
        if (const Case* cs = ctx.content.find_case(s.item)) return chain_slide(c, m, slot, index, *cs, step);
        return 0;
      case SlideKind::Overview: return overview_slide(c, m, slot, index, s, step);
      case SlideKind::Question:
        if (const int q = ctx.content.find_question(s.item); q >= 0)
          return question_slide(c, ctx.content.questions[static_cast<size_t>(q)], step > 0);
        return 0;
      case SlideKind::Reminders: return reminders_slide(c, s);
      case SlideKind::Sources: return sources_slide(c, s);
      case SlideKind::Close: return close_slide(c);
    }
    return 0;
  };
  // Measured first: a slide whose text would run off the screen steps its larger type down.
  constexpr float kFoot = kSlideHeight - Canvas::kMargin / 2;
  const bool compact = lay_out(Canvas{ctx, dl, min, max, u, false, true, false, false}) > kFoot;
  const bool tight = compact && lay_out(Canvas{ctx, dl, min, max, u, false, true, true, false}) > kFoot;
  dl->PushClipRect(min, max, true);
  dl->AddRectFilled(min, max, to_u32(ctx.theme.palette.background));
  const float bottom = lay_out(Canvas{ctx, dl, min, max, u, main_view, false, compact, tight});
  dl->PopClipRect();
  if (main_view) m.overflow = bottom > kFoot;
}

}  // namespace dt::ui
