// The diagram's hops, drawn as strips by the UI: data pulses travelling from sender to
// receiver. uv.x is the distance along the hop in framebuffer px, uv.y runs -1..1 across
// the stroke (its outer edge fades out: anti-aliasing without multisampling).
precision highp float;  // distances reach thousands of px; WebGL2 guarantees highp
in vec2 v_uv;
in vec4 v_col;
uniform float u_flow_time;   // seconds; held still when motion is off
uniform float u_flow_scale;  // framebuffer px per logical px at the diagram's zoom
out vec4 o_col;
void main() {
  float edge = 1.0 - smoothstep(0.55, 1.0, abs(v_uv.y));
  float period = 26.0 * u_flow_scale;
  float phase = fract((v_uv.x - u_flow_time * 55.0 * u_flow_scale) / period);
  // A rounded pulse over a faint track: direction you can read at a glance.
  float pulse = smoothstep(0.0, 0.18, phase) * (1.0 - smoothstep(0.42, 0.6, phase));
  o_col = vec4(v_col.rgb, v_col.a * edge * mix(0.3, 1.0, pulse));
}
