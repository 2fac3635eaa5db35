// Helpers shared by the core tests.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace dt::test {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string source_path(const std::string& rel) { return std::string(DT_SOURCE_DIR) + "/" + rel; }

}  // namespace dt::test
