#include "platform/present_setup.h"

#include "core/talk/talk.h"
#include "platform/assets.h"

namespace dt {

std::vector<std::string> check_talk_file(const Content& content, const std::string& talk_path) {
  std::vector<std::string> problems;
  if (const auto text = read_file(talk_path)) read_talk(*text, content, problems);
  return problems;
}

std::string start_present(ui::UiApp& app, bool speaker, const std::string& talk_path, int slide, int step) {
  std::vector<std::string> problems;
  const auto text = read_file(talk_path);
  const TalkPlan plan = text ? read_talk(*text, app.content(), problems) : default_talk(app.content());
  app.set_present(build_talk(app.content(), plan), speaker, problems);
  if (slide > 1 || step > 0) app.follow_talk(TalkPosition{slide - 1, step, false}, app.state().locale());
  std::string joined;
  for (const auto& p : problems) joined += p + "\n";
  return joined;
}

}  // namespace dt
