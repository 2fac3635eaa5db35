// The widget's UI as the platform sees it (sokol-style: the platform owns the loop and calls
// in). The platform creates the ImGui context and renderer; UiApp owns state, words, fonts.
#pragma once
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/cli_options.h"
#include "core/content/loader.h"
#include "core/strings.h"
#include "core/theme.h"
#include "ui/fonts.h"
#include "ui/semantics.h"
#include "ui/speech.h"
#include "ui/printer.h"
#include "ui/effects.h"
#include "ui/kiosk.h"
#include "ui/input/input_backlog.h"
#include "ui/input/touch_input.h"
#include "ui/action_bar.h"
#include "ui/caches.h"
#include "ui/frame.h"
#include "ui/screens/present/present.h"

namespace dt::ui {

struct UiAssets {
  FontBytes fonts;
  std::string strings_zh, strings_en;  // content/strings/<tag>.json
  ContentReader content;               // everything else under content/
  CaseLister list_cases;               // the files in content/cases (optional)
};

class UiApp {
 public:
  // Loads the words and the content; problems (missing keys, bad JSON, broken references)
  // are returned for the platform to log, shown on the Problems screen, and the UI still
  // runs on whatever loaded.
  void init(UiAssets assets, Locale locale, std::vector<std::string>& problems);

  // One whole frame: input, clock and display in; what the platform must do out. Every
  // platform and the no-graphics tests drive the app through this call alone (it runs
  // NewFrame() to Render() itself), so the order of steps is kept in one place.
  FrameOut frame(const FrameIn& in);

  AppState& state() { return state_; }
  const Content& content() const { return content_; }
  // Everything wrong with the content set at start; non-empty means the Problems screen
  // opened first.
  const std::vector<std::string>& problems() const { return problems_; }
  const StringTable& strings() const { return strings_; }
  const Semantics& semantics() const { return semantics_; }
  // What screens keep between frames (tests read where the diagram's details were placed).
  const UiCaches& caches() const { return caches_; }
  const ActionBar& actions() const { return actions_; }
  // From the screen-reader mirror: act on an item as if it were clicked, or move the
  // keyboard focus to it. Honoured during the next draw().
  void activate(ImGuiID id) { semantics_.request_activate(id); }
  void focus(ImGuiID id) { semantics_.request_focus(id); }
  // A finger on the screen (display px, platform clock seconds), between frames: taps,
  // swipes, flings and pinches (see ui/input/touch_input.h).
  void touch(TouchPhase phase, int id, float x, float y, double t) {
    touch_.feed(phase, id, x, y, t, kTouchSlop * device_scale_, state_);
  }
  // How far (CSS px) a finger may wander and still tap, as on native pages.
  static constexpr float kTouchSlop = 10;
  // The last pointer was a finger: the platform must not move ImGui's pointer to where a
  // mouse last was. A real mouse moving hands the pointer back.
  bool touch_owns_pointer() const { return touch_.owns_pointer(); }
  void mouse_moved() { touch_.mouse_moved(); }
  // The current screen is taller than the display (it scrolls by itself): an embedding page
  // lets a finger scroll the host page only when it does not.
  bool page_scrolls() const { return page_scrolls_; }
  // How far the current page is scrolled (display px), as last drawn.
  float page_scroll() const { return page_scroll_; }
  // The platform's text-to-speech, if any (not owned).
  void set_speech(Speech* s) { services_.speech = s; }
  void set_printer(Printer* p) { services_.printer = p; }
  void set_effects(Effects* e) { services_.effects = e; }
  // The platform's monotonic clock (seconds), set before each draw(); timers (the kiosk's
  // idle clock) run on it, since ImGui's own time stands still while no frames are drawn.
  void set_clock(double now) { now_ = now; }
  // Kiosk mode with the organiser's settings (see core/kiosk/config.h); starts the attract loop.
  void set_kiosk(const KioskConfig& config, std::vector<std::string> notes);
  // A kiosk past its attract loop, at `place` in `language` (a visitor's screen, for screenshots).
  bool visit_kiosk(std::string_view place, Locale language, double now) {
    kiosk_.begin_visit(now);
    state_.set_locale(language);
    return place.empty() || open(place);
  }
  const Kiosk& kiosk() const { return kiosk_; }
  // Problems found beside the content (check.html's talk.json): listed with the rest.
  void add_problems(const std::vector<std::string>& more) {
    problems_.insert(problems_.end(), more.begin(), more.end());
    if (!more.empty()) state_.navigate(Screen::Problems);
  }
  // Presenter mode (present.html, --present): `talk` on a projector, or in the speaker's
  // window; talk.json's problems are shown to the speaker.
  void set_present(Talk talk, bool speaker, std::vector<std::string> problems, PresentDraw screens);
  const PresentMode& present() const { return present_; }
  // A key of a clicker or the keyboard in presenter mode, as it is pressed (handled in order
  // at the next frame; `digit` for PresentKey::Digit).
  void present_key(PresentKey key, int digit = 0) {
    if (!present_.on) return;
    present_.keys.emplace_back(key, digit);
    state_.mark_changed();
  }
  // The position (and language) the other window of the talk sent; true if anything moved.
  bool follow_talk(TalkPosition at, Locale language);
  // The talk moved here (a key, a tap, the language) since last asked: tell the other window.
  bool take_talk_changed();
  // Height in display px the current screen's content takes (for an embedding page).
  float content_height() const { return content_height_; }
  // New strings and content (someone editing the content folder beside the running app; the
  // fonts stay). The visitor's place is kept when it still exists, else home; a broken set
  // opens the Problems screen. Answers go: they may point at questions that changed.
  void reload(UiAssets fresh, std::vector<std::string>& problems);
  // Opens `place` ("quiz", "case/<id>", ...) if it names something that exists; false if not.
  bool open(std::string_view place);
  // A page around the widget asks for `place`: only the ways in a visitor could follow from a
  // link (home, the stories, a case, the diagrams, the self-check's start), never a place in the
  // middle of the self-check or the quick questions (core/app_state.h, is_public_place).
  bool open_from_host(std::string_view place) {
    const auto p = parse_place(place);
    return p && is_public_place(*p) && open(place);
  }
  // The settings a visit starts with, from the command line or the page's URL (text size,
  // contrast, less motion), and the place to open: false if the content has no such place
  // (the app stays where it is; each platform says so in its own way).
  bool start(const CliOptions& opt, std::string_view place);
  // Rasterise the fonts again before the next frame (the GPU copy was lost with its context,
  // and the CPU copy is freed after upload).
  void rebuild_fonts() { built_scale_ = 0; }
  // The GPU's largest texture side (the font atlas must fit it), and a failed atlas upload
  // (out of memory, a smaller real limit): the next frame builds a smaller atlas.
  void set_max_texture(int px) {
    if (px > 0 && px != max_texture_) {
      max_texture_ = px;
      built_scale_ = 0;
    }
  }
  void font_upload_failed() { set_max_texture(std::max(512, max_texture_ / 2)); }
  // False when the frame just drawn would show a missing glyph (on-demand fonts met a new
  // character): the platform does not present it, and draws the next one at once.
  bool frame_presentable() const {
    return !fonts_.incomplete && !(awaiting_glyphs() && now_ < atlas_.pages().patience_ends());
  }
  // A glyph page the last frames asked for (FrameOut::glyph_pages) has come, or cannot.
  void add_glyph_page(int page, std::string regular, std::string bold);
  void glyph_page_failed(int page);
  // A frame needs a glyph whose page (or the rest of the font) is on its way.
  bool awaiting_glyphs() const { return atlas_.awaiting_glyphs() || !fonts_.awaited.empty(); }
  const Fonts& fonts() const { return fonts_; }
  // When the UI next needs a frame without input, or < 0 for "only on input".
  double next_deadline() const {
    const double k = kiosk_.next_deadline(now_);
    double w = requests_.wake_at;
    if (awaiting_glyphs() && now_ < atlas_.pages().patience_ends())
      w = w < 0 ? atlas_.pages().patience_ends() : std::min(w, atlas_.pages().patience_ends());
    if (k < 0) return w;
    return w < 0 ? k : std::min(k, w);
  }
  float text_scale() const { return state_.text_scale(); }
  void set_text_scale(float s) { state_.set_text_scale(s); }

 private:
  // Before NewFrame(): the clock, the display scale (fonts and style rebuilt when it changed).
  // Returns true if the renderer must re-upload the font texture.
  bool prepare_frame(float device_scale);
  // Between NewFrame() and Render(): draws the current screen over the whole display.
  void draw();
  // True when the UI needs another frame by itself: fonts to rebuild after new glyphs, an
  // animation, or input Dear ImGui has queued but not yet seen (see ui_app.cpp).
  bool needs_frame() const;
  void forget_visit();
  GlyphSources glyph_sources() const;
  UiAssets assets_;
  AppState state_;
  StringTable strings_;
  Content content_;
  std::vector<std::string> problems_;
  Semantics semantics_;
  UiCaches caches_;  // line breaks and the diagram's layout: this app's own
  ActionBar actions_;
  Services services_;
  FrameRequests requests_;  // what the screens asked of the next frame
  Kiosk kiosk_;
  PresentMode present_;
  Locale told_talk_locale_ = Locale::ZhHans;
  double now_ = 0;
  float content_height_ = 0;
  bool page_scrolls_ = false;
  float page_scroll_ = 0;
  float device_scale_ = 1;
  unsigned visits_seen_ = 0;
  TouchInput touch_;
  bool visitor_input() const;
  Fonts fonts_;
  FontAtlas atlas_;
  int max_texture_ = 4096;
  float built_text_scale_ = 0;
  float chrome_scale_ = 1;  // display px per logical px of spacing and chrome (see UiContext)
  const Theme* theme_ = &light_theme();
  const Theme* styled_ = nullptr;  // the theme the ImGui style was last built from
  float built_scale_ = 0.0f;
  InputBacklog backlog_;  // newest input set aside from an overloaded frame
};

}  // namespace dt::ui
