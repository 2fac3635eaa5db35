// The whole state of the widget in one place: which screen (and which case or reminder on
// it), which language, and the way back. UI code reads and changes it; platform code never
// keeps its own copy.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/flow/view.h"
#include "core/locale.h"
#include "core/theme.h"
#include "core/quiz/engine.h"
#include "core/quiz/result.h"
#include "core/quiz/spot.h"

namespace dt {

// Problems: the content set is broken; the organiser sees what and where.
// Check: the before-and-after "spot the leak" check; its item says where the visitor goes
// next ("quiz", "cases") or that it is the part after the quiz ("after").
enum class Screen { Home, Cases, Case, Reminder, Flow, Quiz, Problems, Check };

std::string_view screen_name(Screen s);
std::optional<Screen> parse_screen(std::string_view name);

// A screen plus the item it shows: a case id for Case (and optionally Flow), a reminder id
// for Reminder. Written "case/qingdao-phone-shops" on command lines and in test hooks.
struct Place {
  Screen screen = Screen::Home;
  std::string item;
  bool operator==(const Place& o) const { return screen == o.screen && item == o.item; }
  bool operator!=(const Place& o) const { return !(*this == o); }
};
std::string place_name(const Place& p);
// The section a place belongs to, as a page around the widget is told it: the spot-the-leak
// check counts as the self-check (or the stories it leads to), so a host page learns nothing
// of whether a visitor did it, let alone how.
Screen section_of(const Place& p);
std::optional<Place> parse_place(std::string_view name);
// A place a link from outside may open: home, the stories, a case, the diagrams, the
// self-check's start. Not a reminder page, the Problems screen or any part of the quick
// questions (check/*): those are reached from inside a visit.
bool is_public_place(const Place& p);

// The visitor's self-check, in memory only. start_again() wipes every answer. The question
// flow (choose, check, next, back) lives here, not in the screen; AppState's quiz_* calls
// run a step and mark the state changed when it did something.
struct QuizSession {
  Answers answers;
  int index = 0;          // the question shown
  bool feedback = false;  // its answer was checked: show what is safe and why
  bool done = false;      // the result screen
  bool confirm_restart = false;  // "start again" asked: clear everything? (nothing cleared yet)
  bool print_blocked = false;    // the page around the widget refused the print dialog
  QuizResult result;             // worked out once, when the visitor finishes

  // Fits the session to the content's questions (a new or reloaded content set starts afresh)
  // and keeps the question shown in range.
  void fit(const std::vector<Question>& qs);
  // Each returns whether it changed anything.
  bool choose(const std::vector<Question>& qs, int option);  // not once the answer is checked
  bool check();                                              // needs an answer
  bool next(const Content& content);                         // after the last: the result
  bool back();
  void start_again() {
    answers.clear();
    index = 0;
    feedback = done = confirm_restart = print_blocked = false;
    result = {};
  }
};

class AppState {
 public:
  explicit AppState(Locale locale = Locale::ZhHans) : locale_(locale) {}

  Screen screen() const { return here_.screen; }
  const std::string& item() const { return here_.item; }
  const Place& place() const { return here_; }
  Locale locale() const { return locale_; }
  bool can_go_back() const { return !back_.empty(); }

  // Going to the place already shown is a no-op, so double taps do not grow the back stack.
  void navigate(Screen to, std::string item = {});
  void navigate(const Place& to) { navigate(to.screen, to.item); }
  // The visitor's own way into a module (a card on home, a tab). The first time in a visit
  // they head for the self-check or the stories, the spot-the-leak check is offered on the
  // way (content permitting, where an organiser did not turn it off). Links straight to a
  // place (a host page's "open", ?place=, tests' dt_open) go where they point.
  void enter(Screen to, const Content& content);
  // Returns false when already at the start (Home with nothing behind it).
  bool back();
  void go_home();
  // Display settings, chosen by the visitor for this visit only (nothing is stored).
  // Text size steps through 1x, 1.25x, 1.5x, 2x and back to 1x.
  float text_scale() const { return kTextSizes[text_step_]; }
  void next_text_scale() {
    text_step_ = (text_step_ + 1) % static_cast<int>(std::size(kTextSizes));
    ++revision_;
  }
  // Snaps to the nearest step (command line, URL).
  void set_text_scale(float s);
  bool reduced_motion() const { return reduced_motion_; }
  void set_reduced_motion(bool on) {
    if (on != reduced_motion_) ++revision_;
    reduced_motion_ = on;
  }
  // Opens the diagram of `graph` with these hops highlighted (the quiz result uses this).
  void show_on_diagram(const std::string& graph, std::vector<std::string> edges) {
    open_flow_view(graph).highlight = std::move(edges);
    open_flow_view(graph).reveal = true;
    navigate(Screen::Flow, graph == "overview" ? std::string() : graph);
  }
  // The diagram's view of `graph`. Only one view is kept: opening another graph's starts
  // that one afresh (no zoom, cut or step carried over), hence the name.
  FlowView& open_flow_view(const std::string& graph) {
    if (flow_.graph != graph) {
      flow_ = FlowView();
      flow_.graph = graph;
    }
    return flow_;
  }
  // The visit is over (a kiosk nobody touched): forget everything this visitor did or chose —
  // answers, findings, the case open, the diagram's view, the way back, display settings —
  // and start again at home in `language` with text at `text_scale`.
  void wipe_visitor(Locale language, float text_scale) {
    quiz_ = QuizSession();
    spot_ = SpotSession();
    flow_ = FlowView();
    back_.clear();
    here_ = Place{};
    locale_ = language;
    high_contrast_ = false;
    set_text_scale(text_scale);
    ++revision_;
    ++visits_;
  }
  // How many times the visit was wiped: UI state kept outside AppState (scroll positions,
  // a glide in progress) is dropped when this changes.
  unsigned visits() const { return visits_; }
  // Modules an organiser turned off (kiosk.json) are not offered and cannot be opened.
  void set_modules(bool cases, bool flow, bool quiz) {
    show_cases_ = cases;
    show_flow_ = flow;
    show_quiz_ = quiz;
    ++revision_;
  }
  bool shows(Screen s) const {
    if (s == Screen::Cases || s == Screen::Case) return show_cases_;
    if (s == Screen::Flow) return show_flow_;
    if (s == Screen::Quiz) return show_quiz_;
    return true;
  }
  // A change inside a view (story step, cut) that must redraw and re-mirror.
  void mark_changed() { ++revision_; }
  void changed(bool did) { revision_ += did ? 1u : 0u; }
  // A pinch on a touch screen (the platform sees the fingers): zoom the diagram shown by
  // `factor` about (x, y) in screen px.
  void request_zoom(float factor, float x, float y) {
    if (here_.screen != Screen::Flow || !(factor > 0)) return;
    flow_.pending_zoom *= factor;
    flow_.zoom_at_x = x;
    flow_.zoom_at_y = y;
    ++revision_;
  }
  QuizSession& quiz() { return quiz_; }
  const QuizSession& quiz() const { return quiz_; }
  // The quiz's steps, as a visitor takes them; each redraws when it changed something.
  void quiz_fit(const std::vector<Question>& qs) { quiz_.fit(qs); }
  void quiz_choose(const std::vector<Question>& qs, int option) { changed(quiz_.choose(qs, option)); }
  void quiz_check() { changed(quiz_.check()); }
  // After the last question, a visitor who did the "before" check goes on to its "after".
  void quiz_next(const Content& content);
  void quiz_back() { changed(quiz_.back()); }
  void quiz_ask_restart(bool ask) { changed(std::exchange(quiz_.confirm_restart, ask) != ask); }
  void quiz_print_refused(bool refused) { changed(std::exchange(quiz_.print_blocked, refused) != refused); }
  // Wipes every answer of the visit and everything derived from them (the diagram's "where
  // your data could leak" marks), the quick questions' too: "clears every answer" means all.
  void start_quiz_again() {
    quiz_.start_again();
    spot_ = SpotSession();
    flow_.highlight.clear();
    ++revision_;
  }
  // "I'm done, clear my answers" (the plan, the quick questions' result): every answer goes
  // at once and the visitor is back at the start; a kiosk also ends the visit (attract loop),
  // which it learns by take_visit_end().
  void finish_visit() {
    start_quiz_again();
    go_home();
    visit_end_asked_ = true;
  }
  bool take_visit_end() { return std::exchange(visit_end_asked_, false); }
  // [SECTION] The spot-the-leak check (core/quiz/spot.h); each step redraws when it changed.
  const SpotSession& spot() const { return spot_; }
  void set_spot_check(bool on) { spot_on_ = on; }
  bool spot_check_on() const { return spot_on_; }
  void spot_start() { changed(spot_.start()); }
  // Skipping, or finishing the "before" part, carries on to where the visitor was going.
  void spot_skip();
  void spot_choose(const Content& c, int answer) { changed(spot_.choose(c, answer)); }
  void spot_next();
  void spot_start_after() {
    if (!spot_.start_after()) return;
    navigate(Screen::Check, "after");
    ++revision_;
  }
  // Arriving at the check by a link (not by enter()): offer it for `then` if none was yet.
  void spot_arrive(const Content& c, const std::string& then) {
    if (spot_on_) changed(spot_.offer(c, visits_, then));
  }

  bool high_contrast() const { return high_contrast_; }
  void set_high_contrast(bool on) {
    if (on != high_contrast_) ++revision_;
    high_contrast_ = on;
  }

  // Switching language keeps the screen and the way back: the reader does not lose their place.
  void set_locale(Locale l) {
    if (l != locale_) ++revision_;
    locale_ = l;
  }

  // Incremented on every visible change; the platform uses it to know a redraw is due and
  // the accessibility mirror to know the DOM must be rebuilt.
  unsigned revision() const { return revision_; }

 private:
  Locale locale_;
  Place here_;
  std::vector<Place> back_;
  unsigned revision_ = 0;
  unsigned visits_ = 0;
  int text_step_ = 0;
  bool high_contrast_ = false;
  bool reduced_motion_ = false;
  FlowView flow_;
  QuizSession quiz_;
  SpotSession spot_;
  bool spot_on_ = true;
  bool visit_end_asked_ = false;
  // Replaces the place shown (the check hands over to where the visitor was going, and
  // "back" from there does not return to the finished check).
  void replace_here(Place to);
  bool show_cases_ = true, show_flow_ = true, show_quiz_ = true;
};

}  // namespace dt
