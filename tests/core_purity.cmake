# The layers' include rules. Fails if any file under DIR (src/core) includes ImGui, GLFW,
# OpenGL or Emscripten headers, or if any file under UI_DIR (src/ui) includes a platform
# file, GLFW, OpenGL or Emscripten headers: core knows nothing of drawing, the UI nothing of
# the machine it runs on.
function(check_layer dir pattern what)
  file(GLOB_RECURSE _files "${dir}/*.h" "${dir}/*.cpp")
  list(LENGTH _files _n)
  if(_n EQUAL 0)
    message(FATAL_ERROR "no sources found in ${dir}")
  endif()
  set(_bad "")
  foreach(_f ${_files})
    file(STRINGS "${_f}" _hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${pattern})")
    if(_hits)
      list(APPEND _bad "${_f}: ${_hits}")
    endif()
  endforeach()
  if(_bad)
    string(REPLACE ";" "\n" _msg "${_bad}")
    message(FATAL_ERROR "${what}:\n${_msg}")
  endif()
  message(STATUS "${dir}: ${_n} files clean")
endfunction()

check_layer("${DIR}" "imgui|GLFW|GL/|GLES|emscripten|webgl" "src/core must stay pure C++ (no UI/GL/Emscripten includes)")
if(UI_DIR)
  check_layer("${UI_DIR}" "platform/|GLFW|GL/|GLES|emscripten|webgl|glad"
              "src/ui draws through Dear ImGui only (no platform, GLFW, GL or Emscripten includes)")
endif()
