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
// Whether a card `width` wide has room for its icon beside the text (else the icon goes above).
bool entry_card_fits_sideways(const UiContext& ctx, float width);
float entry_card_height(const UiContext& ctx, std::string_view title, std::string_view body, float width,
                        bool horizontal);

// Heights of the two kinds of button: a touch target at least, and room for their text.
float button_height(const UiContext& ctx);
float quiet_button_height(const UiContext& ctx);

// Filled accent button: the one primary action of a screen.
bool primary_button(const UiContext& ctx, const char* id, std::string_view label, float width = 0);
// Quiet button with optional leading icon (back, language switch). `spoken` names it for the
// screen-reader mirror when the label shown is a short form.
bool quiet_button(const UiContext& ctx, const char* id, std::string_view label, Icon icon, bool icon_only = false,
                  std::string_view spoken = {});
float quiet_button_width(const UiContext& ctx, std::string_view label, bool icon_only = false);

// A heading (drawn like a paragraph; announced as a heading of `level` by the mirror).
void heading(const UiContext& ctx, std::string_view text, int level, ImFont* font, Rgb color, float max_width,
             float line_factor = 1.3f);

// One line of `text` at `pos`, `scale` times the font's size; and its width. Every string the
// UI draws goes through these or the paragraph functions, so a glyph the atlas lacks is
// always noticed (see Fonts).
void draw_text(const UiContext& ctx, ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
               float scale = 1);
float text_width(const UiContext& ctx, ImFont* font, std::string_view text);

// `text` if it fits in `max_width`, else as much of it as fits followed by "…".
std::string fit_text(FontUse f, std::string_view text, float max_width);

// Places the next control of a row of buttons beside the last one when `next_width` more
// fits before `right` (screen x), else at the start of the next line: rows wrap, never clip.
void next_in_row(const UiContext& ctx, float next_width, float right);

// Rounded ring around the last item when it has keyboard focus.
void focus_ring(const UiContext& ctx, float rounding);

}  // namespace dt::ui
