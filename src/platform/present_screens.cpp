#include "platform/present_screens.h"

namespace dt {

ui::PresentDraw present_screens(bool speaker) { return speaker ? &ui::draw_speaker_view : &ui::draw_presentation; }

}  // namespace dt
