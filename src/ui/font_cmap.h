// Which characters a font file itself holds (its cmap), whatever an atlas has rasterised so
// far: the glyph pages are fetched for the content's characters the shipped font lacks, not
// for those it has but has not drawn yet.
#pragma once
#include <imgui.h>

#include <string_view>

namespace dt::ui {

// Sets the bit of every code point U+0020..U+FFFF `font` (OpenType, one face) has a glyph for;
// `bits` is a bitset of 65536 bits (2048 words), grown if smaller.
void add_cmap(std::string_view font, ImVector<ImU32>& bits);

}  // namespace dt::ui
