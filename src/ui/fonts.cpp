#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextChar{From,To}Utf8

#include <cstdint>

#include "core/theme.h"

namespace dt::ui {

namespace {

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

ImFont* add(const std::string& data, float em_px, const ImWchar* ranges) {
  const float px = em_px * line_box_per_em(data);
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in UiApp for the app's lifetime
  cfg.OversampleH = 1;               // CJK glyphs gain little from horizontal oversampling
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()),
                                                    px, &cfg, ranges);
}
}  // namespace

FontUse use_font(const Fonts& fonts, ImFont* f, std::string_view text) {
  if (!fonts.is_display(f)) return {f, f->FontSize};
  bool complete = true;
  for (const char* p = text.data(); p < text.data() + text.size();) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, text.data() + text.size());
    if (n <= 0) break;
    p += n;
    if (c >= 0x20 && c <= 0xFFFF && !f->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
      fonts.missing.push_back(static_cast<ImWchar>(c));
      complete = false;
    }
  }
  return complete ? FontUse{f, f->FontSize} : FontUse{fonts.body_bold, f->FontSize};
}

namespace {
void build_ranges(const std::vector<std::string_view>& texts, ImVector<ImWchar>& ranges) {
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());
  for (auto t : texts) builder.AddText(t.data(), t.data() + t.size());
  builder.AddText("…·→←✓✕");
  ranges.clear();
  builder.BuildRanges(&ranges);
}
}  // namespace

bool build_fonts(const FontBytes& bytes, const std::vector<std::string_view>& body_texts,
                 const std::vector<std::string_view>& display_texts, float scale, Fonts& out) {
  if (bytes.regular.empty() || bytes.bold.empty()) return false;
  auto* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  // Only the characters the widget can show: the atlas stays small enough for phones. The
  // atlas keeps pointers to the ranges until the next rebuild, hence static storage.
  static ImVector<ImWchar> body_ranges, display_ranges;
  build_ranges(body_texts, body_ranges);
  build_ranges(display_texts, display_ranges);

  const TypeScale type;
  out.caption = add(bytes.regular, type.caption * scale, body_ranges.Data);
  out.body = add(bytes.regular, type.body * scale, body_ranges.Data);
  out.body_bold = add(bytes.bold, type.body * scale, body_ranges.Data);
  out.subhead = add(bytes.bold, type.subhead * scale, display_ranges.Data);
  out.heading = add(bytes.bold, type.heading * scale, display_ranges.Data);
  out.title = add(bytes.bold, type.title * scale, display_ranges.Data);
  out.missing.clear();
  atlas->TexDesiredWidth = 4096;
  if (!out.caption || !out.body || !out.title || !atlas->Build()) return false;
  ImGui::GetIO().FontDefault = out.body;
  out.line_box_per_em = line_box_per_em(bytes.regular);
  return true;
}

}  // namespace dt::ui
