// The whole state of the widget in one place: which screen, which language, text size, and
// the way back. UI code reads and changes it; platform code never keeps its own copy.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/locale.h"

namespace dt {

enum class Screen { Home, Cases, Flow, Quiz };

std::string_view screen_name(Screen s);
std::optional<Screen> parse_screen(std::string_view name);

class AppState {
 public:
  explicit AppState(Locale locale = Locale::ZhHans) : locale_(locale) {}

  Screen screen() const { return screen_; }
  Locale locale() const { return locale_; }
  bool can_go_back() const { return !back_.empty(); }

  // Going to the screen already shown is a no-op, so double taps do not grow the back stack.
  void navigate(Screen to);
  // Returns false when already at the start (Home with nothing behind it).
  bool back();
  void go_home();
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
  Screen screen_ = Screen::Home;
  std::vector<Screen> back_;
  unsigned revision_ = 0;
};

}  // namespace dt
