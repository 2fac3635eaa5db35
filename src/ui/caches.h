// What screens keep between frames so as not to redo work: the lines each paragraph breaks
// into, and the diagram's layout. Owned by the app, not by function-local statics, so two
// apps in one process (the tests, three kiosks in one soak) share nothing, and rebuilt fonts
// or a kiosk wipe clear exactly what they must.
#pragma once
#include <imgui.h>

#include <cstdint>
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

// The diagram's layout depends only on the graph, the filter, the direction, the text size
// and the language; it is reused across frames (the diagram animates, and layering is most
// of a frame's work).
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
    int filter = -1;
    Shape shape;
    float scale = 0;
    Locale locale = Locale::ZhHans;
    bool operator==(const Key& o) const {
      return graph == o.graph && nodes == o.nodes && edges == o.edges && filter == o.filter && shape == o.shape &&
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
  // The entry for `key`: its layout is current when `hit`, otherwise the caller lays it out.
  Entry& find(const Key& key, bool& hit);
  void clear() { *this = FlowLayoutCache{}; }
};

struct UiCaches {
  TextLayoutCache text;
  FlowLayoutCache flow;
  void clear() {
    text.clear();
    flow.clear();
  }
};

}  // namespace dt::ui
