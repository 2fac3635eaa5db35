#include "ui/caches.h"

#include <iterator>

namespace dt::ui {

namespace {
// Memory follows what is on screen: a kiosk that has shown every screen at every width and
// zoom all day would otherwise keep every paragraph it ever wrapped. Entries no frame used for
// a few seconds are dropped (checked at most once a second, so the sweep costs nothing); the
// size cap is only a backstop against a clock that stands still.
constexpr double kUnusedSeconds = 5.0;
constexpr size_t kMaxEntries = 4096;

uint64_t text_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, with the length folded in
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h ^ (static_cast<uint64_t>(s.size()) << 40);
}
}  // namespace

TextLayoutCache::Key TextLayoutCache::key(std::string_view text, const ImFont* font, float size, float width, Locale locale) {
  return {text_hash(text), font, size, width, locale};
}

void TextLayoutCache::sweep(double now) {
  if (now - last_sweep_ < 1.0 && now >= last_sweep_) return;
  last_sweep_ = now;
  for (auto it = entries_.begin(); it != entries_.end();)
    it = now - it->second.last_used > kUnusedSeconds ? entries_.erase(it) : std::next(it);
  if (entries_.bucket_count() > 4 * entries_.size() + 64) entries_.rehash(0);  // the bucket array shrinks too
}

const std::vector<LineRange>* TextLayoutCache::find(const Key& k, double now) {
  sweep(now);
  auto it = entries_.find(k);
  if (it == entries_.end()) return nullptr;
  it->second.last_used = now;
  return &it->second.lines;
}

const std::vector<LineRange>& TextLayoutCache::insert(const Key& k, std::vector<LineRange> lines, double now) {
  if (entries_.size() >= kMaxEntries) entries_.clear();
  return entries_.insert_or_assign(k, Entry{std::move(lines), now}).first->second.lines;
}

FlowLayoutCache::Entry& FlowLayoutCache::find(const Key& key, bool& hit) {
  ++clock;
  Entry* oldest = &entries[0];
  for (Entry& e : entries) {
    if (e.used && e.key == key) {
      e.used = clock;
      hit = true;
      return e;
    }
    if (e.used < oldest->used) oldest = &e;
  }
  hit = false;
  oldest->key = key;
  oldest->used = clock;
  return *oldest;
}

}  // namespace dt::ui
