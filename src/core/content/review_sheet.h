// The review sheet: every claim the widget shows, in both languages, with the article it cites
// and what kind of claim it is — established by the article, an officer's general remark, or
// our own tip — laid out as printable pages (one per case, then the overview, the advice and
// the quiz) with a signature line, for the police officer who signs the content off.
// `datatrail --review-sheet out.html` writes it; toolchain/test checks it covers everything.
#pragma once
#include <string>

#include "core/content/model.h"

namespace dt {

// A complete HTML document (UTF-8). Every content text is escaped: nothing in a content file
// can become markup.
std::string review_sheet_html(const Content& content);

}  // namespace dt
