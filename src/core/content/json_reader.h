// Reads a content JSON file defensively: every problem becomes a message naming the file and
// where (line:column for syntax, a JSON pointer for duplicates), never an exception, a crash
// or an out-of-memory. Organisers edit these files by hand; the messages are for them.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace dt {

struct JsonLimits {
  size_t max_bytes = 4 * 1024 * 1024;  // the largest real content file is a few KB
  int max_depth = 32;                  // content nests 5-6 levels; deeper is a mistake or an attack
};

struct JsonReadResult {
  nlohmann::json value;  // null when the file could not be read at all
  bool ok = false;       // parsed (duplicate keys are reported but the file still loads)
};

// Parses `text`; problems are appended as "FILE:LINE:COL: message" or "FILE: /pointer: message".
// Duplicate keys keep the first value, so a pasted copy cannot silently override a translation.
JsonReadResult read_json(std::string_view text, std::string_view file, std::vector<std::string>& problems,
                         const JsonLimits& limits = {});

// "/a/b~1c" style pointer text for a path of keys and indices.
std::string json_pointer(const std::vector<std::string>& path);

}  // namespace dt
