#include "core/talk/presenter.h"

#include <algorithm>

namespace dt {

void Presenter::set_talk(Talk talk) {
  talk_ = std::move(talk);
  if (talk_.slides.empty()) talk_.slides.push_back(Slide{});  // never an empty talk: the title at least
  at_ = TalkPosition{};
  typed_.clear();
}

bool Presenter::moved(TalkPosition p) {
  if (p == at_) return false;
  at_ = p;
  changed_ = true;
  return true;
}

bool Presenter::next() {
  TalkPosition p = at_;
  p.blank = false;  // a clicker's next on a black screen brings the talk back where it was
  if (at_.blank) return moved(p);
  if (p.step + 1 < slide().steps) ++p.step;
  else if (p.slide + 1 < count()) p = TalkPosition{p.slide + 1, 0, false};
  return moved(p);
}

bool Presenter::previous() {
  TalkPosition p = at_;
  p.blank = false;
  if (at_.blank) return moved(p);
  if (p.step > 0) --p.step;
  else if (p.slide > 0) {
    --p.slide;
    p.step = std::max(0, talk_.slides[static_cast<size_t>(p.slide)].steps - 1);
  }
  return moved(p);
}

bool Presenter::jump(int n) {
  if (n < 1 || n > count()) return false;
  return moved(TalkPosition{n - 1, 0, false});
}

bool Presenter::follow(TalkPosition p) {
  p.slide = std::clamp(p.slide, 0, count() - 1);
  p.step = std::clamp(p.step, 0, std::max(0, talk_.slides[static_cast<size_t>(p.slide)].steps - 1));
  if (p == at_) return false;
  at_ = p;  // not `changed_`: the peer already knows
  typed_.clear();
  return true;
}

bool Presenter::key(TalkKey k, int digit) {
  switch (k) {
    case TalkKey::Next: typed_.clear(); return next();
    case TalkKey::Previous: typed_.clear(); return previous();
    case TalkKey::Blank: {
      TalkPosition p = at_;
      p.blank = !p.blank;
      return moved(p);
    }
    case TalkKey::Restart: typed_.clear(); return moved(TalkPosition{});
    case TalkKey::Escape: {
      // First what is being typed, then the black screen; Escape never leaves the talk.
      if (!typed_.empty()) {
        typed_.clear();
        return true;
      }
      TalkPosition p = at_;
      p.blank = false;
      return moved(p);
    }
    case TalkKey::Digit:
      if (digit < 0 || digit > 9 || typed_.size() >= 3) return false;
      typed_ += static_cast<char>('0' + digit);
      return true;
    case TalkKey::Backspace:
      if (typed_.empty()) return previous();
      typed_.pop_back();
      return true;
    case TalkKey::Enter: {
      if (typed_.empty()) return next();
      const int n = std::stoi(typed_);
      typed_.clear();
      jump(n);
      return true;  // the typed number goes either way (a slide that does not exist: nothing moves)
    }
  }
  return false;
}

}  // namespace dt
