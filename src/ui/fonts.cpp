#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextChar{From,To}Utf8

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/theme.h"
#include "ui/font_cmap.h"

namespace dt::ui {

namespace {

// [SECTION] Font tables
uint32_t be(const std::string& d, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(d[at + static_cast<size_t>(i)]);
  return v;
}

// ImGui sizes a font by its line box (hhea ascent - descent), CSS and designers by its em.
// For Noto CJK the line box is ~1.45 em, so "16 px" in ImGui would read like 11 px in a
// browser. This returns line-box / em from the font's own tables (1 if they can't be read).
float line_box_per_em(const std::string& d) {
  if (d.size() < 12) return 1.0f;
  const uint32_t tables = be(d, 4, 2);
  uint32_t head = 0, hhea = 0;
  for (uint32_t i = 0; i < tables && 12 + 16 * (i + 1) <= d.size(); ++i) {
    const size_t rec = 12 + 16 * static_cast<size_t>(i);
    const std::string tag = d.substr(rec, 4);
    if (tag == "head") head = be(d, rec + 8, 4);
    if (tag == "hhea") hhea = be(d, rec + 8, 4);
  }
  if (!head || !hhea || head + 20 > d.size() || hhea + 8 > d.size()) return 1.0f;
  const float units_per_em = static_cast<float>(be(d, head + 18, 2));
  const auto ascent = static_cast<int16_t>(be(d, hhea + 4, 2));
  const auto descent = static_cast<int16_t>(be(d, hhea + 6, 2));
  const float ratio = static_cast<float>(ascent - descent) / units_per_em;
  return units_per_em > 0 && ratio > 0.5f && ratio < 3.0f ? ratio : 1.0f;
}

ImFont* add_px(const std::string& data, float px, const ImWchar* ranges, bool merge_into_last) {
  ImFontConfig cfg;
  cfg.MergeMode = merge_into_last;  // ImGui keeps glyphs already there: the subset's come first
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in UiApp for the app's lifetime
  cfg.OversampleH = 1;               // CJK glyphs gain little from horizontal oversampling
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()),
                                                    px, &cfg, ranges);
}

// Glyphs rasterised at `ratio` of their size, drawn at full size: every metric grows back.
void grow(ImFont* f, float by) {
  f->FontSize *= by;
  f->Ascent *= by;
  f->Descent *= by;
  for (ImFontGlyph& g : f->Glyphs) {
    g.X0 *= by;
    g.Y0 *= by;
    g.X1 *= by;
    g.Y1 *= by;
    g.AdvanceX *= by;
  }
  f->BuildLookupTable();
}

// [SECTION] Character sets, as the bitsets ImGui's range builder keeps.
constexpr int kBmpWords = 0x10000 / 32;

ImVector<ImU32> chars_of(const std::vector<std::string_view>& texts) {
  ImFontGlyphRangesBuilder b;
  for (auto t : texts) b.AddText(t.data(), t.data() + t.size());
  return b.UsedChars;
}

void merge(ImVector<ImU32>& into, const ImVector<ImU32>& from) {
  if (into.Size < kBmpWords) {
    into.resize(kBmpWords);
    std::fill(into.begin(), into.end(), 0u);
  }
  for (int i = 0; i < std::min(from.Size, kBmpWords); ++i) into[i] |= from[i];
}

size_t count(const ImVector<ImU32>& set) {
  size_t n = 0;
  for (ImU32 w : set)
    for (; w; w &= w - 1) ++n;
  return n;
}

void to_ranges(const ImVector<ImU32>& set, ImVector<ImWchar>& ranges) {
  ImFontGlyphRangesBuilder b;
  b.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Latin, always
  b.AddText("…·→←✓✕");
  for (int i = 0; i < std::min(set.Size, kBmpWords); ++i)
    for (ImU32 w = set[i]; w; w &= w - 1) {
      int bit = 0;
      while (!(w & (1u << bit))) ++bit;
      // No glyph for a control character: ImGui's range list ends at the first 0, so a U+0000
      // in any text once emptied every font (and crashed the widget for every visitor).
      if (const int c = i * 32 + bit; c >= 0x20 && c != 0x7F) b.AddChar(static_cast<ImWchar>(c));
    }
  ranges.clear();
  b.BuildRanges(&ranges);
}

void mark(ImVector<ImU32>& set, ImWchar c) {
  if (c < 0x20) return;  // never drawn (see to_ranges)
  if (set.Size < kBmpWords) merge(set, ImVector<ImU32>());
  set[c >> 5] |= 1u << (c & 31);
}

// Pixels `n` glyphs take at `em` px, with ImGui's padding (most CJK glyphs fill their em).
double glyph_area(size_t n, float em) { return static_cast<double>(n) * (0.95 * em + 2) * (0.95 * em + 2); }

}  // namespace

// [SECTION] Drawing with what the atlas holds
void Fonts::begin_frame() const {
  missing_body.clear();
  missing_display.clear();
  awaited.clear();
  incomplete = false;
  if (residency != Residency::Full) std::fill(drawn.begin(), drawn.end(), 0u);
}

FontUse use_font(const Fonts& fonts, ImFont* f, std::string_view text) {
  const bool display = fonts.is_display(f);
  const bool on_demand = fonts.residency != Residency::Full;
  if (!display && !on_demand) return {f, f->FontSize};
  bool complete = true, stand_in = display;
  for (const char* p = text.data(); p < text.data() + text.size();) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, text.data() + text.size());
    if (n <= 0) break;
    p += n;
    if (c < 0x20 || c > 0xFFFF) continue;
    const auto ch = static_cast<ImWchar>(c);
    if (on_demand && fonts.drawn.size() == kBmpWords / 2) fonts.drawn[ch >> 6] |= uint64_t{1} << (ch & 63);
    if (f->FindGlyphNoFallback(ch) || fonts.note_missing(ch, display)) continue;
    complete = false;
    if (display && !fonts.body_bold->FindGlyphNoFallback(ch)) stand_in = false;
  }
  if (complete) return {f, f->FontSize};
  if (stand_in) return {fonts.body_bold, f->FontSize};
  fonts.incomplete = true;  // a fallback glyph would show: this frame is not presented
  return {f, f->FontSize};
}

void check_glyphs(const Fonts& fonts, ImFont* f, std::string_view text) {
  if (fonts.is_display(f) || fonts.residency != Residency::Full) return;  // use_font sees these
  for (const char* p = text.data(); p < text.data() + text.size();) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, text.data() + text.size());
    if (n <= 0) break;
    p += n;
    if (c < 0x20 || c > 0xFFFF || f->FindGlyphNoFallback(static_cast<ImWchar>(c))) continue;
    if (fonts.note_missing(static_cast<ImWchar>(c), false)) continue;
    fonts.incomplete = true;
  }
}

bool Fonts::note_missing(ImWchar c, bool display) const {
  if (may_come(c)) {
    (display ? missing_display : missing_body).push_back(c);
    return false;
  }
  if (pages && pages->state_of(c) == GlyphPages::State::Requested) awaited.push_back(c);
  return true;
}

bool Fonts::may_come(ImWchar c) const {
  if (settled && c >> 5 < settled->Size && ((*settled)[c >> 5] >> (c & 31) & 1u)) return false;
  return !pages || pages->state_of(c) != GlyphPages::State::Requested;
}

bool Fonts::can_draw(unsigned int c) const {
  if (c > 0xFFFF) return false;
  if (body && body->FindGlyphNoFallback(static_cast<ImWchar>(c))) return true;
  if (!pages) return false;
  const auto state = pages->state_of(c);
  return state == GlyphPages::State::Available || state == GlyphPages::State::Requested;
}

// [SECTION] Building
void FontAtlas::sync_pages(const FontBytes& bytes) {
  if (bytes.page_index != index_seen_) {
    pages_.set_index(bytes.page_index);
    index_seen_ = bytes.page_index;
  }
  // What the shipped font holds (its first part and, once here, the rest): read from the files
  // when they change, not from what has been rasterised.
  const auto rest = bytes.pages.find(GlyphPages::kRest);
  const size_t shipped = bytes.regular.size() + (rest != bytes.pages.end() ? rest->second.regular.size() : 0);
  if (shipped != shipped_size_) {
    shipped_size_ = shipped;
    shipped_.clear();
    add_cmap(bytes.regular, shipped_);
    if (rest != bytes.pages.end()) add_cmap(rest->second.regular, shipped_);
  }
  if (bytes.rest_expected) pages_.expect_rest();
  for (const auto& entry : bytes.pages) pages_.have(entry.first);  // came with the app's files
}

// Too much has been shown since the last build to fit: keep only what the last frame drew.
void FontAtlas::keep_only_drawn(const Fonts& out, ImVector<ImU32>& body, ImVector<ImU32>& display) {
  ImVector<ImU32> drawn;
  merge(drawn, ImVector<ImU32>());
  for (size_t i = 0; i < out.drawn.size(); ++i) {
    drawn[static_cast<int>(2 * i)] = static_cast<ImU32>(out.drawn[i]);
    drawn[static_cast<int>(2 * i + 1)] = static_cast<ImU32>(out.drawn[i] >> 32);
  }
  body = drawn;
  shown_ = body;
  ImVector<ImU32> kept_display;
  merge(kept_display, ImVector<ImU32>());
  for (int i = 0; i < requested_.Size && i < drawn.Size; ++i) kept_display[i] = requested_[i] & drawn[i];
  requested_ = kept_display;
  display = kept_display;
}

void FontAtlas::keep(const Fonts& fonts) {
  for (ImWchar c : fonts.missing_body) mark(shown_, c);
  for (ImWchar c : fonts.missing_display) mark(requested_, c);
}

bool FontAtlas::build(const FontBytes& bytes, const GlyphSources& sources, float device_scale, float text_scale,
                      int max_texture, Fonts& out) {
  if (bytes.regular.empty() || bytes.bold.empty()) return false;
  sync_pages(bytes);
  const TypeScale type = TypeScale{}.at(text_scale);
  const float body_em[3] = {type.caption * device_scale, type.body * device_scale, type.body * device_scale};
  const float display_em[3] = {type.subhead * device_scale, type.heading * device_scale, type.title * device_scale};
  const int side = std::clamp(max_texture, 512, 4096);
  const double budget = 0.75 * side * side;  // what rectangle packing leaves usable
  auto area = [&](const ImVector<ImU32>& body, const ImVector<ImU32>& display, float ratio) {
    double a = 0;
    for (float em : body_em) a += glyph_area(count(body), em * ratio);
    for (float em : display_em) a += glyph_area(count(display), em * ratio);
    return a;
  };

  ImVector<ImU32> body = chars_of(sources.interface_texts);
  merge(body, chars_of(sources.content_texts));
  declared_ = body;
  merge(body, shown_);  // anything drawn that neither list declared
  ImVector<ImU32> display = chars_of(sources.display_texts);
  merge(display, requested_);
  Residency residency = Residency::Full;
  if (area(body, display, 1) > budget) {
    // Body text whole and display sizes with the titles: a phone at 2x keeps every body
    // glyph, and only a new heading costs a rebuild.
    display = chars_of(sources.title_texts);
    merge(display, requested_);
  }
  if (area(body, display, 1) > budget) {
    // On demand: what screens have shown (the first frame of a new screen asks for the rest).
    residency = Residency::OnDemand;
    merge(shown_, ImVector<ImU32>());
    body = shown_;
    display = requested_;
    if (area(body, display, 1) > budget) keep_only_drawn(out, body, display);
  }
  float ratio = 1;
  if (area(body, display, 1) > budget) {
    residency = Residency::Reduced;
    ratio = static_cast<float>(std::sqrt(budget / area(body, display, 1)));
  }
  to_ranges(body, body_ranges_);
  to_ranges(display, display_ranges_);
  page_body_ranges_.clear();
  page_display_ranges_.clear();

  auto* atlas = ImGui::GetIO().Fonts;
  // The estimate is an estimate: if the packed atlas still exceeds the texture, shrink.
  for (int attempt = 0; attempt < 6; ++attempt) {
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // WebGL2 takes any height: save the rest
    atlas->TexDesiredWidth = side;
    // Each size is the subset plus, merged under it, the fetched pages' characters it needs.
    auto add = [&](bool bold, float em, bool is_display) {
      const std::string& base = bold ? bytes.bold : bytes.regular;
      const float px = em * line_box_per_em(base);
      ImFont* f = add_px(base, px, (is_display ? display_ranges_ : body_ranges_).Data, false);
      for (const auto& [page, faces] : bytes.pages)
        if (const ImWchar* r = page_ranges(is_display ? display : body, page, is_display); f && r)
          add_px(bold ? faces.bold : faces.regular, px, r, true);
      return f;
    };
    ImFont* fonts[6] = {add(false, body_em[0] * ratio, false), add(false, body_em[1] * ratio, false),
                        add(true, body_em[2] * ratio, false),  add(true, display_em[0] * ratio, true),
                        add(true, display_em[1] * ratio, true), add(true, display_em[2] * ratio, true)};
    for (ImFont* f : fonts)
      if (!f) return false;
    if (!atlas->Build()) return false;
    if (atlas->TexWidth <= side && atlas->TexHeight <= side) {
      if (ratio < 1)
        for (ImFont* f : fonts) grow(f, 1 / ratio);
      out.caption = fonts[0];
      out.body = fonts[1];
      out.body_bold = fonts[2];
      out.subhead = fonts[3];
      out.heading = fonts[4];
      out.title = fonts[5];
      break;
    }
    residency = Residency::Reduced;
    ratio *= 0.85f;
    if (attempt == 5) return false;
  }
  out.residency = residency;
  out.raster_ratio = ratio;
  merge(settled_, ImVector<ImU32>());
  out.settled = &settled_;
  out.pages = &pages_;
  out.drawn.assign(residency == Residency::Full ? 0 : kBmpWords / 2, 0);
  out.begin_frame();
  ImGui::GetIO().FontDefault = out.body;
  out.line_box_per_em = line_box_per_em(bytes.regular);
  return true;
}

const ImWchar* FontAtlas::page_ranges(const ImVector<ImU32>& set, int page, bool display) {
  if (page == GlyphPages::kRest) return (display ? display_ranges_ : body_ranges_).Data;  // any character
  auto& store = display ? page_display_ranges_ : page_body_ranges_;
  if (auto it = store.find(page); it != store.end()) return it->second.Data;
  ImFontGlyphRangesBuilder b;
  bool any = false;
  for (int i = page * 8; i < page * 8 + 8 && i < set.Size; ++i)
    for (ImU32 w = set[i]; w; w &= w - 1) {
      int bit = 0;
      while (!(w & (1u << bit))) ++bit;
      b.AddChar(static_cast<ImWchar>(i * 32 + bit));
      any = true;
    }
  ImVector<ImWchar>& ranges = store[page];
  if (any) b.BuildRanges(&ranges);
  return any ? ranges.Data : nullptr;
}

// Only characters a frame asked for (shown_, requested_) are waited for; pages for the rest
// of the content's characters are fetched without holding any screen (ask_for_pages).
void FontAtlas::note_awaited(const Fonts& fonts) {
  for (ImWchar c : fonts.awaited) {
    mark(awaited_, c);
    mark(shown_, c);  // so the build after its page comes holds it, and ask_for_pages sees it
  }
}

bool FontAtlas::awaiting_glyphs() const {
  for (ImU32 w : awaited_)
    if (w) return true;
  return false;
}

void FontAtlas::ask_for_pages(const Fonts& fonts, double now) {
  awaited_.clear();
  if (!fonts.body || !fonts.title) return;
  auto ask = [&](const ImVector<ImU32>& set, const ImFont* f) {
    for (int i = 0; i < std::min(set.Size, kBmpWords); ++i)
      for (ImU32 w = set[i]; w; w &= w - 1) {
        int bit = 0;
        while (!(w & (1u << bit))) ++bit;
        const auto c = static_cast<ImWchar>(i * 32 + bit);
        if (c < 0x20 || f->FindGlyphNoFallback(c)) continue;
        if (pages_.want(c, now)) mark(awaited_, c);
        else mark(settled_, c);  // no page has it, or its page came (or failed) without it
      }
  };
  ask(shown_, fonts.body);
  ask(requested_, fonts.title);
  // Every character any text of the content may need, whatever the visitor opens or answers:
  // asked for when the content loads (once the rest of the shipped font has come), so which
  // pages a server is asked for never depends on what a visitor chose (issue 30, M2). Nothing
  // waits for them until a screen shows one.
  for (int i = 0; i < std::min(declared_.Size, kBmpWords); ++i)
    for (ImU32 w = declared_[i]; w; w &= w - 1) {
      int bit = 0;
      while (!(w & (1u << bit))) ++bit;
      const auto c = static_cast<ImWchar>(i * 32 + bit);
      if (c >= 0x20 && !(shipped_[c >> 5] & (1u << (c & 31)))) pages_.want(c, now);
    }
}

}  // namespace dt::ui
