#include "platform/gl_renderer.h"

#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>

#include "core/theme.h"
#include "gl_api.h"
#include "platform/shaders.h"

namespace dt {

namespace {

std::string info_log(GLuint object, bool is_program) {
  char buf[2048] = {};
  if (is_program) glGetProgramInfoLog(object, sizeof buf, nullptr, buf);
  else glGetShaderInfoLog(object, sizeof buf, nullptr, buf);
  return buf;
}

GLuint compile(GLenum type, const char* body, const char* name, std::string& log) {
  const GLuint s = glCreateShader(type);
  const char* parts[] = {DT_GLSL_HEADER, body};
  glShaderSource(s, 2, parts, nullptr);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    log += std::string(name) + ": " + info_log(s, false);
    glDeleteShader(s);
    return 0;
  }
  return s;
}

// Compiles and links a program from ui.vert and `frag`; 0 (and the reason in `log`) on failure.
GLuint build_program(const char* frag, const char* name, std::string& log) {
  const GLuint vs = compile(GL_VERTEX_SHADER, shaders::ui_vert, "shaders/ui.vert", log);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, frag, name, log);
  if (!vs || !fs) {
    if (vs) glDeleteShader(vs);
    if (fs) glDeleteShader(fs);
    return 0;
  }
  GLuint p = glCreateProgram();
  glAttachShader(p, vs);
  glAttachShader(p, fs);
  glLinkProgram(p);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(p, GL_LINK_STATUS, &ok);
  if (!ok) {
    log += std::string(name) + ": link failed: " + info_log(p, true);
    glDeleteProgram(p);
    p = 0;
  }
  return p;
}

}  // namespace

bool GlRenderer::init(std::string& log) {
  program_ = build_program(shaders::ui_frag, "shaders/ui.frag", log);
  if (!program_) return false;
  loc_proj_ = glGetUniformLocation(program_, "u_proj");
  loc_atlas_ = glGetUniformLocation(program_, "u_atlas");
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture_);
  std::string flow_log;
  flow_program_ = build_program(shaders::flow_frag, "shaders/flow.frag", flow_log);
  if (flow_program_) {
    loc_flow_proj_ = glGetUniformLocation(flow_program_, "u_proj");
    loc_flow_time_ = glGetUniformLocation(flow_program_, "u_flow_time");
    loc_flow_scale_ = glGetUniformLocation(flow_program_, "u_flow_scale");
  } else {
    // Not fatal: the diagram is drawn with plain lines. Said on stdout (the browser's console
    // log), with the compiler's words, for whoever looks into it.
    std::printf("datatrail: the diagram's shader did not build, drawing it plainly: %s\n", flow_log.c_str());
  }

  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

  // State that never changes: set once, never queried.
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_);
  glUniform1i(loc_atlas_, 0);
  glActiveTexture(GL_TEXTURE0);
  ImGui::GetIO().BackendRendererName = "datatrail_gl";
  return true;
}

bool GlRenderer::upload_font_atlas() {
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  if (!atlas_) glGenTextures(1, &atlas_);
  glBindTexture(GL_TEXTURE_2D, atlas_);
  // Linear: ImGui draws anti-aliased lines from a ramp baked into the atlas.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  for (int i = 0; i < 8 && glGetError() != GL_NO_ERROR; ++i) {
  }  // earlier errors are not this upload's
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  // One round trip per atlas build (rare): a texture the GPU refused would draw garbage.
  const bool ok = glGetError() == GL_NO_ERROR;
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(atlas_)));
  // The CPU copy is no longer needed: on a phone the atlas is megabytes.
  ImGui::GetIO().Fonts->ClearTexData();
  return ok;
}

void GlRenderer::render(const ImDrawData* data, int fb_width, int fb_height, Rgb clear) {
  glViewport(0, 0, fb_width, fb_height);
  glScissor(0, 0, fb_width, fb_height);
  glClearColor(clear.r / 255.0f, clear.g / 255.0f, clear.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (!data || data->CmdListsCount == 0) return;
  const ImVec2 pos = data->DisplayPos, size = data->DisplaySize, scale = data->FramebufferScale;
  const float l = pos.x, r = pos.x + size.x, t = pos.y, b = pos.y + size.y;
  const float proj[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1, 0,
                          (r + l) / (l - r), (t + b) / (b - t), 0, 1};
  std::copy(proj, proj + 16, proj_);
  use_ui_program();
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  static_assert(sizeof(ImDrawIdx) == 4, "ImDrawIdx must be 32-bit (set in CMakeLists.txt)");
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size * sizeof(ImDrawVert)),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size * sizeof(ImDrawIdx)),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {  // the flow shader's start, or the way back to the UI's
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) use_ui_program();
        else cmd.UserCallback(list, &cmd);
        continue;
      }
      const ImVec2 clip_min((cmd.ClipRect.x - pos.x) * scale.x, (cmd.ClipRect.y - pos.y) * scale.y);
      const ImVec2 clip_max((cmd.ClipRect.z - pos.x) * scale.x, (cmd.ClipRect.w - pos.y) * scale.y);
      if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
      glScissor(static_cast<GLint>(clip_min.x), static_cast<GLint>(static_cast<float>(fb_height) - clip_max.y),
                static_cast<GLsizei>(clip_max.x - clip_min.x), static_cast<GLsizei>(clip_max.y - clip_min.y));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<uintptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
}

void GlRenderer::use_ui_program() {
  glUseProgram(program_);
  glUniformMatrix4fv(loc_proj_, 1, GL_FALSE, proj_);
}

void GlRenderer::use_flow(const ImDrawList*, const ImDrawCmd* cmd) {
  auto* self = static_cast<GlRenderer*>(cmd->UserCallbackData);
  glUseProgram(self->flow_program_);
  glUniformMatrix4fv(self->loc_flow_proj_, 1, GL_FALSE, self->proj_);
  glUniform1f(self->loc_flow_time_, self->flow_time_);
  glUniform1f(self->loc_flow_scale_, self->flow_scale_);
}

void GlRenderer::begin_flow(ImDrawList* dl, float time, float scale) {
  // One time and zoom per frame: every hop drawn this frame shares them.
  flow_time_ = time;
  flow_scale_ = scale;
  dl->AddCallback(&GlRenderer::use_flow, this);
}

void GlRenderer::end_flow(ImDrawList* dl) { dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr); }

void GlRenderer::shutdown() {
  if (flow_program_) glDeleteProgram(flow_program_);
  if (atlas_) glDeleteTextures(1, &atlas_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (program_) glDeleteProgram(program_);
  atlas_ = vbo_ = ebo_ = vao_ = program_ = flow_program_ = 0;
}

}  // namespace dt
