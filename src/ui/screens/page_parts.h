// Pieces the reading pages (case, reminder, problems) share: the reading column, section
// headings, tappable rows, role markers and the source citation.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"
#include "ui/context.h"
#include "ui/icons.h"

namespace dt::ui {

// The reading column (at most ~760 px, centred), entered `dy` below the cursor. While it
// lives every new line starts at its left edge (an ImGui group), whatever the page draws.
class Reading {
 public:
  Reading(const UiContext& ctx, float dy);
  ~Reading();
  Reading(const Reading&) = delete;
  Reading& operator=(const Reading&) = delete;
  float x = 0, width = 0;
};
void gap(const UiContext& ctx, float logical_px);
// The space after a page's last item, counted in the page's height (a gap alone is not).
void page_end(const UiContext& ctx, float logical_px);

// The item a page should show is gone (an old link, a removed case): say so, offer home.
void not_found(const UiContext& ctx, const char* message_key, float width);

void section_heading(const UiContext& ctx, std::string_view text, float width);

// A page that stays one place while its content changes step by step (the quiz's questions,
// the quick questions): `top_of_page` scrolls to the top when `page` differs from the last
// one. `reveal` brings what was drawn from screen y `from` to the cursor into view once per
// `key` (an answer's verdict and reason): scrolled just far enough to show all of it, but
// never past its first line, so it is read from the top, never mid-explanation.
void top_of_page(const UiContext& ctx, int page);

// On a portrait kiosk (a floor stand) a page shorter than the screen sits at its optical
// centre, a third of the free room above it, rather than at the top with the lower half empty
// (issue 28). Call centre_begin before drawing page `key`, centre_end with what it returned
// after (where the content starts); elsewhere they do nothing.
float centre_begin(const UiContext& ctx, int key);
void centre_end(const UiContext& ctx, int key, float content_top);

// "I'm done, clear my answers": on the plan and the quick questions' result. Every answer goes
// at once, no question asked; a kiosk ends the visit (AppState::finish_visit).
void finish_visit_button(const UiContext& ctx);
void reveal(const UiContext& ctx, int key, float from);

// A full-width tappable row: leading icon, wrapped text, trailing chevron.
bool link_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, float width);

// A full-width row that opens or folds what follows it (a button to a screen reader, named
// with its state): the icon, the label, and a chevron pointing down while folded, up while open.
bool disclosure_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, bool open, float width);

// A full-width row that switches something on or off (a checkbox to a screen reader): the
// icon, wrapped text and a switch drawn at the end, tinted while on.
bool toggle_row(const UiContext& ctx, const char* id, Icon icon, std::string_view text, bool on, float width);

// A pill in a row of choices (one chosen at a time: a radio to a screen reader). Wraps to
// the next line at `right` (screen x). Returns true when tapped.
bool chip(const UiContext& ctx, const char* id, std::string_view label, bool on, float left, float right);

// An answer to choose (the quiz, the spot-the-leak check): a radio dot or a check box, then
// the answer, as one large row. A chosen row is outlined.
bool answer_row(const UiContext& ctx, const char* id, std::string_view text, bool chosen, bool multiple, float w);

// Colour of a flow role (design brief); fraud rings get their own darker red.
// A role's name in the visitor's language ("中间商" / "Middleman").
const std::string& role_label(const UiContext& ctx, Role role);
Rgb role_color(Role role, std::string_view kind = {});
// A small coloured dot and the role's name, drawn at `pos`; returns the width used.
float draw_role_tag(const UiContext& ctx, ImDrawList* dl, ImVec2 pos, Role role);

// [SECTION] A tinted card of a few lines: the privacy promise, a reminder, quiz feedback, the
// headline figure, the problems notice. With an icon, it sits beside the text while the text
// keeps room for about a dozen characters a line, above it otherwise (phones, large text);
// a `strip` draws a coloured edge down the left side instead.
struct CalloutLine {
  std::string_view text;
  ImFont* font;
  Rgb colour;
  float line_factor = 1.5f;
  int heading_level = 0;  // > 0: announced as a heading of that level
  float gap_before = 0;   // logical px above this line
};
struct CalloutStyle {
  Rgb tint;
  bool has_icon = false;
  Icon icon = Icon::Shield;
  Rgb icon_colour{0, 0, 0};
  bool has_strip = false;
  Rgb strip{0, 0, 0};
  float pad = 20;  // logical px
  bool live = false;  // announce the lines as soon as they appear (quiz feedback)
};
void callout(const UiContext& ctx, const CalloutStyle& style, const std::vector<CalloutLine>& lines, float width);

// The citation card: publisher, headline, date and (when the article has one) address.
void source_card(const UiContext& ctx, const Source& src, float width);

// "Read aloud" / "Stop reading" for `text`, shown only when the device has a voice for the
// current language (elderly visitors who find long Chinese text tiring to read).
void read_aloud_button(const UiContext& ctx, const char* label_key, const std::string& text);

}  // namespace dt::ui
