// Presenter mode's screens, as a build has them: the desktop app and present.html's bundle link
// present_screens.cpp; the public widget's bundle links present_screens_none.cpp, so none of
// the slides' or the speaker's code is in what every visitor downloads (CMake chooses).
#pragma once
#include "ui/screens/present/present.h"

namespace dt {

// The projector's window or the speaker's; null in a build without presenter mode.
ui::PresentDraw present_screens(bool speaker);

}  // namespace dt
