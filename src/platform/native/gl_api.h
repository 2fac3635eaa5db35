// OpenGL 3.3 core, as the desktop build sees it. GLVND's libOpenGL exports every core
// entry point, so no loader is needed on Linux.
#pragma once
#define GL_GLEXT_PROTOTYPES 1
#include <GL/glcorearb.h>
#define DT_GLSL_HEADER "#version 330 core\n"
