// The story under the diagram: the current hop in words (who passed what to whom, for how
// much, how), whether a switched-on reminder cuts it, and the controls to walk or play it.
#include <imgui.h>

#include <utility>

#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

void story_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, float w) {
  const auto& p = ctx.theme.palette;
  const FlowGraph& g = *scene.graph;
  const int total = static_cast<int>(scene.order.size());
  const FlowEdge& e = g.edges[static_cast<size_t>(scene.current)];
  const std::string hop = ctx.tr(g.nodes[static_cast<size_t>(e.from)].label) + "  →  " +
                          ctx.tr(g.nodes[static_cast<size_t>(e.to)].label);
  paragraph(ctx, fill(ctx.tr("flow.step"), {{"n", view.step + 1}, {"total", total}}), ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 4);
  heading(ctx, hop, 3, ctx.fonts.subhead, p.text, w, 1.3f);
  gap(ctx, 6);
  if (e.basis == Basis::OfficerGeneral) {  // not this case's chain: said before anything else
    paragraph(ctx, ctx.tr("basis.officer_general"), ctx.fonts.body_bold, p.text_secondary, w);
    gap(ctx, 4);
  }
  paragraph(ctx, ctx.tr(e.data), ctx.fonts.body, p.text, w);
  for (auto [key, text] : {std::pair<const char*, const LocalText*>{"flow.price", &e.price},
                           {"flow.volume", &e.volume},
                           {"flow.method", &e.method}}) {
    if (text->empty()) continue;
    gap(ctx, 4);
    const char* colon = ctx.state.locale() == Locale::ZhHans ? "：" : ": ";
    paragraph(ctx, ctx.tr(key) + colon + ctx.tr(*text), ctx.fonts.body, p.text_secondary, w);
  }
  if (scene.blocked[static_cast<size_t>(scene.current)]) {
    gap(ctx, 4);
    paragraph(ctx, ctx.tr("flow.cut_here"), ctx.fonts.body_bold, p.on_tint_success, w);
  }
  gap(ctx, 12);
  const float right = ImGui::GetCursorScreenPos().x + w;
  if (quiet_button(ctx, "##prev", ctx.tr("flow.prev"), Icon::Back)) ctx.state.changed(story_step(view, scene, -1));
  const std::string& play = ctx.tr(view.playing ? "flow.pause" : "flow.play");
  next_in_row(ctx, quiet_button_width(ctx, play), right);
  if (quiet_button(ctx, "##play", play, Icon::Clock)) {
    view.playing = !view.playing;
    ctx.state.mark_changed();
  }
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.next")), right);
  if (quiet_button(ctx, "##next", ctx.tr("flow.next"), Icon::Chevron)) ctx.state.changed(story_step(view, scene, +1));
}

}  // namespace dt::ui::flow
