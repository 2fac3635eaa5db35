// The UI's own cost per frame, without a GPU or a browser in the way: the whole app with no
// graphics (as the no-graphics tests run it), every screen at phone, desktop and 4K sizes,
// text at 100 % and 200 %, the pointer moving all the while (so every frame does real work:
// hover, layout, the diagram's animation). Each frame's UiApp::frame() is timed as this
// thread's CPU time, so another process taking the core (the browser's GPU process, a
// parallel build) cannot inflate it.
//
//   datatrail_ui_cost [--frames N] [--budget-ms P95] [--json FILE]
//
// Prints one line per screen and size (median, p95, worst) and exits 1 if any p95 is over
// the budget. toolchain/bench runs it in full (budget 1.0 ms); toolchain/test runs a short
// version with three times the budget, so a real regression fails CI and noise does not.
#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "platform/assets.h"
#include "ui/ui_app.h"

namespace {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p / 100 * static_cast<double>(v.size())))];
}

struct Size {
  const char* name;
  float css_w, css_h, dpr;
};

struct Result {
  std::string screen, size;
  float text;
  double median, p95, worst;
  int vertices;  // in the last frame: what the frame had to draw
};

// One app for a size and text scale; each screen opened in turn, warmed (atlas, line
// breaks and layouts cached, as after the first visit), then measured.
std::vector<Result> measure(const Size& size, float text, int frames) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(size.css_w * size.dpr, size.css_h * size.dpr);
  io.DeltaTime = 1.0f / 60;
  std::vector<std::string> problems;
  dt::ui::UiApp app;
  app.init(dt::load_ui_assets(DT_SOURCE_DIR "/content", DT_FONT_DIR, problems), dt::Locale::ZhHans, problems);
  if (!problems.empty()) {
    std::fprintf(stderr, "ui_cost: content problems: %s\n", problems.front().c_str());
    std::exit(2);
  }
  app.set_text_scale(text);
  double clock = 1000;
  int vertices = 0;
  auto frame = [&] {
    clock += io.DeltaTime;
    dt::ui::FrameIn in;
    in.now = clock;
    in.display = io.DisplaySize;
    in.device_scale = size.dpr;
    const dt::ui::FrameOut o = app.frame(in);
    vertices = o.draw_data ? o.draw_data->TotalVtxCount : 0;
  };
  std::vector<Result> out;
  const char* places[] = {"", "cases", "case/qingdao-phone-shops", "flow/qingdao-phone-shops", "flow", "quiz", "quiz result"};
  for (const char* place : places) {
    const std::string p = place;
    if (p.empty()) app.state().go_home();
    else if (p == "quiz result") {
      auto& q = app.state().quiz();
      q.fit(app.content().questions);
      q.index = static_cast<int>(app.content().questions.size()) - 1;
      q.feedback = true;
      app.state().quiz_next(app.content());
    } else if (!app.open(p)) {
      std::fprintf(stderr, "ui_cost: cannot open %s\n", place);
      std::exit(2);
    }
    for (int i = 0; i < 30; ++i) frame();  // the first visit: atlas, line breaks, layouts
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
      // The pointer sweeps the screen: hover moves from item to item.
      const float x = io.DisplaySize.x * static_cast<float>((i * 37) % 100) / 100.0f;
      const float y = io.DisplaySize.y * static_cast<float>((i * 53) % 100) / 100.0f;
      io.AddMousePosEvent(x, y);
      const double t0 = thread_cpu_ms();
      frame();
      ms.push_back(thread_cpu_ms() - t0);
    }
    // An empty frame would be fast and prove nothing.
    if (vertices < 500) {
      std::fprintf(stderr, "ui_cost: %s drew only %d vertices\n", place, vertices);
      std::exit(2);
    }
    out.push_back({p.empty() ? "home" : p, size.name, text, percentile(ms, 50), percentile(ms, 95), percentile(ms, 100), vertices});
  }
  ImGui::DestroyContext();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int frames = 240;
  double budget = 1.0;
  std::string json;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--frames") frames = std::max(10, std::atoi(argv[i + 1]));
    else if (a == "--budget-ms") budget = std::atof(argv[i + 1]);
    else if (a == "--json") json = argv[i + 1];
  }
  const Size sizes[] = {{"390x844@3", 390, 844, 3}, {"390x844@2", 390, 844, 2}, {"1920x1080", 1920, 1080, 1},
                        {"3840x2160", 3840, 2160, 1}};
  std::vector<Result> all;
  for (const Size& s : sizes)
    for (float text : {1.0f, 2.0f})
      for (const Result& r : measure(s, text, frames)) all.push_back(r);
  int over = 0;
  std::printf("UI frame cost, thread CPU (ms), %d frames each, pointer moving:\n", frames);
  for (const Result& r : all) {
    const bool bad = r.p95 > budget;
    over += bad;
    std::printf("  %-26s %-10s text %3.0f%%  median %.3f  p95 %.3f  worst %.3f  (%d vertices)%s\n", r.screen.c_str(),
                r.size.c_str(), r.text * 100, r.median, r.p95, r.worst, r.vertices, bad ? "  OVER" : "");
  }
  std::printf("%s: p95 <= %.2f ms on %zu of %zu\n", over ? "FAIL" : "PASS", budget, all.size() - static_cast<size_t>(over),
              all.size());
  if (!json.empty()) {
    if (std::FILE* f = std::fopen(json.c_str(), "w")) {
      std::fprintf(f, "[\n");
      for (size_t i = 0; i < all.size(); ++i)
        std::fprintf(f,
                     "  {\"screen\": \"%s\", \"size\": \"%s\", \"text\": %.2f, \"median\": %.4f, \"p95\": %.4f, "
                     "\"worst\": %.4f, \"vertices\": %d}%s\n",
                     all[i].screen.c_str(), all[i].size.c_str(), all[i].text, all[i].median, all[i].p95, all[i].worst,
                     all[i].vertices, i + 1 < all.size() ? "," : "");
      std::fprintf(f, "]\n");
      std::fclose(f);
    }
  }
  return over ? 1 : 0;
}
