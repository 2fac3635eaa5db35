// Kiosk mode on top of the normal screens: the idle clock and its "Still there?" dialog, the
// wipe of a visitor's every trace, the attract loop (the diagram's story playing by itself
// under a "touch to start" call) and the operator panel (a long press in the top-left
// corner, then the code from kiosk.json) listing the settings in use and what was wrong.
#pragma once
#include <string>
#include <vector>

#include "core/kiosk/code_gate.h"
#include "core/kiosk/config.h"
#include "core/kiosk/tally.h"
#include "core/kiosk/idle.h"
#include "ui/context.h"

namespace dt::ui {

class Kiosk {
 public:
  // Turns kiosk mode on with the organiser's settings and the notes on kiosk.json.
  void configure(const KioskConfig& config, std::vector<std::string> notes);
  // As if a visitor had just touched the attract screen (at the clock's `now`).
  // The screen in CSS px, before each frame: a new visit's text size follows it unless
  // kiosk.json sets one.
  void set_screen(float css_w, float css_h);
  float visit_text_scale() const { return kiosk_text_scale(config_, screen_w_, screen_h_); }
  void begin_visit(double now) {
    idle_.input(now);
    attract_started_ = false;
    tally_.visit_started();
  }
  // The event's counts since the page was opened (core/kiosk/tally.h).
  const EventTally& tally() const { return tally_.tally(); }
  bool enabled() const { return enabled_; }
  const KioskConfig& config() const { return config_; }
  const std::vector<std::string>& notes() const { return notes_; }
  IdleTimer::Phase phase() const { return idle_.phase(); }
  // The attract loop is on screen (not the operator panel): the app draws the diagram alone.
  bool attracting() const { return enabled_ && idle_.phase() == IdleTimer::Phase::Attract && operator_ == Operator::Closed; }
  // How tall the attract loop's "touch to start" banner is, px.
  float banner_height(const UiContext& ctx) const;

  // Once per frame, before the screen is drawn: starts the attract loop when the visit is
  // over (so the frame shows it). `now` is wall-clock seconds.
  void begin_frame(AppState& state, Speech* speech, double now);
  // After the screen: draws the dialog, banner or operator panel on top (each takes the
  // input and the reader's attention while shown), then feeds this frame's input to the clock.
  void end_frame(const UiContext& ctx, double now, bool had_input);
  // When a frame is next needed without input (the warning, a countdown tick, a long press
  // reaching its time), or < 0 for "only on input".
  double next_deadline(double now) const;

 private:
  void start_attract(AppState& state);
  void end_visit(AppState& state, Speech* speech);
  void draw_warning(const UiContext& ctx, double now);
  void draw_attract(const UiContext& ctx);
  void draw_operator(const UiContext& ctx);
  void watch_long_press(const UiContext& ctx, double now);

  float screen_w_ = 0, screen_h_ = 0;
  bool screen_applied_ = false;  // the text size was set from the screen once it was known
  bool enabled_ = false;
  KioskConfig config_;
  std::vector<std::string> notes_;
  IdleTimer idle_{90, 15};
  bool attract_started_ = false;  // the attract screen was set up for this attract phase
  // Operator panel: closed, asking for the code, or open.
  enum class Operator { Closed, Code, Open } operator_ = Operator::Closed;
  std::string code_;
  bool wrong_code_ = false;
  CodeGate gate_;  // the kiosk's, not the visit's: a wipe does not open it again
  double press_started_ = -1;  // a press in the corner began at this time
  bool glyphs_checked_ = false;
  TallyKeeper tally_;
  void draw_tally(const UiContext& ctx, float width);
  void draw_word(const UiContext& ctx, float width);
};

}  // namespace dt::ui
