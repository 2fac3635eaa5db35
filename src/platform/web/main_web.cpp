// Browser entry point: Emscripten + GLFW on a WebGL2 canvas. There is no main loop: a frame
// is requested from the browser only when the frame pacer wants one (input, resize,
// animation), so an idle widget costs nothing. The canvas backbuffer tracks its CSS size x
// devicePixelRatio, and the UI is laid out in those device pixels, so text is crisp.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/cli_options.h"
#include "core/content/problem_words.h"
#include "core/embed/host_height.h"
#include "platform/frame_pacer.h"
#include "platform/assets.h"
#include "platform/gl_host.h"
#include "platform/kiosk_setup.h"
#include "platform/present_setup.h"
#include "platform/web/web_printer.h"
#include "platform/web/web_speech.h"
#include "ui/ui_app.h"

namespace {

struct Web {
  GLFWwindow* window = nullptr;
  dt::FramePacer pacer;
  dt::GlHost host;
  dt::ui::UiApp app;
  dt::WebSpeech speech;
  dt::WebPrinter printer;
  bool frame_requested = false;
  long wake_timer = 0;
  bool context_lost = false;
  int fb_w = 0, fb_h = 0;
  float dpr = 1;
  unsigned frames = 0;
  uint64_t mirrored = 0;  // signature of the semantics last sent to the mirror
  uint64_t placed = 0;    // signature of the element rectangles last sent
  std::string told_screen;  // the last screen and quiz state announced to the page
  dt::HostHeight host_height;
  int told_scrolls = -1;
  float told_text = 0;  // the text size the page's address last said
  unsigned told_visits = 0;
  bool told_quiz_done = false;
};
Web* g = nullptr;

// Tells the page (loading screen, tests, benchmark) what happened, without touching the DOM.
// `cpu_ms` (time spent building and submitting the frame; `ui_ms` of it building the UI) feeds
// toolchain/bench; fixed-size rings keep them from growing on a kiosk that runs all day.
EM_JS(void, dt_js_frame_drawn, (unsigned frames, const char* screen, const char* place, const char* lang, double cpu_ms, double ui_ms), {
  const s = globalThis.datatrail || (globalThis.datatrail = {});
  s.frames = frames;
  const ring = s.frameMs || (s.frameMs = []);
  const ui = s.uiMs || (s.uiMs = []);
  if (ring.length >= 1000) { ring.shift(); ui.shift(); }
  ring.push(cpu_ms);
  ui.push(ui_ms);
  if (frames === 1) s.firstFrameAt = performance.now();
  s.screen = UTF8ToString(screen);
  s.place = UTF8ToString(place);  // screen plus item: "case/qingdao-phone-shops"
  s.lang = UTF8ToString(lang);
  if (frames === 1 && typeof s.onFirstFrame === 'function') s.onFirstFrame();
});
// Things a host page may want to know (web/embed.js passes them on): never an answer.
EM_JS(void, dt_js_event, (const char* type, const char* json), {
  const s = globalThis.datatrail || {};
  if (typeof s.onEvent === 'function') s.onEvent(UTF8ToString(type), JSON.parse(UTF8ToString(json)));
});

// The screen-reader mirror (web/mirror.js), sent only when what a reader would notice changed.
EM_JS(void, dt_js_mirror, (const char* json, const char* lang, const char* place), {
  if (typeof globalThis.datatrailMirror === 'function')
    globalThis.datatrailMirror(JSON.parse(UTF8ToString(json)), UTF8ToString(lang), UTF8ToString(place));
});
// Whether the screen scrolls inside the widget: an embedding page sized to the content lets a
// vertical swipe scroll the host page when it does not (web/touch.js).
EM_JS(void, dt_js_scrollable, (int scrolls), {
  const s = globalThis.datatrail || {};
  if (typeof s.onScrollable === 'function') s.onScrollable(scrolls !== 0);
});
// Where each mirror element lies over the canvas (CSS px), when the page scrolled or reflowed.
EM_JS(void, dt_js_mirror_rects, (const char* json), {
  if (typeof globalThis.datatrailMirrorRects === 'function') globalThis.datatrailMirrorRects(JSON.parse(UTF8ToString(json)));
});
// The visitor changed the text size: the page's own address keeps it (?text=), so a reload
// in this tab keeps it too, with nothing stored on the device. Not at a kiosk (the next
// visitor starts afresh) nor in a host's frame (the host chose the address).
EM_JS(void, dt_js_text_size, (double scale), {
  const mode = new URLSearchParams(location.search).get("mode");
  if (mode === "kiosk" || mode === "embed" || !history.replaceState) return;
  const url = new URL(location.href);
  if (scale === 1) url.searchParams.delete("text");
  else url.searchParams.set("text", String(scale));
  history.replaceState(history.state, "", url);
});
// A kiosk visit was wiped: the page forgets its side too (the print-out, the live region).
EM_JS(void, dt_js_wiped, (), {
  const s = globalThis.datatrail || {};
  if (typeof s.onWipe === 'function') s.onWipe();
});
// A glyph page's two faces (core/text/glyph_pages.h), fetched beside the bundle into the
// file system; dt_glyph_page hands them over. Never fetched for the shipped content: the
// subset in the .data holds all of its characters.
EM_JS(void, dt_js_fetch_glyph_page, (int page), {
  const hex = ('0' + page.toString(16)).slice(-2);
  const stem = page === 256 ? 'fonts/rest-' : 'fonts/pages/' + hex + '-';
  const get = (w) => fetch(stem + w + '.otf', { credentials: 'omit' }).then((r) => {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.arrayBuffer();
  });
  Promise.all([get('r'), get('b')]).then(([r, b]) => {
    FS.mkdirTree('/fonts/pages');
    FS.writeFile('/' + stem + 'r.otf', new Uint8Array(r));
    FS.writeFile('/' + stem + 'b.otf', new Uint8Array(b));
    _dt_glyph_page(page, 1);
  }).catch((e) => {
    console.warn('DataTrail: glyph page ' + hex + ' could not be fetched (' + e.message + '); its characters cannot be drawn');
    _dt_glyph_page(page, 0);
  });
});

// `zh` holds each line's Chinese reading (or an empty line), in step with `text`: the case
// editor (write.html) shows both beside the field a problem is about.
EM_JS(void, dt_js_report_problems, (const char* text, const char* zh), {
  const s = globalThis.datatrail || (globalThis.datatrail = {});
  s.problems = UTF8ToString(text);
  s.problemsZh = UTF8ToString(zh);
  if (s.problems) console.warn('DataTrail content problems:\n' + s.problems);
  if (typeof s.onProblems === 'function') s.onProblems(s.problems, s.problemsZh);
});

// Presenter mode: the talk moved in this window (a key, a tap, the language); web/present.js
// tells the talk's other window on the same machine (BroadcastChannel, nothing over a network).
EM_JS(void, dt_js_talk, (int slide, int step, int blank, const char* lang), {
  const s = globalThis.datatrail || (globalThis.datatrail = {});
  s.talk = { slide: slide, step: step, blank: blank !== 0, lang: UTF8ToString(lang) };
  if (typeof s.onTalk === 'function') s.onTalk(s.talk);
});

// The app cannot run (no WebGL2 context, shaders refused): the page shows its bilingual
// failure message instead of an endless loading screen.
EM_JS(void, dt_js_fatal, (const char* message), {
  const s = globalThis.datatrail || {};
  if (typeof s.onFatal === 'function') s.onFatal(UTF8ToString(message));
});

void request_frame();

void update_canvas_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
  const int h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
  if (w != g->fb_w || h != g->fb_h || dpr != g->dpr) {
    // Set the backbuffer directly: glfwSetWindowSize would go fullscreen when the size
    // equals the screen's (a bug of Emscripten 3.1.6's GLFW emulation).
    emscripten_set_canvas_element_size("#canvas", w, h);
    g->fb_w = w;
    g->fb_h = h;
    g->dpr = dpr;
    g->pacer.on_resize();
  }
}

// Events for the page, from a settled frame: the screen changed, the content's height changed
// (an embedding page sizes its frame), the quiz was finished (nothing of its answers).
void tell_page() {
  auto& st = g->app.state();
  if (st.visits() != g->told_visits) {
    g->told_visits = st.visits();
    dt_js_wiped();
  }
  const std::string screen(dt::screen_name(dt::section_of(st.place())));
  if (screen != g->told_screen) {
    g->told_screen = screen;
    dt_js_event("navigate", ("{\"screen\":\"" + screen + "\"}").c_str());
  }
  // The height a host page sizes its frame to: a rule that cannot depend on answers
  // (core/embed/host_height.h).
  const int h = static_cast<int>(std::lround(g->app.content_height() / g->dpr));
  const bool answers_shown = st.screen() == dt::Screen::Quiz || st.screen() == dt::Screen::Check;
  const bool settled = g->app.frame_presentable() && !g->app.awaiting_glyphs();
  if (const int tell = g->host_height.frame(dt::place_name(st.place()), answers_shown, h, settled); tell >= 0)
    dt_js_event("resize", ("{\"height\":" + std::to_string(tell) + "}").c_str());
  const float text = st.text_scale();
  if (text != g->told_text) {
    if (g->told_text > 0) dt_js_text_size(text);  // a change, not the size the page started with
    g->told_text = text;
  }
  const int scrolls = g->app.page_scrolls() ? 1 : 0;
  if (scrolls != g->told_scrolls) {
    g->told_scrolls = scrolls;
    dt_js_scrollable(scrolls);
  }
  const bool done = st.quiz().done;
  // That the quiz was finished, and nothing about how: no score, no count, nothing a host
  // page's analytics could read the visitor's answers from.
  if (done && !g->told_quiz_done) dt_js_event("quiz-complete", "{}");
  g->told_quiz_done = done;
}

EM_BOOL on_animation_frame(double /*time*/, void*) {
  g->frame_requested = false;
  if (g->context_lost) return EM_FALSE;  // nothing can be drawn; the restore callback resumes
  const double t0 = emscripten_get_now();
  const unsigned revision = g->app.state().revision();
  update_canvas_size();
  // Mouse positions arrive in backbuffer pixels, so the display is the backbuffer.
  g->host.draw_frame(g->app, g->fb_w, g->fb_h, static_cast<float>(g->fb_w), static_cast<float>(g->fb_h), g->dpr,
                     t0 / 1000.0);
  g->pacer.frame_drawn();
  ++g->frames;
  const auto& st = g->app.state();
  // Mirror only frames drawn start to finish in one state: a frame in which a tap changed
  // the screen holds half of each, and the pacer draws a settled one right after.
  const uint64_t sig = g->app.semantics().signature();
  if (st.revision() == revision && sig != g->mirrored) {
    g->mirrored = sig;
    g->placed = 0;
    dt_js_mirror(g->app.semantics().to_json().c_str(), std::string(dt::locale_tag(st.locale())).c_str(),
                 dt::place_name(st.place()).c_str());
  }
  if (st.revision() == revision && sig == g->mirrored) {
    const float css = 1.0f / g->dpr;
    const uint64_t at = g->app.semantics().rects_signature(css);
    if (at != g->placed) {
      g->placed = at;
      dt_js_mirror_rects(g->app.semantics().rects_json(css).c_str());
    }
  }
  if (st.revision() == revision) tell_page();
  if (g->app.take_talk_changed()) {
    const auto& at = g->app.present().presenter.at();
    dt_js_talk(at.slide, at.step, at.blank ? 1 : 0, std::string(dt::locale_tag(st.locale())).c_str());
  }
  dt_js_frame_drawn(g->frames, std::string(dt::screen_name(st.screen())).c_str(), dt::place_name(st.place()).c_str(),
                    std::string(dt::locale_tag(st.locale())).c_str(), emscripten_get_now() - t0, g->host.last_ui_ms());
  request_frame();
  return EM_FALSE;
}

void on_wake_timer(void*) {
  g->wake_timer = 0;
  request_frame();
}

void request_frame() {
  if (g->frame_requested) return;
  const double now = emscripten_get_now() / 1000.0;
  if (!g->pacer.wants_frame(now)) {
    // Nothing to draw until the app's next deadline (the kiosk's idle clock): sleep on a
    // timer rather than drawing frames to watch the time.
    const double wait = g->pacer.idle_timeout(now);
    if (g->wake_timer) emscripten_clear_timeout(g->wake_timer);
    g->wake_timer = wait >= 0 ? emscripten_set_timeout(on_wake_timer, wait * 1000.0 + 1, nullptr) : 0;
    return;
  }
  g->frame_requested = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

// The browser may take the GPU context away (too many tabs, a driver reset, a phone going
// to sleep). The page said it wants it back (web/app.js); when it returns, rebuild and redraw.
// State lives on the CPU, so the visitor finds the screen exactly as it was.
EM_BOOL on_context_lost(int, const void*, void*) {
  g->context_lost = true;
  std::printf("datatrail: the WebGL context was lost; waiting for it to come back\n");
  return EM_TRUE;
}

EM_BOOL on_context_restored(int, const void*, void*) {
  std::string error;
  if (!g->host.restore(g->app, error)) {
    dt_js_fatal(("datatrail: the renderer could not be rebuilt: " + error).c_str());
    return EM_TRUE;
  }
  g->context_lost = false;
  std::printf("datatrail: the WebGL context is back; redrawing\n");
  g->pacer.on_resize();
  request_frame();
  return EM_TRUE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  g->pacer.on_resize();
  request_frame();
  return EM_FALSE;
}

}  // namespace

// Bytes in use on the wasm heap, for the benchmark and the soak test (not called per frame:
// mallinfo walks the heap).
extern "C" EMSCRIPTEN_KEEPALIVE unsigned dt_heap_used() { return static_cast<unsigned>(mallinfo().uordblks); }

// From the mirror: act on an item as a click would, or move the focus ring to it.
extern "C" EMSCRIPTEN_KEEPALIVE void dt_activate(unsigned id) {
  if (!g) return;
  g->app.activate(id);
  g->pacer.on_input();
  request_frame();
}
// Something outside the app changed what it should show (voices loaded, speech ended).
extern "C" EMSCRIPTEN_KEEPALIVE void dt_wake() {
  if (!g) return;
  g->pacer.on_input();
  request_frame();
}
// From web/touch.js: a finger went down, moved, lifted or was cancelled, at (x, y) CSS px
// of the canvas, at `t_ms` on the page's clock (performance.now()).
extern "C" EMSCRIPTEN_KEEPALIVE void dt_touch(int phase, int id, float x, float y, double t_ms) {
  if (!g || phase < 0 || phase > 3) return;
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  g->app.touch(static_cast<dt::TouchPhase>(phase), id, x * dpr, y * dpr, t_ms / 1000.0);
  g->pacer.on_input();
  request_frame();
}
// The test hooks open any place ("check/after" included).
extern "C" EMSCRIPTEN_KEEPALIVE int dt_open(const char* place) {
  if (!g) return 0;
  const bool ok = g->app.open(place);
  g->pacer.on_input();
  request_frame();
  return ok ? 1 : 0;
}
// From web/embed.js: the host page asks to open a place ("quiz", "case/<id>"); only the ways
// in a link could offer are honoured.
extern "C" EMSCRIPTEN_KEEPALIVE int dt_open_from_host(const char* place) {
  if (!g) return 0;
  const bool ok = g->app.open_from_host(place);
  g->pacer.on_input();
  request_frame();
  return ok ? 1 : 0;
}
// From dt_js_fetch_glyph_page: the page is in /fonts/pages (ok) or could not be fetched.
extern "C" EMSCRIPTEN_KEEPALIVE void dt_glyph_page(int page, int ok) {
  if (!g) return;
  std::string regular, bold;
  if (ok && dt::read_glyph_page("/fonts", page, regular, bold)) g->app.add_glyph_page(page, std::move(regular), std::move(bold));
  else g->app.glyph_page_failed(page);
  char name[40];
  for (const char* w : {"r", "b"}) {  // the app holds its own copy now
    if (page == dt::GlyphPages::kRest) std::snprintf(name, sizeof name, "/fonts/rest-%s.otf", w);
    else std::snprintf(name, sizeof name, "/fonts/pages/%02x-%s.otf", page & 0xFF, w);
    std::remove(name);
  }
  g->pacer.on_input();
  request_frame();
}
// From web/present.js: the talk's other window moved (its position and language, as it sent
// them; the app keeps them within the talk).
extern "C" EMSCRIPTEN_KEEPALIVE void dt_talk_follow(int slide, int step, int blank, const char* lang) {
  if (!g || !g->app.present().on) return;
  const auto l = dt::parse_locale_tag(lang ? lang : "");
  g->app.follow_talk(dt::TalkPosition{slide, step, blank != 0}, l.value_or(g->app.state().locale()));
  g->pacer.on_input();
  request_frame();
}
extern "C" EMSCRIPTEN_KEEPALIVE void dt_focus(unsigned id) {
  if (!g) return;
  g->app.focus(id);
  g->pacer.on_input();
  request_frame();
}

int main(int argc, char** argv) {
  static Web web;
  g = &web;
  const auto cli = dt::parse_cli(std::vector<std::string>(argv + 1, argv + argc));
  if (!cli.error.empty()) std::fprintf(stderr, "datatrail: ignoring bad argument: %s\n", cli.error.c_str());
  const auto& opt = cli.options;

  if (!glfwInit()) {
    dt_js_fatal("datatrail: GLFW failed to start");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  update_canvas_size();
  g->window = glfwCreateWindow(g->fb_w, g->fb_h, "DataTrail", nullptr, nullptr);
  if (!g->window) {
    dt_js_fatal("datatrail: no WebGL2 context");
    return 1;
  }
  glfwMakeContextCurrent(g->window);
  std::string gl_error;
  if (!g->host.init(g->window, &g->pacer, request_frame, gl_error)) {
    dt_js_fatal(("datatrail: renderer failed to start: " + gl_error).c_str());
    return 1;
  }
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  emscripten_set_webglcontextlost_callback("#canvas", nullptr, EM_FALSE, on_context_lost);
  emscripten_set_webglcontextrestored_callback("#canvas", nullptr, EM_FALSE, on_context_restored);

  std::vector<std::string> problems;
  std::vector<std::string_view> browser_langs(opt.browser_langs.begin(), opt.browser_langs.end());
  dt::ui::UiAssets assets = dt::load_ui_assets("/content", "/fonts", problems);
  assets.fonts.rest_expected = true;  // the .data holds the first screen's glyphs; the rest is fetched
  g->app.init(std::move(assets), dt::negotiate_locale(opt.query_lang, browser_langs), problems);
  g->host.set_glyph_fetcher(dt_js_fetch_glyph_page);
  g->app.set_speech(&g->speech);
  g->app.set_printer(&g->printer);
  // ?case=: open it if it exists; a stale link opens the start screen, with a note.
  if (!g->app.start(opt, opt.open))
    std::printf("datatrail: nothing to open at '%s'; showing the start screen\n", opt.open.c_str());
  // kiosk.html fetched kiosk.json into the virtual file system before starting us.
  // Its notes (bad or missing values) go to the console log and the operator panel.
  if (opt.kiosk) {
    const std::string notes = dt::start_kiosk(g->app, "/kiosk.json");
    if (!notes.empty()) std::printf("DataTrail kiosk.json:\n%s", notes.c_str());
  }
  // check.html: the talk.json chosen with the content (or the site's own) is checked with it.
  if (opt.checking) {
    const auto talk = dt::check_talk_file(g->app.content(), "/talk.json");
    problems.insert(problems.end(), talk.begin(), talk.end());
    g->app.add_problems(talk);
  }
  // present.html fetched talk.json (if the site has one) into the file system before starting us.
  if (opt.present) {
    const std::string notes = dt::start_present(g->app, opt.speaker, "/talk.json", 1, 0);
    dt::GlHost::set_key_listener([](int key, int mods) { dt::present_key_from_glfw(g->app, key, mods); });
    if (!notes.empty()) std::printf("DataTrail talk.json:\n%s", notes.c_str());
  }
  std::string joined, joined_zh;
  for (const auto& p : problems) {
    std::string line = p;
    std::replace(line.begin(), line.end(), '\n', ' ');  // one problem per line, in step with its reading
    joined += line + "\n";
    joined_zh += dt::problem_in_chinese(line) + "\n";
  }
  dt_js_report_problems(joined.c_str(), joined_zh.c_str());
  request_frame();
  return 0;  // the runtime stays alive (EXIT_RUNTIME is off); frames come from callbacks
}
