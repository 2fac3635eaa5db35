// The widget's UI as the platform sees it (sokol-style: the platform owns the loop and calls
// in). The platform creates the ImGui context and renderer; UiApp owns state, words, fonts.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiInputEvent: input held back from an overloaded frame

#include <algorithm>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/content/loader.h"
#include "core/strings.h"
#include "core/theme.h"
#include "ui/fonts.h"
#include "ui/semantics.h"
#include "ui/speech.h"
#include "ui/printer.h"
#include "ui/effects.h"
#include "ui/kiosk.h"

namespace dt::ui {

struct UiAssets {
  FontBytes fonts;
  std::string strings_zh, strings_en;  // content/strings/<tag>.json
  ContentReader content;               // everything else under content/
};

class UiApp {
 public:
  // Loads the words and the content; problems (missing keys, bad JSON, broken references)
  // are returned for the platform to log, shown on the Problems screen, and the UI still
  // runs on whatever loaded.
  void init(UiAssets assets, Locale locale, std::vector<std::string>& problems);

  // Before ImGui::NewFrame(): adopts the pixel scale (device pixel ratio x text size),
  // rebuilding fonts and style when it changed. Returns true if the renderer must re-upload
  // the font texture.
  bool prepare_frame(float device_scale);

  // Between NewFrame() and Render(): draws the current screen over the whole display.
  void draw();

  // True when the UI needs another frame by itself: fonts to rebuild after new glyphs, an
  // animation, or input Dear ImGui has queued but not yet seen (see ui_app.cpp).
  bool needs_frame() const;

  AppState& state() { return state_; }
  const Content& content() const { return content_; }
  // Everything wrong with the content set at start; non-empty means the Problems screen
  // opened first.
  const std::vector<std::string>& problems() const { return problems_; }
  const StringTable& strings() const { return strings_; }
  const Semantics& semantics() const { return semantics_; }
  // From the screen-reader mirror: act on an item as if it were clicked, or move the
  // keyboard focus to it. Honoured during the next draw().
  void activate(ImGuiID id) { semantics_.request_activate(id); }
  void focus(ImGuiID id) { semantics_.request_focus(id); }
  // The platform's text-to-speech, if any (not owned).
  void set_speech(Speech* s) { speech_ = s; }
  void set_printer(Printer* p) { printer_ = p; }
  void set_effects(Effects* e) { effects_ = e; }
  // The platform's monotonic clock (seconds), set before each draw(); timers (the kiosk's
  // idle clock) run on it, since ImGui's own time stands still while no frames are drawn.
  void set_clock(double now) { now_ = now; }
  // Kiosk mode with the organiser's settings (see core/kiosk/config.h); starts the attract loop.
  void set_kiosk(const KioskConfig& config, std::vector<std::string> notes);
  const Kiosk& kiosk() const { return kiosk_; }
  // Height in display px the current screen's content takes (for an embedding page).
  float content_height() const { return content_height_; }
  // Opens `place` ("quiz", "case/<id>", ...) if it names something that exists; false if not.
  bool open(std::string_view place);
  // Rasterise the fonts again before the next frame (the GPU copy was lost with its context,
  // and the CPU copy is freed after upload).
  void rebuild_fonts() { built_scale_ = 0; }
  // When the UI next needs a frame without input, or < 0 for "only on input".
  double next_deadline() const {
    const double k = kiosk_.next_deadline(now_);
    if (k < 0) return wake_at_;
    return wake_at_ < 0 ? k : std::min(k, wake_at_);
  }
  float text_scale() const { return state_.text_scale(); }
  void set_text_scale(float s) { state_.set_text_scale(s); }

 private:
  void bound_input_backlog();
  void restore_held_input();
  std::vector<std::string_view> body_text() const;
  UiAssets assets_;
  AppState state_;
  StringTable strings_;
  Content content_;
  std::vector<std::string> problems_;
  Semantics semantics_;
  Speech* speech_ = nullptr;
  bool animating_ = false;
  Printer* printer_ = nullptr;
  Effects* effects_ = nullptr;
  Kiosk kiosk_;
  double now_ = 0;
  double wake_at_ = -1;
  float content_height_ = 0;
  bool visitor_input() const;
  Fonts fonts_;
  const Theme* theme_ = &light_theme();
  const Theme* styled_ = nullptr;  // the theme the ImGui style was last built from
  float built_scale_ = 0.0f;
  std::vector<ImGuiInputEvent> held_input_;  // newest input set aside from an overloaded frame
  std::string extra_display_;  // glyphs display fonts were found lacking, as UTF-8
};

}  // namespace dt::ui
