#include "core/app_state.h"

#include <cmath>

namespace dt {

namespace {
constexpr std::pair<Screen, std::string_view> kScreenNames[] = {
    {Screen::Home, "home"}, {Screen::Cases, "cases"}, {Screen::Case, "case"},          {Screen::Reminder, "reminder"},
    {Screen::Flow, "flow"}, {Screen::Quiz, "quiz"},   {Screen::Problems, "problems"}};
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

std::optional<Place> parse_place(std::string_view name) {
  const auto slash = name.find('/');
  auto screen = parse_screen(name.substr(0, slash));
  if (!screen) return std::nullopt;
  Place p{*screen, slash == std::string_view::npos ? std::string() : std::string(name.substr(slash + 1))};
  // Case and Reminder pages show one item; without it there is nothing to show.
  if ((p.screen == Screen::Case || p.screen == Screen::Reminder) && p.item.empty()) return std::nullopt;
  return p;
}

bool FlowView::is_cut(const std::string& id) const {
  for (const auto& c : cut)
    if (c == id) return true;
  return false;
}

void FlowView::toggle_cut(const std::string& id) {
  for (size_t i = 0; i < cut.size(); ++i)
    if (cut[i] == id) {
      cut.erase(cut.begin() + static_cast<long>(i));
      return;
    }
  cut.push_back(id);
}

void AppState::set_text_scale(float s) {
  int best = 0;
  for (int i = 1; i < 4; ++i)
    if (std::fabs(kTextScales[i] - s) < std::fabs(kTextScales[best] - s)) best = i;
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

}  // namespace dt
