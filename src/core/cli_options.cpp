#include "core/cli_options.h"
#include "core/theme.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace dt {

const char* cli_usage() {
  return "usage: datatrail [--kiosk [--kiosk-config kiosk.json]] [--present|--speaker [--talk talk.json] [--slide N] [--step N]] [--lang zh-Hans|en] [--screen home|cases|case/ID|flow|quiz]\n"
         "                 [--size WxH] [--dpr 1..4] [--text-scale 1|1.25|1.5|2] [--high-contrast] [--reduced-motion] [--screenshot OUT.png] [--visit]\n"
         "                 [--content DIR [--watch]]\n"
         "       datatrail --check-content DIR\n"
         "       datatrail [--content DIR] --review-sheet OUT.html\n";
}

namespace {
bool parse_int(std::string_view s, int& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
}  // namespace

CliResult parse_cli(const std::vector<std::string>& args) {
  CliResult r;
  auto& o = r.options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        r.error = a + " needs a value";
        return false;
      }
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--kiosk") {
      o.kiosk = true;
    } else if (a == "--kiosk-config") {
      if (!value(v)) break;
      o.kiosk_config = v;
    } else if (a == "--present") {
      o.present = true;
    } else if (a == "--speaker") {
      o.present = o.speaker = true;
    } else if (a == "--talk") {
      if (!value(v)) break;
      o.talk = v;
    } else if (a == "--slide" || a == "--step") {
      if (!value(v)) break;
      const bool slide = a == "--slide";
      const int lo = slide ? 1 : 0;
      int n = -1;
      if (v.size() <= 3 && !v.empty() && v.find_first_not_of("0123456789") == std::string::npos) n = std::stoi(v);
      if (n < lo) { r.error = a + " needs a number from " + std::to_string(lo); break; }
      (slide ? o.slide : o.step) = n;
    } else if (a == "--public") {
      o.public_visitor = true;
    } else if (a == "--checking") {
      o.checking = true;
    } else if (a == "--high-contrast") {
      o.high_contrast = true;
    } else if (a == "--reduced-motion") {
      o.reduced_motion = true;
    } else if (a == "--screenshot") {
      if (!value(v)) break;
      o.screenshot = v;
    } else if (a == "--check-content") {
      if (!value(v)) break;
      o.check_content = v;
    } else if (a == "--content") {
      if (!value(v)) break;
      o.content_dir = v;
    } else if (a == "--watch") {
      o.watch = true;
    } else if (a == "--visit") {
      o.visit = true;
    } else if (a == "--review-sheet") {
      if (!value(v)) break;
      o.review_sheet = v;
    } else if (a == "--screen") {
      if (!value(v)) break;
      auto s = parse_place(v);
      if (!s) { r.error = "unknown screen '" + v + "' (home, cases, case/ID, reminder/ID, flow, quiz)"; break; }
      o.place = *s;
    } else if (a == "--lang") {
      if (!value(v)) break;
      auto l = parse_locale_tag(v);
      if (!l) { r.error = "unsupported language '" + v + "' (zh-Hans, en)"; break; }
      o.locale = *l;
    } else if (a == "--open") {
      if (!value(v)) break;
      o.open = v;
    } else if (a == "--query-lang") {
      if (!value(v)) break;
      o.query_lang = v;
    } else if (a == "--query-text") {  // a page's ?text=: lenient, an odd value is ignored
      if (!value(v)) break;
      if (const auto size = parse_text_size(v)) o.text_scale = *size;
    } else if (a == "--browser-langs") {
      if (!value(v)) break;
      for (size_t start = 0; start <= v.size();) {
        const size_t comma = std::min(v.find(',', start), v.size());
        if (comma > start) o.browser_langs.push_back(v.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (a == "--size") {
      if (!value(v)) break;
      const auto x = v.find('x');
      int w = 0, h = 0;
      if (x == std::string::npos || !parse_int(std::string_view(v).substr(0, x), w) ||
          !parse_int(std::string_view(v).substr(x + 1), h) || w < 200 || h < 200 || w > 8192 || h > 8192) {
        r.error = "--size wants WIDTHxHEIGHT between 200 and 8192, got '" + v + "'";
        break;
      }
      o.width = w;
      o.height = h;
    } else if (a == "--dpr") {
      if (!value(v)) break;
      char* end = nullptr;
      const float d = std::strtof(v.c_str(), &end);  // libc++ 14 (Emscripten) has no float from_chars
      if (v.empty() || end != v.c_str() + v.size() || !(d >= 1.0f && d <= 4.0f)) {
        r.error = "--dpr wants a device pixel ratio from 1 to 4, got '" + v + "'";
        break;
      }
      o.dpr = d;
    } else if (a == "--text-scale") {
      if (!value(v)) break;
      const auto size = parse_text_size(v);
      if (!size) { r.error = "--text-scale is one of 1, 1.25, 1.5, 2"; break; }
      o.text_scale = *size;
    } else {
      r.error = "unknown option '" + a + "'";
      break;
    }
  }
  return r;
}

}  // namespace dt
