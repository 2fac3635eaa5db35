// libFuzzer target for the content JSON reader: any bytes an organiser (or an attacker with
// write access to content/) could put in a file must give messages, never a crash, a hang,
// unbounded memory or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> problems;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = dt::read_json(text, "fuzz.json", problems, dt::JsonLimits{1 << 16, 32});
  // Every refusal must come with a message.
  if (!r.ok && problems.empty()) __builtin_trap();
  return 0;
}
