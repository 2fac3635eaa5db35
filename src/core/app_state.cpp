#include "core/app_state.h"

namespace dt {

namespace {
constexpr std::pair<Screen, std::string_view> kScreenNames[] = {
    {Screen::Home, "home"}, {Screen::Cases, "cases"}, {Screen::Flow, "flow"}, {Screen::Quiz, "quiz"}};
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

void AppState::navigate(Screen to) {
  if (to == screen_) return;
  // Going to a screen already on the way back returns to it instead of stacking a cycle:
  // the way back stays short and meaningful, and a kiosk tapping tabs all day does not
  // grow it without end.
  for (size_t i = 0; i < back_.size(); ++i) {
    if (back_[i] == to) {
      back_.resize(i);
      screen_ = to;
      ++revision_;
      return;
    }
  }
  back_.push_back(screen_);
  screen_ = to;
  ++revision_;
}

bool AppState::back() {
  if (back_.empty()) return false;
  screen_ = back_.back();
  back_.pop_back();
  ++revision_;
  return true;
}

void AppState::go_home() {
  if (screen_ == Screen::Home && back_.empty()) return;
  back_.clear();
  screen_ = Screen::Home;
  ++revision_;
}

}  // namespace dt
