// Where a paragraph may wrap, by Unicode line breaking (UAX #14) with ICU's Chinese rules:
// no line starts with 。，、）」 and the like, English words stay whole.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/locale.h"

namespace dt {

// Byte offsets into `utf8` after which a line may end (the last is utf8.size()), plus which
// of them are mandatory (a newline). Falls back to a simple rule when ICU is not ready.
struct BreakPoint {
  size_t offset;
  bool mandatory;
};
std::vector<BreakPoint> line_breaks(std::string_view utf8, Locale locale);

// Greedy wrapping over the break points: `measure(begin, end)` returns the drawn width of
// utf8[begin, end). Returns [begin, end) byte ranges of each line, with trailing spaces and
// newlines trimmed. A single unbreakable run wider than `max_width` is split by character.
struct LineRange {
  size_t begin, end;
};
template <class Measure>
std::vector<LineRange> wrap_lines(std::string_view utf8, Locale locale, float max_width, Measure measure);

}  // namespace dt

#include "core/text/line_break_inl.h"
