#include "platform/kiosk_setup.h"

#include "core/kiosk/config.h"
#include "platform/assets.h"

namespace dt {

std::string start_kiosk(ui::UiApp& app, const std::string& config_path) {
  std::vector<std::string> case_ids;
  for (const auto& c : app.content().cases) case_ids.push_back(c.id);
  const auto text = read_file(config_path);
  KioskConfigResult r;
  if (text) r = read_kiosk_config(*text, case_ids);
  else r.notes.push_back("kiosk.json: not found at " + config_path + ", every setting is at its default");
  std::string joined;
  for (const auto& n : r.notes) joined += n + "\n";
  app.set_kiosk(r.config, std::move(r.notes));
  return joined;
}

}  // namespace dt
