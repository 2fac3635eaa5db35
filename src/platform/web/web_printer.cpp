#include "platform/web/web_printer.h"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

namespace {
EM_JS(int, dt_js_print, (const char* json), {
  if (typeof globalThis.datatrailPrint !== "function") return 0;
  return globalThis.datatrailPrint(JSON.parse(UTF8ToString(json))) ? 1 : 0;
});
}  // namespace

namespace dt {

bool WebPrinter::print(const ui::PrintablePlan& plan) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : plan.items)
    items.push_back({{"label", item.label}, {"advice", item.advice}, {"reason", item.reason}});
  const nlohmann::json doc = {{"product", plan.product}, {"title", plan.title}, {"intro", plan.intro},
                              {"report", plan.report},   {"items", items},      {"lang", plan.lang}};
  return dt_js_print(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str()) != 0;
}

}  // namespace dt
