// The control for frame times (issue 20): a page in the same browser whose animation-frame
// callback does a fixed amount of plain work (about DataTrail's median frame) and draws one
// WebGL2 quad. Timed by the same wrapper as DataTrail (measure.mjs countFrames) under the
// same input, it shows what this browser, this GPU process and this machine add to any
// frame: DataTrail's p95 above the control's p95 is DataTrail's own.
export const WORK_MS = 0.5;

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>control</title></head>
<body style="margin:0;overflow:hidden"><canvas id="c" style="display:block;width:100vw;height:100vh"></canvas>
<script>
const c = document.getElementById('c');
c.width = innerWidth * devicePixelRatio;
c.height = innerHeight * devicePixelRatio;
const gl = c.getContext('webgl2');
const shader = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
const prog = gl.createProgram();
gl.attachShader(prog, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'));
gl.attachShader(prog, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float; uniform float t; out vec4 o;' +
  ' void main() { o = vec4(0.2, 0.4, 0.6 + 0.3 * sin(t), 1.0); }'));
gl.linkProgram(prog);
gl.useProgram(prog);
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-.5, -.5, .5, -.5, .5, .5, -.5, -.5, .5, .5, -.5, .5]), gl.STATIC_DRAW);
gl.enableVertexAttribArray(0);
gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
const uT = gl.getUniformLocation(prog, 't');
// Plain work of a fixed size: iterations calibrated once (after warming the JIT) to ${WORK_MS} ms.
const work = (n) => { let x = 1; for (let i = 0; i < n; i++) x = (Math.imul(x, 1664525) + 1013904223) | 0; return x; };
for (let i = 0; i < 20; i++) work(1e5);
let t0 = performance.now(); work(2e7); const perMs = 2e7 / (performance.now() - t0);
const n = Math.round(perMs * ${WORK_MS});
globalThis.control = { frames: 0, sink: 0 };
let pending = false, settle = 0;
function frame(t) {
  pending = false;
  globalThis.control.sink ^= work(n);
  gl.viewport(0, 0, c.width, c.height);
  gl.clearColor(1, 1, 1, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.uniform1f(uT, t / 1000);
  gl.drawArrays(gl.TRIANGLES, 0, 6);
  globalThis.control.frames++;
  if (--settle > 0) ask();
}
function ask() { if (!pending) { pending = true; requestAnimationFrame(frame); } }
// Like DataTrail: input earns a few frames; nothing is drawn while nothing happens.
addEventListener('mousemove', () => { settle = 3; ask(); });
ask();
</script></body></html>`;

// Serves the control page at `url` (any address of the bench's server) for this context.
export async function routeControl(context, url) {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: page }));
}
