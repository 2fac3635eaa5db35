// One function per screen; each draws the whole canvas below the shared top bar.
#pragma once
#include "ui/context.h"

namespace dt::ui {

void draw_home(const UiContext& ctx);
// Cases, Flow and Quiz until their issues land: a titled screen saying what will be here.
void draw_section_placeholder(const UiContext& ctx);

// Top bar: back (when there is somewhere to go back to), screen title, language switch.
void draw_top_bar(const UiContext& ctx);
// Bottom tab bar on narrow screens, within thumb reach.
void draw_bottom_nav(const UiContext& ctx);
float bottom_nav_height(const UiContext& ctx);

// Horizontal extent of the reading column: centred, at most the theme's content width.
struct Column {
  float x, width;
};
Column content_column(const UiContext& ctx);

}  // namespace dt::ui
