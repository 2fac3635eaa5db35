// The page column every screen lays its content in: centred, with margins for the width.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/screens.h"

namespace dt::ui {

Column content_column(const UiContext& ctx) { return content_column(ctx, ImGui::GetWindowWidth()); }

Column content_column(const UiContext& ctx, float avail) {
  const float margin = ctx.narrow() ? ctx.px(16) : ctx.px(32);
  const float width = std::min(avail - margin * 2, ctx.tpx(ctx.theme.space.content_max_width + 240));
  return {(avail - width) / 2, width};
}

}  // namespace dt::ui
