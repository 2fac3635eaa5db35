#include "ui/font_cmap.h"

// Dear ImGui's own copy of stb_truetype, compiled here as private functions: only its cmap
// lookup is used.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace dt::ui {

void add_cmap(std::string_view font, ImVector<ImU32>& bits) {
  constexpr int kWords = 0x10000 / 32;
  if (bits.Size < kWords) {
    const int old = bits.Size;
    bits.resize(kWords);
    for (int i = old; i < kWords; ++i) bits[i] = 0;
  }
  if (font.empty()) return;
  const auto* data = reinterpret_cast<const unsigned char*>(font.data());
  stbtt_fontinfo info;
  const int offset = stbtt_GetFontOffsetForIndex(data, 0);
  if (offset < 0 || !stbtt_InitFont(&info, data, offset)) return;
  for (int c = 0x20; c < 0x10000; ++c)
    if (stbtt_FindGlyphIndex(&info, c) != 0) bits[c >> 5] |= 1u << (c & 31);
}

}  // namespace dt::ui
