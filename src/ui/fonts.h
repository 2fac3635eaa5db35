// The font atlas, rasterised for the current pixel scale (device pixel ratio x text size) so
// text is always crisp: a scale change rebuilds the atlas, never stretches a bitmap — unless
// the GPU could not hold it (see "Residency" below).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/text/glyph_pages.h"

namespace dt::ui {

struct FontBytes {
  std::string regular, bold;  // OpenType (CFF) subsets made at build time
  // [SECTION] Glyph pages: what lies beyond the subset (see core/text/glyph_pages.h).
  std::string page_index;  // the build's pages/index.txt; empty: no pages (the subset is all)
  struct Page {
    std::string regular, bold;
  };
  std::map<int, Page> pages;  // the pages fetched so far, merged under the subset's glyphs
  // The subset above is the first screen's only; the platform fetches the rest (the browser:
  // GlyphPages::kRest). Natively the rest is read with the rest and is in `pages` already.
  bool rest_expected = false;
};

// [SECTION] Residency. A phone at 3x with text at 200 % draws body text 96 px tall; every
// character of every case at that size would need a texture far beyond what phones' GPUs
// take (often 4096 px a side), and the upload would fail — a blank or garbled screen. So:
//  - Full: every character the widget can show is rasterised (desktop, most phones).
//  - On demand: body sizes hold what screens have shown; a screen meeting a character the
//    atlas lacks is not presented, the atlas is rebuilt with it, and the next frame draws it
//    (the visitor sees the screen a frame later).
//  - Reduced: if even one screen's characters do not fit, glyphs are rasterised smaller and
//    drawn at full size (softer, never missing).
// Display sizes (subhead, heading, title) are always on demand: large glyphs are most of
// the rasterising time, and most characters only ever appear in body text.
enum class Residency { Full, OnDemand, Reduced };

struct Fonts {
  ImFont* caption = nullptr;
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* subhead = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  // ImGui's FontSize is the line box; line heights are set in em like CSS, so keep the ratio.
  float line_box_per_em = 1.0f;
  Residency residency = Residency::Full;
  float raster_ratio = 1;  // glyph pixels per drawn pixel (< 1 only when Reduced)

  // Characters a font was asked to draw this frame but lacks; the next frame rebuilds the
  // atlas with them. A display font's text is drawn with the bold body font meanwhile
  // (never a missing-glyph box); body text that lacks a glyph makes the frame `incomplete`.
  mutable std::vector<ImWchar> missing_body, missing_display;
  mutable bool incomplete = false;
  bool lacks_glyphs() const { return !missing_body.empty() || !missing_display.empty(); }
  // On demand: every character drawn this frame (a bitset over the BMP), so a rebuild that
  // must shrink the set keeps what is on screen.
  mutable std::vector<uint64_t> drawn;
  // Characters no font can give (not in any page, or their page could not be fetched): drawn
  // with the fallback glyph rather than asked for again. Owned by the FontAtlas.
  const ImVector<ImU32>* settled = nullptr;
  const GlyphPages* pages = nullptr;
  // Whether a missing character is worth a rebuild: not settled, its page not on its way.
  bool may_come(ImWchar c) const;
  // Characters this frame needed whose page is on its way: the frame is not presented (for
  // a while: GlyphPages::patience_ends), and no rebuild is due until the page comes.
  mutable std::vector<ImWchar> awaited;
  // Sorts a character no font of the atlas has: awaited, settled (skipped), or missing (a
  // rebuild may bring it; `display` says for which sizes). False if it is missing.
  bool note_missing(ImWchar c, bool display) const;
  // The atlas has `c`, or a glyph page that may hold it is still to come.
  bool can_draw(unsigned int c) const;

  bool is_display(const ImFont* f) const { return f == subhead || f == heading || f == title; }
  // Forgets what the last frame drew or lacked (start of a frame).
  void begin_frame() const;
};

// A font at a size: usually the font's own size, a scaled stand-in while glyphs are missing.
struct FontUse {
  ImFont* font;
  float size;
  float em(const Fonts& fonts) const { return size / fonts.line_box_per_em; }
};
FontUse use_font(const Fonts& fonts, ImFont* f, std::string_view text);
// Notes any character of `text` that `f` lacks, whatever the residency (use_font skips body
// text at full residency for speed). Called where a text is laid out for the first time, so
// a character the content never declared still reaches the atlas a frame later.
void check_glyphs(const Fonts& fonts, ImFont* f, std::string_view text);

// What the atlas is built from at full residency: the interface's own words, everything else
// body text can show, and the words display sizes are known to draw.
struct GlyphSources {
  std::vector<std::string_view> interface_texts, content_texts, display_texts;
  // The part of display_texts most screens open with (titles): what display sizes hold when
  // all of display_texts would not fit the texture beside the body text.
  std::vector<std::string_view> title_texts;
};
// Display sizes, at full residency, hold `display_texts` (or, if that would not fit, `title_texts`
// and what was drawn); on demand only what was drawn.

// Keeps the glyph ranges ImGui's atlas points into, and the characters on-demand text has
// shown, between rebuilds (owned by the app, so two apps in one process never share them).
class FontAtlas {
 public:
  // Rebuilds ImGui's atlas for `device_scale` x `text_scale`, fitting a square texture of
  // `max_texture` px a side (the GPU's limit, capped at 4096). The caller re-uploads the
  // texture. Returns false if the font data is unusable.
  bool build(const FontBytes& bytes, const GlyphSources& sources, float device_scale, float text_scale,
             int max_texture, Fonts& out);
  // Adds the characters the last frame lacked to what the next build holds.
  void keep(const Fonts& fonts);
  // After a build: every character asked for that the atlas still lacks either has its page
  // asked for (the platform fetches it; FrameOut::glyph_pages) or is settled as unavailable.
  void ask_for_pages(const Fonts& fonts, double now);
  // Keeps what the last frame waited for, until the rebuild after its page comes.
  void note_awaited(const Fonts& fonts);
  bool awaiting_glyphs() const;
  GlyphPages& pages() { return pages_; }
  const GlyphPages& pages() const { return pages_; }

 private:
  void sync_pages(const FontBytes& bytes);
  void keep_only_drawn(const Fonts& out, ImVector<ImU32>& body, ImVector<ImU32>& display);
  // The ranges of `set` that fall in page `page`, for a page font merged under the subset.
  const ImWchar* page_ranges(const ImVector<ImU32>& set, int page, bool display);
  std::map<int, ImVector<ImWchar>> page_body_ranges_, page_display_ranges_;
  GlyphPages pages_;
  std::string index_seen_;
  ImVector<ImU32> settled_;
  ImVector<ImU32> awaited_;  // characters on screen whose page is on its way (bitset)
  ImVector<ImWchar> body_ranges_, display_ranges_;
  ImVector<ImU32> shown_;      // on demand: characters body text has needed so far (bitset)
  ImVector<ImU32> declared_;   // every character of the interface and the content (bitset)
  ImVector<ImU32> shipped_;    // every character the shipped font's files hold (bitset)
  size_t shipped_size_ = 0;    // the files shipped_ was read from (their sizes)
  ImVector<ImU32> requested_;  // characters display sizes have been asked for (bitset)
};

}  // namespace dt::ui
