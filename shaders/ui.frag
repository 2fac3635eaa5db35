// The font atlas is single-channel coverage (R8, a quarter of RGBA): text and shapes take
// their colour from the vertex and their alpha from the atlas.
precision mediump float;
in vec2 v_uv;
in vec4 v_col;
uniform sampler2D u_atlas;
out vec4 o_col;
void main() {
  o_col = vec4(v_col.rgb, v_col.a * texture(u_atlas, v_uv).r);
}
