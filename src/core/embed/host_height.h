// The height told to a page that embeds the widget (it sizes its frame to it), by a rule that
// cannot depend on a visitor's answers (issue 30):
//  - In the self-check and the quick questions (every place whose content can change with an
//    answer: a verdict's wording, a plan's length, whether the quick questions were done) the
//    host is told one fixed height on the way in, the same for every visitor, and the pages
//    scroll inside the frame.
//  - Elsewhere, once per place: the height of the place's first settled frame (the same two
//    frames running, fonts in), and nothing more while the visitor stays — opening a folded
//    list or switching text size scrolls inside the frame. So no one-frame spike of an
//    unsettled layout is ever told either.
// What it does depend on: the place, the frame's width, and the display settings (text size,
// language), which are the visitor's view of the page, not their answers.
#pragma once
#include <string>
#include <string_view>

namespace dt {

class HostHeight {
 public:
  // The self-check's one height, CSS px: a phone's screen, roomy on a desktop.
  static constexpr int kSelfCheckHeight = 760;
  // Each drawn frame: the place shown, whether it is in the self-check or the quick questions,
  // the content's height (CSS px) and whether the frame is settled. Returns the height to tell
  // now, or -1.
  int frame(std::string_view place, bool answers_shown, int content_height, bool settled);

 private:
  std::string place_;
  int seen_ = -1;     // the last settled height at this place
  bool done_ = false; // this place's height was decided
  int told_ = -1;
};

}  // namespace dt
