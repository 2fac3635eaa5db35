#include "platform/web/web_printer.h"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

namespace {
EM_JS(void, dt_js_print, (const char* json), {
  if (typeof globalThis.datatrailPrint === "function") globalThis.datatrailPrint(JSON.parse(UTF8ToString(json)));
});
}  // namespace

namespace dt {

void WebPrinter::print(const ui::PrintablePlan& plan) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& [advice, reason] : plan.items) items.push_back({{"advice", advice}, {"reason", reason}});
  const nlohmann::json doc = {{"product", plan.product}, {"title", plan.title}, {"intro", plan.intro},
                              {"report", plan.report},   {"items", items},      {"lang", plan.lang}};
  dt_js_print(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace dt
