// Both platforms start kiosk mode the same way: read kiosk.json (a missing file is a note,
// not an error: the defaults make a working kiosk) and hand the settings to the app.
#pragma once
#include <string>

#include "ui/ui_app.h"

namespace dt {

// Returns the notes on the file (also shown in the operator panel), for the platform's log.
std::string start_kiosk(ui::UiApp& app, const std::string& config_path);

}  // namespace dt
