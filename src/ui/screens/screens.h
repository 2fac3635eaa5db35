// One function per screen; each draws the whole canvas below the shared top bar.
#pragma once
#include <string_view>
#include <vector>

#include "ui/context.h"

namespace dt::ui {

void draw_home(const UiContext& ctx);
// The case stories as a grid of cards, and one case as a page.
void draw_case_list(const UiContext& ctx);
void draw_case_page(const UiContext& ctx);
// One police reminder: its words, where it comes from, the cases behind it.
void draw_reminder_page(const UiContext& ctx);
// A broken content set: what is wrong and where, for the organiser (both languages).
void draw_problems(const UiContext& ctx);
// Its built-in words (they must be in the glyph atlas even when the strings files are broken).
const char* problems_title();
std::vector<std::string_view> problems_screen_text();
// The data-flow diagram of the case in the place's item, or of the whole trade.
void draw_flow(const UiContext& ctx);
// The kiosk's attract loop: the diagram alone, fitted whole to the display above `bottom`
// px (the "touch to start" banner), the story's hop told in large type over it.
void draw_attract_flow(const UiContext& ctx, float bottom);
// The self-check: questions with feedback, then the action plan.
void draw_quiz(const UiContext& ctx);
// The spot-the-leak check before and after the self-check, and the visitor's own change.
void draw_check(const UiContext& ctx);

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
// The same for a window `avail` px wide (one about to be opened).
Column content_column(const UiContext& ctx, float avail);

}  // namespace dt::ui
