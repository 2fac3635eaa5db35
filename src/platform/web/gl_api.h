// OpenGL ES 3.0 (WebGL2), as the browser build sees it.
#pragma once
#include <GLES3/gl3.h>
#define DT_GLSL_HEADER "#version 300 es\n"
