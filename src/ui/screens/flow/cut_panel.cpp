// "Cut the chain": one switch per piece of advice that blocks some hop of this diagram, and
// how many of the buyers the people's data still reaches with the switches on.
#include <imgui.h>

#include "core/flow/chain.h"
#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

void cut_panel(const UiContext& ctx, const FlowScene& scene, FlowView& view, float w) {
  const auto& p = ctx.theme.palette;
  section_heading(ctx, ctx.tr("flow.cut_title"), w);
  paragraph(ctx, ctx.tr("flow.cut_intro"), ctx.fonts.body, p.text_secondary, w);
  gap(ctx, 8);
  const Reach& reach = scene.reach;
  paragraph(ctx, fill(ctx.tr("flow.reach"), {{"n", reach.buyers_reached}, {"total", reach.buyers}}), ctx.fonts.body_bold,
            reach.buyers_reached == 0 ? p.on_tint_success : p.text, w);
  gap(ctx, 12);
  for (const Reminder* r : reminders_for_graph(ctx.content, scene.graph_id)) {
    const bool on = view.is_cut(r->id);
    // Our tips say so: only police advice appears under the police's name.
    const bool tip = r->kind == AdviceKind::OurTip;
    const std::string label =
        tip ? ctx.tr("reminder.tip_title") + (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + ctx.tr(r->text) : ctx.tr(r->text);
    if (toggle_row(ctx, r->id.c_str(), on ? Icon::Scissors : tip ? Icon::Stories : Icon::Shield, label, on, w)) {
      view.toggle_cut(r->id);
      ctx.state.mark_changed();
    }
    gap(ctx, 8);
  }
}

}  // namespace dt::ui::flow
