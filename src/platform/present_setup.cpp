#include "platform/present_setup.h"

#include <GLFW/glfw3.h>

#include "core/talk/talk.h"
#include "platform/assets.h"
#include "platform/present_screens.h"

namespace dt {

std::vector<std::string> check_talk_file(const Content& content, const std::string& talk_path) {
  std::vector<std::string> problems;
  if (const auto text = read_file(talk_path)) read_talk(*text, content, problems);
  return problems;
}

void present_key_from_glfw(ui::UiApp& app, int key, int mods) {
  using K = ui::PresentKey;
  if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) return app.present_key(K::Digit, key - GLFW_KEY_0);
  if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) return app.present_key(K::Digit, key - GLFW_KEY_KP_0);
  switch (key) {
    case GLFW_KEY_PAGE_DOWN: case GLFW_KEY_RIGHT: case GLFW_KEY_DOWN: case GLFW_KEY_SPACE: return app.present_key(K::Next);
    case GLFW_KEY_PAGE_UP: case GLFW_KEY_LEFT: case GLFW_KEY_UP: return app.present_key(K::Previous);
    case GLFW_KEY_B: case GLFW_KEY_PERIOD: return app.present_key(K::Blank);
    case GLFW_KEY_F5: if (!(mods & GLFW_MOD_SHIFT)) app.present_key(K::Restart); return;
    case GLFW_KEY_ESCAPE: return app.present_key(K::Escape);
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: return app.present_key(K::Enter);
    case GLFW_KEY_BACKSPACE: return app.present_key(K::Backspace);
    case GLFW_KEY_N: return app.present_key(K::Notes);
    case GLFW_KEY_L: return app.present_key(K::Language);
    default: return;
  }
}

std::string start_present(ui::UiApp& app, bool speaker, const std::string& talk_path, int slide, int step) {
  const ui::PresentDraw draw = present_screens(speaker);
  if (!draw) return "datatrail: this build has no presenter mode (present.html has it)\n";
  std::vector<std::string> problems;
  const auto text = read_file(talk_path);
  const TalkPlan plan = text ? read_talk(*text, app.content(), problems) : default_talk(app.content());
  app.set_present(build_talk(app.content(), plan), speaker, problems, draw);
  if (slide > 1 || step > 0) app.follow_talk(TalkPosition{slide - 1, step, false}, app.state().locale());
  std::string joined;
  for (const auto& p : problems) joined += p + "\n";
  return joined;
}

}  // namespace dt
