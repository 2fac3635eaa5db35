// What screens keep between frames so as not to redo work: the lines each paragraph breaks
// into, and the diagram's layout. Owned by the app, not by function-local statics, so two
// apps in one process (the tests, three kiosks in one soak) share nothing, and rebuilt fonts
// or a kiosk wipe clear exactly what they must.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/content/model.h"
#include "core/flow/layout.h"
#include "core/locale.h"
#include "core/text/line_break.h"

namespace dt::ui {

// Line breaking (ICU) and measuring is most of a text-heavy frame's CPU time, and every
// paragraph is wrapped at least twice per frame (height, then drawing). The result depends
// only on the bytes, the font at its size, the width and the language, so it is cached by
// those. Keyed by content hash rather than pointer: texts built per frame hit it too.
class TextLayoutCache {
 public:
  struct Key {
    uint64_t hash;
    const ImFont* font;
    float size, width;
    Locale locale;
    bool operator==(const Key& o) const {
      return hash == o.hash && font == o.font && size == o.size && width == o.width && locale == o.locale;
    }
  };
  static Key key(std::string_view text, const ImFont* font, float size, float width, Locale locale);
  // The cached lines, marked used at `now`; null when not cached. Sweeps old entries first.
  const std::vector<LineRange>* find(const Key& k, double now);
  const std::vector<LineRange>& insert(const Key& k, std::vector<LineRange> lines, double now);
  void clear() { entries_.clear(); }
  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    size_t operator()(const Key& k) const { return static_cast<size_t>(k.hash ^ (k.hash >> 29)); }
  };
  struct Entry {
    std::vector<LineRange> lines;
    double last_used;  // platform clock, seconds
  };
  void sweep(double now);
  std::unordered_map<Key, Entry, Hash> entries_;
  double last_sweep_ = 0;
};

// The diagram's layout depends only on the graph, which of its cards and hops are on screen,
// the shape, the text size and the language; it is reused across frames (the diagram
// animates, and layering is most of a frame's work). The key holds the cards and hops laid
// out, not the filter that chose them: a layout is only ever found for the very subset it
// was made from (a key by filter once stored a chain's layout made from the chain on screen
// a moment before, and the overview's chips drew collapsed cards until a reload).
struct FlowLayoutCache {
  // How a diagram is arranged: layered left to right or top to bottom with cards of a given
  // width, or as a list as wide as given (core/flow/layout.h).
  struct Shape {
    bool vertical = false, list = false;
    float card_width = 0, list_width = 0;  // logical px
    bool operator==(const Shape& o) const {
      return vertical == o.vertical && list == o.list && card_width == o.card_width && list_width == o.list_width;
    }
  };
  struct Key {
    const FlowGraph* graph = nullptr;
    size_t nodes = 0, edges = 0;  // with the address: a reloaded content set never reuses a stale layout
    std::vector<bool> shown, kept;  // the cards and hops laid out (empty: the whole graph)
    Shape shape;
    float scale = 0;
    Locale locale = Locale::ZhHans;
    bool operator==(const Key& o) const {
      return graph == o.graph && nodes == o.nodes && edges == o.edges && shown == o.shown && kept == o.kept && shape == o.shape &&
             scale == o.scale && locale == o.locale;
    }
  };
  struct Entry {
    Key key;
    FlowLayout layout;
    unsigned used = 0;
  };
  // The screen weighs several shapes to pick the one that fits (and the kiosk's attract loop
  // does so every frame), so a few are kept; the least recently used one is replaced.
  static constexpr size_t kEntries = 8;
  Entry entries[kEntries];
  unsigned clock = 0;
  float details_height = 0;  // the selected card's panel, as last drawn (it sizes itself)
  ImVec2 details_min, details_max;  // where it was last placed (screen px)
  int details_for = -1;             // the card whose panel that was
  int details_steady = 0;           // frames it has kept its height
  struct StorySeen {
    std::string graph, key;  // the graph, and the graph with its filter
    int step = -1;
  } story_seen;                     // the story step the page last followed
  bool details_placed = false;      // the page was scrolled for it, if it had to be
  // The entry for `key`: its layout is current when `hit`, otherwise the caller lays it out.
  Entry& find(const Key& key, bool& hit);
  void clear() { *this = FlowLayoutCache{}; }
};

// Where a page that keeps its place across steps (the quiz, the quick questions) last moved
// the scroll: which page it started at its top, and which answer's verdict it brought into
// view. Layout state, like a scroll position: which step, never what was answered.
struct PageScroll {
  int topped = -1;
  int revealed = -1;
  int reveal_tries = 0;  // frames a reveal waited for the page to grow (see reveal())
  bool to_source = false;                // a case page: scroll to its source this frame
  float anchor_y = -1;                   // home: where the tapped text-size button was (screen y)
  float home_tail = 0;                   // home: what follows the ways in, as last drawn
  int block_key = -1;                    // a portrait kiosk's page: which one, and how tall its
  float block_h = 0;                     // content was last drawn (to sit it at the optical centre)
  std::vector<std::string> open_groups;  // folded lists the visitor opened ("<case>/police")
};

struct UiCaches {
  TextLayoutCache text;
  FlowLayoutCache flow;
  PageScroll page;
  // What was measured with the fonts and words of the moment (a new glyph, a new text size,
  // new content): measured again. The page's scroll state stays — a font arriving while a
  // verdict is being revealed must not send the page back to its top.
  void clear_layout() {
    text.clear();
    flow.clear();
  }
  // A new visitor: nothing of the last one's pages either.
  void clear() {
    clear_layout();
    page = PageScroll{};
  }
};

}  // namespace dt::ui
