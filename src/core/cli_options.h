// Command line of the native app: screenshots for tests and docs, the content checker, kiosk.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/locale.h"

namespace dt {

struct CliOptions {
  std::optional<std::string> screenshot;  // write a PNG of the first settled frame and exit
  std::optional<std::string> check_content;
  std::optional<std::string> review_sheet;  // write the content review sheet (HTML) and exit
  std::string content_dir;  // --content DIR: run on another content folder ("" = the built-in one)
  bool watch = false;       // --watch: reload that folder when a file in it changes
  Place place;  // --screen home|cases|case/<id>|reminder/<id>|flow|quiz
  std::optional<Locale> locale;          // --lang: strict, for people typing commands
  std::string open;  // --open: a page's ?case=, lenient (an unknown case opens the start screen)
  std::string query_lang;                // --query-lang: a page's ?lang=, lenient (bad -> ignored)
  std::vector<std::string> browser_langs;  // --browser-langs a,b,c: navigator.languages
  int width = 1280, height = 800;
  float text_scale = 1.0f;  // --text-scale (strict) or --query-text (a page's ?text=, lenient)
  // --dpr: device pixel ratio to stand in for (a 3x phone on a desktop): the window is
  // --size x dpr pixels and the UI is laid out as on that device.
  float dpr = 1.0f;
  bool kiosk = false;
  bool visit = false;  // --visit: a kiosk as a visitor just found it, past the attract loop (screenshots)
  std::string kiosk_config;  // path of kiosk.json ("" = the platform's default)
  bool high_contrast = false;
  // --public: a visitor of a public page. Broken content is logged, not shown first: the
  // Problems screen (file paths, JSON pointers) is for organisers (check.html, ?problems=1,
  // the native app, the kiosk's operator).
  bool public_visitor = false;
  // --checking: check.html's preview of an organiser's files. The Problems screen opens first
  // even when there is none, to say so: a clean check must not look like no check.
  bool checking = false;
  // --present: presenter mode (a talk on a projector); --speaker: the speaker's window;
  // --talk FILE: the talk's talk.json ("" = the platform's default); --slide N (1-based) and
  // --step N (0-based): where it opens (screenshots).
  bool present = false, speaker = false;
  std::string talk;
  int slide = 1, step = 0;
  bool reduced_motion = false;  // the OS asks for less motion (or a still screenshot)
  bool help = false;
};

struct CliResult {
  CliOptions options;
  std::string error;  // empty when the command line was understood
};

CliResult parse_cli(const std::vector<std::string>& args);
const char* cli_usage();

}  // namespace dt
