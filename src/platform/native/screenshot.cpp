#include "platform/native/screenshot.h"

#include <GLFW/glfw3.h>

#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_WINDOWS_UTF8
#include <stb/stb_image_write.h>

namespace dt {

bool write_framebuffer_png(const std::string& path, int width, int height, std::string& error) {
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);  // GL's origin is bottom-left
  if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4)) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace dt
