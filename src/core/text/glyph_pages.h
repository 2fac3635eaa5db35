// Glyph pages: the font cut at build time into blocks of 256 code points (U+4E00-4EFF,
// U+4F00-4FFF, ...), fetched while the widget runs when a text needs a character the
// shipped font lacks (an organiser's new place name). This tracks which pages exist and how
// each fetch is going; the atlas (ui/fonts) asks, the platform fetches, the app hands over.
//
// One more page travels the same way: kRest, the rest of the shipped font (every character
// of the content but the first screen's), asked for as soon as the first frame is drawn so
// the first frame waits for nothing but the start screen's own glyphs.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dt {

class GlyphPages {
 public:
  enum class State : uint8_t {
    Absent,     // no such page was built: the character cannot be drawn, ever
    Available,  // built, not asked for yet
    Requested,  // the platform is fetching it
    Loaded,     // merged into the atlas; a character still missing is not in the font
    Failed,     // the fetch failed (offline, a missing file): drawn with the fallback glyph
  };
  // How long a screen waits for a page before it is shown without it (seconds): long enough
  // for any working network, short enough that a dead one never freezes the widget.
  static constexpr double kPatience = 1.5;

  static constexpr int kRest = 256;
  // The rest of the shipped font is worth waiting for longer than a page: most screens need it.
  static constexpr double kRestPatience = 4.0;

  static int page_of(uint32_t c) { return c <= 0xFFFF ? static_cast<int>(c >> 8) : -1; }

  // The build's index.txt: page numbers in hex, separated by white space. Anything else in
  // it is ignored (a page is only ever asked for if the index names it).
  void set_index(std::string_view text);
  // The platform will fetch the rest of the shipped font (the browser); `have` marks a page
  // (or the rest) that came with the app's own files (natively, and in tests).
  void expect_rest();
  void have(int page);
  // Asks for the rest now, before any text needs it (the first frame is drawn).
  void prefetch_rest(double now);
  State state(int page) const {
    return page >= 0 && page <= kRest ? state_[static_cast<size_t>(page)] : State::Absent;
  }
  State state_of(uint32_t c) const { return state(page_of(c)); }

  // Asks for the page holding `c` unless it was asked for already (or can't be). True while
  // the character may still come, i.e. the page is on its way.
  bool want(uint32_t c, double now);
  // Pages newly asked for since the last call; the platform fetches each exactly once.
  std::vector<int> take_wanted();
  void arrived(int page);
  void failed(int page);
  // A page is on its way; `until` is when the wait for the oldest gives up.
  bool awaiting() const { return pending_ > 0; }
  double patience_ends() const;

 private:
  bool ask(int page, double now);
  std::array<State, kRest + 1> state_{};
  std::array<double, kRest + 1> asked_at_{};
  std::vector<int> wanted_;
  int pending_ = 0;
};

}  // namespace dt
