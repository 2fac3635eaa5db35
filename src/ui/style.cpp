#include "ui/style.h"

#include <imgui.h>

#include "ui/context.h"

namespace dt::ui {

namespace {
ImVec4 v4(Rgb c, float a = 1.0f) { return ImGui::ColorConvertU32ToFloat4(to_u32(c, a)); }
}  // namespace

void apply_style(const Theme& theme, float scale) {
  ImGuiStyle style;  // start from defaults every time: ScaleAllSizes is not idempotent
  const auto& p = theme.palette;
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FrameRounding = theme.space.radius;
  style.ItemSpacing = ImVec2(theme.space.unit, theme.space.unit);
  style.ScrollbarSize = 8;
  style.ScrollbarRounding = 4;
  style.GrabMinSize = 32;
  style.TouchExtraPadding = ImVec2(0, 0);
  auto* c = style.Colors;
  c[ImGuiCol_WindowBg] = v4(p.background);
  c[ImGuiCol_ChildBg] = v4(p.background, 0);
  c[ImGuiCol_Text] = v4(p.text);
  c[ImGuiCol_TextDisabled] = v4(p.text_secondary);
  c[ImGuiCol_ScrollbarBg] = v4(p.background, 0);
  c[ImGuiCol_ScrollbarGrab] = v4(p.text_secondary, 0.35f);
  c[ImGuiCol_ScrollbarGrabHovered] = v4(p.text_secondary, 0.55f);
  c[ImGuiCol_ScrollbarGrabActive] = v4(p.accent, 0.8f);
  c[ImGuiCol_NavHighlight] = v4(p.focus);
  c[ImGuiCol_Border] = v4(p.border);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace dt::ui
