// What every screen needs to draw: the state it shows and changes, the words, the look.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/app_state.h"
#include "core/content/model.h"
#include "core/kiosk/config.h"
#include "core/strings.h"
#include "core/theme.h"
#include "ui/caches.h"
#include "ui/fonts.h"
#include "ui/semantics.h"
#include "ui/effects.h"
#include "ui/speech.h"
#include "ui/printer.h"

namespace dt::ui {

struct UiContext {
  AppState& state;
  const StringTable& strings;
  const Content& content;
  const std::vector<std::string>& problems;  // content problems found at start (may be empty)
  const Theme& theme;
  const Fonts& fonts;
  float scale;  // type: logical px -> display px (device pixel ratio x text size)
  float ui;     // spacing, bars and targets: device pixel ratio x chrome_scale(text size)
  Semantics& semantics;
  Speech* speech;  // null when the platform cannot read aloud
  bool& wants_animation;  // set by a screen that moves: the platform keeps drawing frames
  Printer* printer;  // null when the platform cannot print
  Effects* effects;  // null, or not ready: draw the plain way
  double now;        // the platform's clock, seconds
  double& wake_at;   // a screen that changes by itself later (the story's next step) sets when; < 0: never
  const KioskConfig* kiosk;  // the organiser's settings in kiosk mode, else null
  UiCaches& caches;          // line breaks and the diagram's layout, kept between frames

  const std::string& tr(std::string_view key) const { return strings.get(state.locale(), key); }
  const std::string& tr(const LocalText& t) const { return t.get(state.locale()); }
  // Spacing and chrome (they grow half as fast as text: see core/theme.h chrome_scale).
  float px(float logical) const { return logical * ui; }
  // Sizes that track the type itself (the diagram's cards, drawn to scale with their text).
  float tpx(float logical) const { return logical * scale; }
  // Narrow viewports (phones, portrait) get stacked layouts and bottom navigation.
  bool narrow() const { return ImGui::GetIO().DisplaySize.x < px(640); }
};

ImU32 to_u32(Rgb c, float alpha = 1.0f);

}  // namespace dt::ui
