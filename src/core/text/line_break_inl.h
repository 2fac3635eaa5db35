// Template part of line_break.h (kept apart so the header reads as an interface).
#pragma once

namespace dt {

namespace detail {
size_t trim_line_end(std::string_view s, size_t begin, size_t end);
size_t utf8_next(std::string_view s, size_t i);
}  // namespace detail

template <class Measure>
std::vector<LineRange> wrap_lines(std::string_view utf8, Locale locale, float max_width, Measure measure) {
  std::vector<LineRange> lines;
  const auto breaks = line_breaks(utf8, locale);
  size_t line_begin = 0, last_fit = 0;  // last_fit: furthest break that still fits on this line
  for (const auto& bp : breaks) {
    const size_t trimmed = detail::trim_line_end(utf8, line_begin, bp.offset);
    if (measure(line_begin, trimmed) <= max_width) {
      last_fit = bp.offset;
    } else {
      if (last_fit > line_begin) {
        lines.push_back({line_begin, detail::trim_line_end(utf8, line_begin, last_fit)});
        line_begin = last_fit;
      }
      // The run from line_begin to this break may still be too wide on its own: cut it by character.
      while (measure(line_begin, detail::trim_line_end(utf8, line_begin, bp.offset)) > max_width) {
        size_t cut = detail::utf8_next(utf8, line_begin);
        for (size_t next = detail::utf8_next(utf8, cut); next <= bp.offset && measure(line_begin, next) <= max_width;
             next = detail::utf8_next(utf8, next))
          cut = next;
        if (cut >= bp.offset) break;
        lines.push_back({line_begin, cut});
        line_begin = cut;
      }
      last_fit = bp.offset;
    }
    if (bp.mandatory) {
      lines.push_back({line_begin, detail::trim_line_end(utf8, line_begin, bp.offset)});
      line_begin = last_fit = bp.offset;
    }
  }
  if (line_begin < utf8.size()) lines.push_back({line_begin, detail::trim_line_end(utf8, line_begin, utf8.size())});
  return lines;
}

}  // namespace dt
