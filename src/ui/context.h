// What every screen needs to draw: the state it shows and changes, the words, the look.
#pragma once
#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/app_state.h"
#include "core/content/model.h"
#include "core/kiosk/config.h"
#include "core/strings.h"
#include "core/theme.h"
#include "ui/action_bar.h"
#include "ui/caches.h"
#include "ui/fonts.h"
#include "ui/semantics.h"
#include "ui/effects.h"
#include "ui/speech.h"
#include "ui/printer.h"

namespace dt::ui {

// What a screen asks of the frames to come.
struct FrameRequests {
  bool animate = false;  // it moves: the platform keeps drawing frames
  double wake_at = -1;   // it changes by itself then (platform clock, s), with no input; < 0: never
  void wake(double t) { wake_at = wake_at < 0 ? t : std::min(wake_at, t); }
};

// What the platform offers the screens; each is null where it has none.
struct Services {
  Speech* speech = nullptr;    // read aloud
  Printer* printer = nullptr;  // print the action plan
  Effects* effects = nullptr;  // the diagram's flow shader (null or not ready: draw the plain way)
};

struct UiContext {
  // [SECTION] What a screen reads
  const StringTable& strings;
  const Content& content;
  const std::vector<std::string>& problems;  // content problems found at start (may be empty)
  const Theme& theme;
  const Fonts& fonts;
  float scale;  // type: logical px -> display px (device pixel ratio x text size)
  float ui;     // spacing, bars and targets: device pixel ratio x chrome_scale(text size)
  double now;   // the platform's clock, seconds
  const KioskConfig* kiosk;  // the organiser's settings in kiosk mode, else null
  // [SECTION] What a screen changes: the state (through its own calls, which mark what
  // changed), what it shows a screen reader, what it keeps between frames, and what it asks
  // of the next frame.
  AppState& state;
  Semantics& semantics;
  UiCaches& caches;
  FrameRequests& next;
  // [SECTION] The platform's services
  const Services& services;
  // The screen's pinned actions (phones, large text, kiosks): see ui/action_bar.h.
  ActionBar& actions;

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
