// Hands ICU its data. The widget ships a lean data file (line breaking, plurals and number
// formats for zh and en only) that the build embeds in the binary, so native and web use the
// very same data and no file system is needed in the browser.
#pragma once
#include <string>

namespace dt {

// Idempotent. Returns false with a message if ICU refuses the data; text then falls back to
// breaking at spaces and between CJK characters (still readable, never a crash).
bool init_icu(std::string& error);
bool icu_ready();

}  // namespace dt
