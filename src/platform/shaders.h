// GLSL sources from shaders/, embedded at build time (toolchain/cmake/shaders.cmake).
#pragma once
namespace dt::shaders {
extern const char* const ui_vert;
extern const char* const ui_frag;
extern const char* const flow_frag;
}  // namespace dt::shaders
