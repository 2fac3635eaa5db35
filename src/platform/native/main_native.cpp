// Desktop entry point: GLFW + OpenGL 3.3. Sleeps in glfwWaitEvents while nothing changes.
// Also the home of the command-line tools: --screenshot for tests and docs, --check-content.
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/cli_options.h"
#include "core/content/loader.h"
#include "core/content/review_sheet.h"
#include "platform/frame_pacer.h"
#include "platform/native/content_watch.h"
#include "platform/assets.h"
#include "platform/gl_host.h"
#include "platform/kiosk_setup.h"
#include "platform/present_setup.h"
#include "platform/native/screenshot.h"
#include "ui/ui_app.h"

namespace {

void print_problems(const std::vector<std::string>& problems) {
  for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
}

// The talk.json a checked folder belongs with: --talk, else the one beside it (a site's
// content/ and talk.json are siblings), else the shipped one for the shipped content.
std::string talk_for(const std::string& dir, const std::string& talk) {
  if (!talk.empty()) return talk;
  const std::string beside = dir + "/../talk.json";
  if (dt::read_file(beside)) return beside;
  return DT_DEFAULT_TALK;
}

int check_content(const std::string& dir, const std::string& talk) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> problems;
  auto read = [&](const std::string& rel) {
    auto d = dt::read_file(dir + "/" + rel);
    if (!d) problems.push_back(dir + "/" + rel + ": cannot be read");
    return d.value_or(std::string());
  };
  dt::StringTable strings;
  strings.load_both(read("strings/zh-Hans.json"), read("strings/en.json"), dir, problems);
  const dt::Content content = dt::load_content(dt::content_reader(dir), dir, problems, dt::case_lister(dir));
  for (auto& p : dt::check_talk_file(content, talk_for(dir, talk))) problems.push_back(std::move(p));
  if (!problems.empty()) {
    print_problems(problems);
    std::fprintf(stderr, "%zu problem(s) in %s\n", problems.size(), dir.c_str());
    return 1;
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  // The timing line is read by toolchain/bench (load + validation, in process).
  std::printf("content ok: %s, %zu UI strings per locale (loaded and checked in %.3f ms)\n",
              dt::content_summary(content).c_str(), strings.size(dt::Locale::ZhHans), ms);
  return 0;
}

// --watch: a change under the content folder reloads it in the running app.
// Glyph pages from the build's font folder, read at once (a local disk answers within the frame).
std::function<void(int)> glyph_pages_from_disk(dt::ui::UiApp& app) {
  return [&app](int page) {
    std::string regular, bold;
    if (dt::read_glyph_page(DT_DEFAULT_FONT_DIR, page, regular, bold)) app.add_glyph_page(page, std::move(regular), std::move(bold));
    else app.glyph_page_failed(page);
  };
}

bool reload_if_changed(dt::ContentWatch& watch, dt::ui::UiApp& app, const std::string& dir) {
  if (!watch.changed()) return false;
  std::vector<std::string> problems;
  app.reload(dt::load_ui_assets(dir, DT_DEFAULT_FONT_DIR, problems), problems);
  print_problems(problems);
  std::fprintf(stderr, "datatrail: %s reloaded%s\n", dir.c_str(), problems.empty() ? "" : " (with problems)");
  return true;
}

// The sheet a police reviewer signs: every claim, both languages, its article and its kind.
int write_review_sheet(const std::string& dir, const std::string& out) {
  std::vector<std::string> problems;
  const dt::Content content = dt::load_content(dt::content_reader(dir), dir, problems, dt::case_lister(dir));
  if (!problems.empty()) {
    print_problems(problems);
    std::fprintf(stderr, "datatrail: fix the content before it is reviewed\n");
    return 1;
  }
  const std::string html = dt::review_sheet_html(content);
  std::FILE* f = std::fopen(out.c_str(), "wb");
  if (!f || std::fwrite(html.data(), 1, html.size(), f) != html.size()) {
    if (f) std::fclose(f);
    std::fprintf(stderr, "datatrail: cannot write %s\n", out.c_str());
    return 1;
  }
  std::fclose(f);
  std::printf("review sheet: %s (%zu cases, %zu pieces of advice, %zu questions)\n", out.c_str(), content.cases.size(),
              content.reminders.size(), content.questions.size());
  return 0;
}

// Kiosk or presenter mode, as the command line asks; their settings files' notes go to stderr.
void start_mode(dt::ui::UiApp& app, const dt::CliOptions& opt, const std::string& place) {
  if (opt.kiosk)
    std::fprintf(stderr, "%s",
                 dt::start_kiosk(app, opt.kiosk_config.empty() ? DT_DEFAULT_KIOSK_CONFIG : opt.kiosk_config).c_str());
  if (opt.present) {
    std::fprintf(stderr, "%s", dt::start_present(app, opt.speaker, opt.talk.empty() ? DT_DEFAULT_TALK : opt.talk,
                                                 opt.slide, opt.step).c_str());
    dt::GlHost::set_key_listener([&app](int key, int mods) { dt::present_key_from_glfw(app, key, mods); });
  }
  if (opt.kiosk && opt.visit) app.visit_kiosk(place, opt.locale.value_or(app.state().locale()), glfwGetTime());
}

}  // namespace

int main(int argc, char** argv) {
  const auto cli = dt::parse_cli(std::vector<std::string>(argv + 1, argv + argc));
  if (!cli.error.empty()) {
    std::fprintf(stderr, "datatrail: %s\n%s", cli.error.c_str(), dt::cli_usage());
    return 2;
  }
  const auto& opt = cli.options;
  if (opt.help) {
    std::printf("%s", dt::cli_usage());
    return 0;
  }
  if (opt.check_content) return check_content(*opt.check_content, opt.talk);
  const std::string content_dir = opt.content_dir.empty() ? DT_DEFAULT_CONTENT_DIR : opt.content_dir;
  if (opt.review_sheet) return write_review_sheet(content_dir, *opt.review_sheet);

  if (!glfwInit()) {
    std::fprintf(stderr, "datatrail: cannot open a window (no display? run under xvfb-run)\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWmonitor* monitor = opt.kiosk ? glfwGetPrimaryMonitor() : nullptr;
  int width = static_cast<int>(static_cast<float>(opt.width) * opt.dpr + 0.5f);
  int height = static_cast<int>(static_cast<float>(opt.height) * opt.dpr + 0.5f);
  if (monitor) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    width = mode->width;
    height = mode->height;
  }
  GLFWwindow* window = glfwCreateWindow(width, height, "数据去哪儿了 DataTrail", monitor, nullptr);
  if (!window) {
    std::fprintf(stderr, "datatrail: OpenGL 3.3 is not available\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  dt::FramePacer pacer;
  dt::GlHost host;
  std::string gl_error;
  if (!host.init(window, &pacer, nullptr, gl_error)) {
    std::fprintf(stderr, "datatrail: renderer failed to start: %s\n", gl_error.c_str());
    return 1;
  }
  std::vector<std::string> problems;
  dt::ui::UiApp app;
  app.init(dt::load_ui_assets(content_dir, DT_DEFAULT_FONT_DIR, problems),
           opt.locale.value_or(dt::negotiate_locale(opt.query_lang, {})), problems);
  print_problems(problems);
  host.set_glyph_fetcher(glyph_pages_from_disk(app));
  // A screenshot is of a settled screen, so nothing may keep moving.
  dt::CliOptions start = opt;
  start.reduced_motion = opt.reduced_motion || opt.screenshot.has_value();
  // The same check as the web's ?case=: a place the content does not have is an error here,
  // where a person typed it, rather than a screenshot of the wrong screen.
  const std::string place = dt::place_name(opt.place);
  if (!app.start(start, place)) {
    std::fprintf(stderr, "datatrail: --screen %s: the content has no such case or reminder\n", place.c_str());
    return 2;
  }
  start_mode(app, opt, place);

  int exit_code = 0;
  // --watch: the folder is looked at twice a second; a change reloads it where the visitor is.
  constexpr double kWatchSeconds = 0.5;
  dt::ContentWatch watch(content_dir);
  double watched_at = -kWatchSeconds;
  if (opt.watch) watch.changed();  // the first reading
  while (!glfwWindowShouldClose(window)) {
    const double now = glfwGetTime();
    if (opt.watch && now - watched_at >= kWatchSeconds) {
      watched_at = now;
      if (reload_if_changed(watch, app, content_dir)) pacer.on_input();
    }
    if (!pacer.wants_frame(now)) {
      if (opt.screenshot) {
        // Settled: what is on screen now is what a person would see.
        int fw, fh;
        glfwGetFramebufferSize(window, &fw, &fh);
        std::string error;
        if (!dt::write_framebuffer_png(*opt.screenshot, fw, fh, error)) {
          std::fprintf(stderr, "datatrail: %s\n", error.c_str());
          exit_code = 1;
        }
        break;
      }
      double wait = pacer.idle_timeout(now);
      if (opt.watch) wait = wait > 0 ? std::min(wait, kWatchSeconds) : kWatchSeconds;
      if (wait > 0) glfwWaitEventsTimeout(wait);
      else glfwWaitEvents();
      continue;
    }
    glfwPollEvents();
    int fw, fh, ww, wh;
    glfwGetFramebufferSize(window, &fw, &fh);
    glfwGetWindowSize(window, &ww, &wh);
    if (fw <= 0 || fh <= 0) {  // minimised
      pacer.frame_drawn();
      continue;
    }
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(window, &sx, &sy);
    const bool drawn = host.draw_frame(app, fw, fh, static_cast<float>(ww), static_cast<float>(wh), sx * opt.dpr, glfwGetTime());
    pacer.frame_drawn();
    // The screenshot is read from the back buffer before the swap, so don't swap that frame.
    if (drawn && !(opt.screenshot && !pacer.wants_frame(glfwGetTime()))) glfwSwapBuffers(window);
  }
  host.shutdown();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
