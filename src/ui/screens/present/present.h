// Presenter mode (present.html, --present): a talk's slides drawn by the widget for a
// projector, the speaker's own window (notes, the next slide, a timer), and the keys of a
// presentation clicker. The talk itself (which slides, the position) is core/talk.
#pragma once
#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

#include "core/flow/view.h"
#include "core/talk/presenter.h"
#include "ui/context.h"

namespace dt::ui {

// What a clicker or the keyboard asks of a talk. The platform hands each key press over as
// an event (UiApp::present_key), not as a key's state read in a frame: two presses within one
// slow frame are two steps, never one.
enum class PresentKey { Next, Previous, Blank, Restart, Escape, Enter, Backspace, Digit, Notes, Language };

struct PresentMode;
// Draws presenter mode's window (draw_presentation or draw_speaker_view). The app reaches the
// screens only through this pointer, handed over by the platform (platform/present_screens.cpp),
// so a build without presenter mode — the public widget's — links none of their code.
using PresentDraw = void (*)(const UiContext& ctx, PresentMode& m);

// What presenter mode keeps between frames (owned by UiApp).
struct PresentMode {
  bool on = false;
  PresentDraw draw = nullptr;
  bool speaker = false;  // this window is the speaker's (present.html?speaker)
  bool notes = false;    // the projector's window shows the notes too (one screen: N)
  Presenter presenter;
  std::vector<std::string> problems;  // talk.json's, shown in the speaker's window
  double timer_start = -1;            // when the talk's first step was taken (platform clock)
  FlowView views[2];                  // the diagrams of the two slides a window may draw
  int views_of[2] = {-1, -1};         // which slide each view was last fitted for
  std::vector<std::pair<PresentKey, int>> keys;  // pressed since the last frame (and the digit)
  bool overflow = false;  // the projector's slide ran past the screen's foot (tests; never expected)
};

// A slide is laid out on a canvas 432 logical px tall whatever the screen, so its type is a
// fixed share of the screen's height: body 16 px em is 3.7 % (cap height ~2.7 %), titles
// 32 px em 7.4 % (cap height ~5.4 %) — read from the back of a hall. Width follows the
// screen, 576 at least (4:3).
inline constexpr float kSlideHeight = 432, kSlideMinWidth = 576;
// Display px per canvas px for a window of `display` px, the slide filling it.
float slide_scale(ImVec2 display);

// Draws slide `slide` at `step` into [min, max] (display px). `main_view`: the projector's
// slide, told to the screen-reader mirror; otherwise a smaller copy (the speaker's window).
// `slot` keeps the two diagrams a window may draw apart.
void draw_slide(const UiContext& ctx, PresentMode& m, int slide, int step, ImVec2 min, ImVec2 max, bool main_view,
                int slot);
void draw_presentation(const UiContext& ctx, PresentMode& m);
void draw_speaker_view(const UiContext& ctx, PresentMode& m);
// The keys pressed since the last frame (both windows), in order. Returns whether anything moved.
bool present_keys(const UiContext& ctx, PresentMode& m);
// The speaker's notes for the slide shown, laid out in [x, x + w] from y, `font` at `k` times
// its size; returns the height.
float draw_notes(const UiContext& ctx, const PresentMode& m, ImVec2 pos, float w, ImFont* font, float k = 1);

}  // namespace dt::ui
