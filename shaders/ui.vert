// Dear ImGui geometry: positions in framebuffer pixels, one colour per vertex.
// The platform prepends the #version line (300 es for WebGL2, 330 core for desktop).
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_col;
uniform mat4 u_proj;
out vec2 v_uv;
out vec4 v_col;
void main() {
  v_uv = a_uv;
  v_col = a_col;
  gl_Position = u_proj * vec4(a_pos, 0.0, 1.0);
}
