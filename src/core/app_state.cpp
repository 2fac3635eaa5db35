#include "core/app_state.h"

#include <algorithm>
#include <cmath>

namespace dt {

namespace {
constexpr std::pair<Screen, std::string_view> kScreenNames[] = {
    {Screen::Home, "home"}, {Screen::Cases, "cases"}, {Screen::Case, "case"},          {Screen::Reminder, "reminder"},
    {Screen::Flow, "flow"}, {Screen::Quiz, "quiz"},   {Screen::Problems, "problems"},
    {Screen::Check, "check"}};
}

std::string_view screen_name(Screen s) {
  for (auto [screen, name] : kScreenNames)
    if (screen == s) return name;
  return "home";
}

std::optional<Screen> parse_screen(std::string_view name) {
  for (auto [screen, n] : kScreenNames)
    if (n == name) return screen;
  return std::nullopt;
}

std::string place_name(const Place& p) {
  std::string s(screen_name(p.screen));
  if (!p.item.empty()) s += "/" + p.item;
  return s;
}

Screen section_of(const Place& p) {
  if (p.screen != Screen::Check) return p.screen;
  return p.item == "cases" ? Screen::Cases : Screen::Quiz;
}

std::optional<Place> parse_place(std::string_view name) {
  const auto slash = name.find('/');
  auto screen = parse_screen(name.substr(0, slash));
  if (!screen) return std::nullopt;
  Place p{*screen, slash == std::string_view::npos ? std::string() : std::string(name.substr(slash + 1))};
  // Case and Reminder pages show one item; without it there is nothing to show.
  if ((p.screen == Screen::Case || p.screen == Screen::Reminder) && p.item.empty()) return std::nullopt;
  return p;
}

void AppState::set_text_scale(float s) {
  const int best = nearest_text_size(s);
  if (best != text_step_) ++revision_;
  text_step_ = best;
}

void AppState::navigate(Screen to, std::string item) {
  if (!shows(to)) return;  // a link into a module the organiser turned off goes nowhere
  Place target{to, std::move(item)};
  if (target == here_) return;
  // Going to a place already on the way back returns to it instead of stacking a cycle:
  // the way back stays short and meaningful, and a kiosk tapping tabs all day does not
  // grow it without end.
  for (size_t i = 0; i < back_.size(); ++i) {
    if (back_[i] == target) {
      back_.resize(i);
      here_ = std::move(target);
      ++revision_;
      return;
    }
  }
  back_.push_back(std::move(here_));
  here_ = std::move(target);
  ++revision_;
}

void AppState::replace_here(Place to) {
  if (!shows(to.screen)) to = Place{};
  for (size_t i = 0; i < back_.size(); ++i) {
    if (back_[i] == to) {
      back_.resize(i);
      break;
    }
  }
  here_ = std::move(to);
  ++revision_;
}

bool is_public_place(const Place& p) {
  switch (p.screen) {
    case Screen::Home:
    case Screen::Cases:
    case Screen::Quiz: return p.item.empty();
    case Screen::Case: return !p.item.empty();
    case Screen::Flow: return true;
    case Screen::Reminder:
    case Screen::Problems:
    case Screen::Check: return false;
  }
  return false;
}

void AppState::enter(Screen to, const Content& content) {
  if (spot_on_ && shows(to) && (to == Screen::Quiz || to == Screen::Cases) &&
      spot_.offer_due(content, screen_name(to))) {
    spot_.offer(content, visits_, std::string(screen_name(to)));
    navigate(Screen::Check, std::string(screen_name(to)));
    ++revision_;
    return;
  }
  navigate(to);
}

void AppState::spot_skip() {
  if (!spot_.skip()) return;
  auto then = parse_place(spot_.then);
  replace_here(then ? *then : Place{});
}

void AppState::spot_next() {
  const bool was_before = spot_.stage == SpotSession::Stage::Before;
  if (!spot_.next()) return;
  ++revision_;
  if (was_before && spot_.stage == SpotSession::Stage::BeforeDone) {
    auto then = parse_place(spot_.then);
    replace_here(then ? *then : Place{});
  }
}

void AppState::quiz_next(const Content& content) {
  const bool was_done = quiz_.done;
  changed(quiz_.next(content));
  if (!was_done && quiz_.done) spot_start_after();
}

bool AppState::back() {
  if (back_.empty()) return false;
  here_ = std::move(back_.back());
  back_.pop_back();
  ++revision_;
  return true;
}

void AppState::go_home() {
  if (here_.screen == Screen::Home && back_.empty()) return;
  back_.clear();
  here_ = Place{};
  ++revision_;
}

// [SECTION] The quiz's question flow

void QuizSession::fit(const std::vector<Question>& qs) {
  if (answers.questions() != qs.size()) {
    *this = QuizSession{};
    answers = Answers(qs);
  }
  index = qs.empty() ? 0 : std::clamp(index, 0, static_cast<int>(qs.size()) - 1);
}

bool QuizSession::choose(const std::vector<Question>& qs, int option) {
  if (feedback || done) return false;
  answers.choose(qs, index, option);
  return true;
}

bool QuizSession::check() {
  if (feedback || done || !answers.answered(index)) return false;
  feedback = true;
  return true;
}

bool QuizSession::next(const Content& content) {
  if (!feedback || done) return false;
  feedback = false;
  if (index + 1 < static_cast<int>(content.questions.size())) {
    ++index;
  } else {
    done = true;
    result = evaluate(content, answers);
  }
  return true;
}

bool QuizSession::back() {
  if (done || index == 0) return false;
  --index;
  feedback = false;
  return true;
}

}  // namespace dt
