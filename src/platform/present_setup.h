// Both platforms start presenter mode the same way: talk.json (beside kiosk.json) checked
// against the content — a missing file is the default talk, not a problem — then the talk.
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"
#include "ui/ui_app.h"

namespace dt {

// Returns talk.json's problems (also shown in the speaker's window), for the platform's log.
std::string start_present(ui::UiApp& app, bool speaker, const std::string& talk_path, int slide, int step);
// A key press (GLFW's key code and modifiers) as a clicker's or the keyboard's request to
// the talk: PageDown/PageUp, arrows and Space step, B or '.' blanks, F5 starts again (not
// Shift+F5), Escape, Enter and Backspace, digits, N the notes, L the language.
void present_key_from_glfw(ui::UiApp& app, int key, int mods);
// The problems of the talk.json at `talk_path` for the content checkers (none if it is absent).
std::vector<std::string> check_talk_file(const Content& content, const std::string& talk_path);

}  // namespace dt
