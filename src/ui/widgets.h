// The few building blocks every screen uses: wrapped paragraphs (ICU line breaking), cards,
// buttons and the keyboard focus ring. Drawn with draw lists so they look like a consumer
// product rather than ImGui's default widgets, while staying ImGui items (keyboard, nav).
#pragma once
#include <string>
#include <string_view>

#include "ui/context.h"
#include "core/text/line_break.h"
#include "ui/icons.h"

namespace dt::ui {

// Line breaks of `text` at `max_width` (ICU, cached): begin/end byte offsets per line.
const std::vector<LineRange>& wrap_text(const UiContext& ctx, std::string_view text, FontUse f, float max_width);

// Forgets cached line breaks; called when fonts are rebuilt (glyph widths change).
void clear_text_layout_cache();

// Height a paragraph takes when wrapped to `max_width` (line height = factor x font size).
float paragraph_height(const UiContext& ctx, std::string_view text, ImFont* font, float max_width,
                       float line_factor = 1.5f);
// Draws a wrapped paragraph at `pos` without touching the layout cursor.
void draw_paragraph(const UiContext& ctx, ImDrawList* dl, ImVec2 pos, std::string_view text, ImFont* font,
                    Rgb color, float max_width, float line_factor = 1.5f);
// Draws it at the cursor and advances the layout.
void paragraph(const UiContext& ctx, std::string_view text, ImFont* font, Rgb color, float max_width,
               float line_factor = 1.5f);

// A tappable card with an icon badge, a title and a short description.
bool entry_card(const UiContext& ctx, const char* id, Icon icon, std::string_view title, std::string_view body,
                ImVec2 size, bool horizontal);
float entry_card_height(const UiContext& ctx, std::string_view title, std::string_view body, float width,
                        bool horizontal);

// Filled accent button: the one primary action of a screen.
bool primary_button(const UiContext& ctx, const char* id, std::string_view label, float width = 0);
// Quiet button with optional leading icon (back, language switch).
bool quiet_button(const UiContext& ctx, const char* id, std::string_view label, Icon icon, bool icon_only = false);
float quiet_button_width(const UiContext& ctx, std::string_view label, bool icon_only = false);

// A heading (drawn like a paragraph; announced as a heading of `level` by the mirror).
void heading(const UiContext& ctx, std::string_view text, int level, ImFont* font, Rgb color, float max_width,
             float line_factor = 1.3f);

// `text` if it fits in `max_width`, else as much of it as fits followed by "…".
std::string fit_text(FontUse f, std::string_view text, float max_width);

// Rounded ring around the last item when it has keyboard focus.
void focus_ring(const UiContext& ctx, float rounding);

}  // namespace dt::ui
