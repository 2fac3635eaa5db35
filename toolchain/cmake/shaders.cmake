# Embeds shaders/*.vert|frag as C++ strings (the app needs no files at run time). Editing a
# shader re-runs configure, which regenerates the file.
file(GLOB _shaders CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/shaders/*.vert" "${PROJECT_SOURCE_DIR}/shaders/*.frag")
set(_out "// Generated from shaders/ by toolchain/cmake/shaders.cmake. Do not edit.\n#include \"platform/shaders.h\"\nnamespace dt::shaders {\n")
foreach(_s ${_shaders})
  get_filename_component(_name "${_s}" NAME)
  string(REPLACE "." "_" _id "${_name}")
  file(READ "${_s}" _src)
  string(APPEND _out "const char* const ${_id} = R\"glsl(${_src})glsl\";\n")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_s}")
endforeach()
string(APPEND _out "}  // namespace dt::shaders\n")
file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/generated/shaders.cpp" CONTENT "${_out}" @ONLY)
set(DT_SHADERS_CPP "${CMAKE_BINARY_DIR}/generated/shaders.cpp")
