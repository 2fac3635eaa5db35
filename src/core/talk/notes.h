// The speaker's notes for a slide, written from the content in the speaker's language: what
// to say, where the figure comes from, and which claims are only an officer's general remark
// (to be said as such, never as this case's chain).
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/strings.h"
#include "core/talk/talk.h"

namespace dt {

struct NoteLine {
  enum class Kind { Say, Figure, Source, Officer, Answer, Advice } kind = Kind::Say;
  std::string text;
};

std::vector<NoteLine> slide_notes(const Content& content, const StringTable& words, const Slide& slide, int step,
                                  Locale l);

// "Publisher · date: headline" for a source, in `l`.
std::string source_line(const Source& s, Locale l);

}  // namespace dt
