// Draws Dear ImGui's output with the project's own shaders. We own the whole GL context, so
// unlike ImGui's stock backend nothing is queried or restored per frame: every glGet* is a
// synchronous round trip to the GPU process in a browser, and those cost tens of ms a frame.
#pragma once
#include <string>

struct ImDrawData;

namespace dt {

struct Rgb;

class GlRenderer {
 public:
  // Compiles and links the UI shaders; on failure `log` holds the compiler's message.
  bool init(std::string& log);
  // Uploads ImGui's font atlas (single channel) and hands its id to ImGui.
  void upload_font_atlas();
  void render(const ImDrawData* data, int fb_width, int fb_height, Rgb clear);
  void shutdown();

 private:
  unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, atlas_ = 0;
  int loc_proj_ = -1, loc_atlas_ = -1;
};

}  // namespace dt
