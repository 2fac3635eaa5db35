// What every screen needs to draw: the state it shows and changes, the words, the look.
#pragma once
#include <imgui.h>

#include <string_view>

#include "core/app_state.h"
#include "core/strings.h"
#include "core/theme.h"
#include "ui/fonts.h"

namespace dt::ui {

struct UiContext {
  AppState& state;
  const StringTable& strings;
  const Theme& theme;
  const Fonts& fonts;
  float scale;  // logical px -> framebuffer px (device pixel ratio x text size)

  const std::string& tr(std::string_view key) const { return strings.get(state.locale(), key); }
  float px(float logical) const { return logical * scale; }
  // Narrow viewports (phones, portrait) get stacked layouts and bottom navigation.
  bool narrow() const { return ImGui::GetIO().DisplaySize.x < px(640); }
};

ImU32 to_u32(Rgb c, float alpha = 1.0f);

}  // namespace dt::ui
