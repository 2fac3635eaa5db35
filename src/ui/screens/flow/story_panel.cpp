// The story under the diagram: the current hop in words (who passed what to whom, for how
// much, how), whether a switched-on reminder cuts it, and the controls to walk or play it.
#include <imgui.h>

#include <utility>

#include "ui/action_bar.h"
#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

namespace {

// The hop's money, amount and way, each with its label ("价格：每个3到24元").
std::string detail(const UiContext& ctx, const char* key, const LocalText& text) {
  return ctx.tr(key) + (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + ctx.tr(text);
}

// Back, play or pause, on: greyed where they can do nothing (at the first and last step).
void controls(const UiContext& ctx, const FlowScene& scene, FlowView& view) {
  const int total = static_cast<int>(scene.order.size());
  const bool pinned = ctx.actions.pinned();
  const float right = ImGui::GetCursorScreenPos().x + content_column(ctx).width;
  if (quiet_action(ctx, "##prev", ctx.tr("flow.prev"), Icon::Back, view.step > 0))
    ctx.state.changed(story_step(view, scene, -1));
  const std::string& play = ctx.tr(view.playing ? "flow.pause" : "flow.play");
  if (!pinned) next_in_row(ctx, quiet_button_width(ctx, play), right);
  if (quiet_action(ctx, "##play", play, view.playing ? Icon::Pause : Icon::Play)) {
    view.playing = !view.playing;
    ctx.state.mark_changed();
  }
  const bool more = view.step + 1 < total;
  if (pinned) {
    if (primary_action(ctx, "##next", ctx.tr("flow.next"), 0, more)) ctx.state.changed(story_step(view, scene, +1));
  } else {
    next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.next")), right);
    if (quiet_action(ctx, "##next", ctx.tr("flow.next"), Icon::Chevron, more)) ctx.state.changed(story_step(view, scene, +1));
  }
}

}  // namespace

// On a roomy screen the step is told under the diagram with its controls. Where actions are
// pinned (phones, large text, kiosks) the step's words and its controls sit in the bar above the
// tab bar instead, so the highlighted hop and what it means are on screen together, and Next
// never moves; the page keeps only what does not fit there (how much, and how).
void story_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, float w) {
  const auto& p = ctx.theme.palette;
  const FlowGraph& g = *scene.graph;
  const int total = static_cast<int>(scene.order.size());
  const FlowEdge& e = g.edges[static_cast<size_t>(scene.current)];
  const std::string hop = ctx.tr(g.nodes[static_cast<size_t>(e.from)].label) + "  →  " +
                          ctx.tr(g.nodes[static_cast<size_t>(e.to)].label);
  const std::string step = fill(ctx.tr("flow.step"), {{"n", view.step + 1}, {"total", total}});
  const bool general = e.basis == Basis::OfficerGeneral;
  const bool cut = scene.blocked[static_cast<size_t>(scene.current)];
  if (ctx.actions.pinned()) {
    // Kept short, so the diagram keeps its room at large text: the step's number and what
    // moved (the hop itself is the highlighted arrow, its two cards named on screen; a screen
    // reader hears it). Whether police say it only in general, and whether it is cut, are
    // said with it; the price and the rest follow under the diagram.
    const char* stop = ctx.state.locale() == Locale::ZhHans ? "。" : ". ";
    std::string body = ctx.tr(e.data);
    if (general) body = ctx.tr("basis.short") + (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + body;
    if (cut) body += stop + ctx.tr("flow.cut_here");
    ctx.actions.set_caption(step, hop, body);
    controls(ctx, scene, view);
    if (general) {
      paragraph(ctx, ctx.tr("basis.officer_general"), ctx.fonts.body_bold, p.text_secondary, w);
      gap(ctx, 4);
    }
    for (auto [key, text] : {std::pair<const char*, const LocalText*>{"flow.price", &e.price},
                             {"flow.volume", &e.volume},
                             {"flow.method", &e.method}}) {
      if (text->empty()) continue;
      paragraph(ctx, detail(ctx, key, *text), ctx.fonts.body, p.text_secondary, w);
      gap(ctx, 4);
    }
    return;
  }
  paragraph(ctx, step, ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 4);
  heading(ctx, hop, 3, ctx.fonts.subhead, p.text, w, 1.3f);
  gap(ctx, 6);
  if (general) {  // not this case's chain: said before anything else
    paragraph(ctx, ctx.tr("basis.officer_general"), ctx.fonts.body_bold, p.text_secondary, w);
    gap(ctx, 4);
  }
  paragraph(ctx, ctx.tr(e.data), ctx.fonts.body, p.text, w);
  for (auto [key, text] : {std::pair<const char*, const LocalText*>{"flow.price", &e.price},
                           {"flow.volume", &e.volume},
                           {"flow.method", &e.method}}) {
    if (text->empty()) continue;
    gap(ctx, 4);
    paragraph(ctx, detail(ctx, key, *text), ctx.fonts.body, p.text_secondary, w);
  }
  if (cut) {
    gap(ctx, 4);
    paragraph(ctx, ctx.tr("flow.cut_here"), ctx.fonts.body_bold, p.on_tint_success, w);
  }
  gap(ctx, 12);
  controls(ctx, scene, view);
}

}  // namespace dt::ui::flow
