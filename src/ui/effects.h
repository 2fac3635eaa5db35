// GPU drawing the platform offers beyond ImGui's plain triangles: the diagram's flowing hops
// (shaders/flow.frag). The UI asks flow_ready() each frame; without effects (no graphics in
// tests, or a shader that failed to compile) it draws plain curves and CPU particles instead.
#pragma once
#include <imgui.h>

namespace dt::ui {

class Effects {
 public:
  virtual ~Effects() = default;
  virtual bool flow_ready() const = 0;
  // Triangles added to `dl` between these two calls are drawn by the flow shader, whose uv is
  // (distance along the hop in framebuffer px, -1..1 across the stroke). `time` in seconds
  // moves the pulses; `scale` is framebuffer px per logical px (pulse spacing follows zoom).
  virtual void begin_flow(ImDrawList* dl, float time, float scale) = 0;
  virtual void end_flow(ImDrawList* dl) = 0;
};

}  // namespace dt::ui
