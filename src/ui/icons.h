// Simple vector icons drawn with ImGui draw lists on a common 24-unit grid (no icon font is
// small enough to ship offline). All icons live here so they share one stroke and style.
#pragma once
#include <imgui.h>

namespace dt::ui {

enum class Icon { Home, Stories, Flow, Shield, Globe, Back, Chevron, Lock, Phone, Clock, TextSize, Contrast, Speaker, Person, Chat, Warning, Scissors, ZoomIn, ZoomOut, Fit, Close, Restart, Play, Pause };

// Draws `icon` centred at `center`, `size` pixels across, in `color`.
void draw_icon(ImDrawList* dl, Icon icon, ImVec2 center, float size, ImU32 color);

}  // namespace dt::ui
