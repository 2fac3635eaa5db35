// Applies the theme to Dear ImGui's style: no window chrome, thin scrollbars, theme colours.
#pragma once
#include "core/theme.h"

namespace dt::ui {
void apply_style(const Theme& theme, float scale);
}
