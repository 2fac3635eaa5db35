// The organiser's settings for a kiosk, read from
// kiosk.json beside the page. Every value is optional; a missing or bad one falls back to its
// default and is listed (for the operator panel), never an error that stops the widget.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"
#include "core/locale.h"

namespace dt {

struct KioskConfig {
  int idle_seconds = 90;       // no input this long: "Still there?"
  int countdown_seconds = 15;  // then this long to answer before everything is wiped
  Locale language = Locale::ZhHans;  // what a new visitor sees first
  bool show_cases = true, show_flow = true, show_quiz = true;
  // The before-and-after "spot the leak" questions around the self-check (modules.check).
  bool spot_check = true;
  LocalText organiser;          // "Riverside Community, Anti-fraud Week" (may be empty)
  LocalText report_line;        // the local line to report to (the articles say 110)
  // The operator panel's code, as its hash (core/kiosk/sha256.h): kiosk.json's
  // operator_code_sha256, or the hash of a plain operator_code (accepted, with a note: anyone
  // can read kiosk.json). Empty: no panel. There is no default code: one everyone could look
  // up would protect nothing.
  std::string operator_code_sha256;
  std::string attract = "overview";    // the diagram the attract loop plays: overview or a case id
  float text_scale = 0;         // set by text_size; 0: chosen from the screen (kiosk_text_scale)
  // The kiosk has a printer and its browser prints without a dialog (Chromium --kiosk-printing):
  // only then is "print my plan" offered, so a print dialog can never sit over a visit that
  // should be wiped.
  bool printing = false;
  // The event's words of the day: a visitor who finishes the self-check sees the current one
  // on a large "completed" card, which a volunteer at the stall checks from a step away before
  // handing out a small gift (no QR code: the widget teaches not to scan unknown ones). The
  // operator panel moves to the next one. Empty: the card shows no word.
  std::vector<std::string> words_of_the_day;
};

struct KioskConfigResult {
  KioskConfig config;
  // One line per value that was missing or unusable, saying what is used instead.
  std::vector<std::string> notes;
};

// `case_ids` are the cases in content, to check `attract` against.
KioskConfigResult read_kiosk_config(std::string_view json, const std::vector<std::string>& case_ids);

// The text size a new visit starts at: kiosk.json's text_size, or else one chosen from the
// screen's size in CSS px (larger on a floor stand read from a step away).
float kiosk_text_scale(const KioskConfig& c, float css_w, float css_h);

}  // namespace dt
