#include "core/text/glyph_pages.h"

#include <algorithm>
#include <limits>

namespace dt {

namespace {
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
}  // namespace

void GlyphPages::set_index(std::string_view text) {
  const State rest = state_[kRest];
  state_.fill(State::Absent);
  state_[kRest] = rest;
  wanted_.clear();
  pending_ = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && space(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !space(text[j])) ++j;
    const std::string_view token = text.substr(i, j - i);
    i = j;
    if (token.empty() || token.size() > 2) continue;
    int page = 0;
    bool hex = true;
    for (char c : token) {
      hex = hex && hex_digit(c) >= 0;
      page = page * 16 + std::max(hex_digit(c), 0);
    }
    if (hex) state_[static_cast<size_t>(page)] = State::Available;
  }
}

void GlyphPages::expect_rest() {
  if (state_[kRest] == State::Absent) state_[kRest] = State::Available;
}

void GlyphPages::have(int page) {
  if (page < 0 || page > kRest || state_[static_cast<size_t>(page)] == State::Loaded) return;
  if (state_[static_cast<size_t>(page)] == State::Requested) --pending_;
  state_[static_cast<size_t>(page)] = State::Loaded;
}

void GlyphPages::prefetch_rest(double now) { ask(kRest, now); }

bool GlyphPages::ask(int page, double now) {
  switch (state(page)) {
    case State::Available:
      state_[static_cast<size_t>(page)] = State::Requested;
      asked_at_[static_cast<size_t>(page)] = now;
      wanted_.push_back(page);
      ++pending_;
      return true;
    case State::Requested:
      return true;
    default:
      return false;
  }
}

// The rest of the shipped font first (it holds most characters a screen needs), then the
// character's page.
bool GlyphPages::want(uint32_t c, double now) {
  if (ask(kRest, now)) return true;
  return ask(page_of(c), now);
}

std::vector<int> GlyphPages::take_wanted() {
  std::vector<int> out;
  out.swap(wanted_);
  return out;
}

void GlyphPages::arrived(int page) {
  if (state(page) != State::Requested) return;  // a late answer to a page given up on, or junk
  state_[static_cast<size_t>(page)] = State::Loaded;
  --pending_;
}

void GlyphPages::failed(int page) {
  if (state(page) != State::Requested) return;
  state_[static_cast<size_t>(page)] = State::Failed;
  --pending_;
}

double GlyphPages::patience_ends() const {
  double oldest = std::numeric_limits<double>::infinity();
  for (size_t p = 0; p < state_.size(); ++p)
    if (state_[p] == State::Requested)
      oldest = std::min(oldest, asked_at_[p] + (p == kRest ? kRestPatience : kPatience));
  return oldest;
}

}  // namespace dt
