// Draws Dear ImGui's output with the project's own shaders. We own the whole GL context, so
// unlike ImGui's stock backend nothing is queried or restored per frame: every glGet* is a
// synchronous round trip to the GPU process in a browser, and those cost tens of ms a frame.
#pragma once
#include <string>

#include "ui/effects.h"

struct ImDrawData;

namespace dt {

struct Rgb;

class GlRenderer final : public ui::Effects {
 public:
  // Compiles and links the UI shaders; on failure `log` holds the compiler's message. The
  // diagram's flow shader is optional: if it fails, its log is printed and the UI draws the
  // diagram the plain way (flow_ready() is false).
  bool init(std::string& log);
  bool flow_ready() const override { return flow_program_ != 0; }
  void begin_flow(ImDrawList* dl, float time, float scale) override;
  void end_flow(ImDrawList* dl) override;
  // Uploads ImGui's font atlas (single channel) and hands its id to ImGui. False when the
  // GPU refused it (too large, out of memory).
  bool upload_font_atlas();
  // The largest texture side this GPU takes (the font atlas must fit).
  int max_texture_size() const { return max_texture_; }
  void render(const ImDrawData* data, int fb_width, int fb_height, Rgb clear);
  void shutdown();

 private:
  static void use_flow(const ImDrawList* list, const ImDrawCmd* cmd);
  void use_ui_program();
  unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, atlas_ = 0;
  int loc_proj_ = -1, loc_atlas_ = -1;
  unsigned flow_program_ = 0;
  int loc_flow_proj_ = -1, loc_flow_time_ = -1, loc_flow_scale_ = -1;
  float flow_time_ = 0, flow_scale_ = 1;
  float proj_[16] = {};
  int max_texture_ = 2048;  // WebGL 2 guarantees this much
};

}  // namespace dt
