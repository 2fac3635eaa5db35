// Reads the current framebuffer back and writes it as a PNG (for tests and the README).
#pragma once
#include <string>

namespace dt {
bool write_framebuffer_png(const std::string& path, int width, int height, std::string& error);
}
