# The web bundle: datatrail.{js,wasm,data} plus the pages in web/, copied into DT_WEB_BUNDLE
# with .br and .gz siblings that nginx serves as they are (gzip_static / brotli by extension).
set(DT_WEB_BUNDLE "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH "Where the deployable web bundle is assembled")

# Two bundles from one source: datatrail (the widget every visitor loads) and datatrail-present
# (present.html: the same app with presenter mode's screens). Only the second links them
# (src/platform/present_screens.h), so the talk's slides cost the public widget no bytes.
function(dt_web_app name screens)
  add_executable(${name} src/platform/web/main_web.cpp src/platform/web/web_speech.cpp src/platform/web/web_printer.cpp
                 ${screens} ${DT_PLATFORM_COMMON})
  target_include_directories(${name} PRIVATE src/platform/web)
  target_link_libraries(${name} PRIVATE datatrail_ui dt_warnings)
  add_dependencies(${name} datatrail_font)
  # The .data is written by the link: relink when a preloaded file changes (a content edit
  # changes the font subset without touching any object file).
  set_target_properties(${name} PROPERTIES SUFFIX ".js" LINK_DEPENDS
    "${DT_FONT_DIR}/ui-regular.otf;${DT_FONT_DIR}/ui-bold.otf;${DT_FONT_DIR}/pages/index.txt")
  target_link_options(${name} PRIVATE
    -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
    -sINITIAL_MEMORY=33554432 -sENVIRONMENT=web -sEXIT_RUNTIME=0
    # No eval/new Function anywhere, so the page's CSP needs no 'unsafe-eval'.
    -sDYNAMIC_EXECUTION=0 -sMINIFY_HTML=0 -sFILESYSTEM=1
    # web/embed.js passes a host page's "open" request in as a string.
    -sEXPORTED_RUNTIME_METHODS=ccall
    # Only the fonts are packed: the content is read at run time from content/ beside the
    # bundle (web/app.js fetches it), so an organiser's edit needs no rebuild.
    "SHELL:--preload-file ${DT_FONT_DIR}/ui-regular.otf@/fonts/ui-regular.otf"
    "SHELL:--preload-file ${DT_FONT_DIR}/ui-bold.otf@/fonts/ui-bold.otf"
    # Which glyph pages exist (a few hundred bytes); the pages themselves are fetched on demand.
    "SHELL:--preload-file ${DT_FONT_DIR}/pages/index.txt@/fonts/pages/index.txt")
endfunction()
dt_web_app(datatrail src/platform/present_screens_none.cpp)
dt_web_app(datatrail-present src/platform/present_screens.cpp)
# The content copied beside the bundle (and read by the text version).
file(GLOB_RECURSE _bundled_content CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/content/strings/*.json"
     "${PROJECT_SOURCE_DIR}/content/cases/*.json" "${PROJECT_SOURCE_DIR}/content/quiz/*.json"
     "${PROJECT_SOURCE_DIR}/content/*.json")
list(FILTER _bundled_content EXCLUDE REGEX "/content/schema/")
file(GLOB _web_pages CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/web/*.html" "${PROJECT_SOURCE_DIR}/web/*.js"
     "${PROJECT_SOURCE_DIR}/web/*.css" "${PROJECT_SOURCE_DIR}/web/*.svg" "${PROJECT_SOURCE_DIR}/web/*.json")
# The text version for browsers without WebGL 2, generated from the same content.
add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/stories.html"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/toolchain/text-version.py"
          --content "${PROJECT_SOURCE_DIR}/content" --out "${CMAKE_BINARY_DIR}/stories.html"
  DEPENDS ${_bundled_content} "${PROJECT_SOURCE_DIR}/toolchain/text-version.py"
  COMMENT "Writing the text version of the stories" VERBATIM)
list(APPEND _web_pages "${CMAKE_BINARY_DIR}/stories.html")
# Re-assembled whenever the app or any page changes (a page edit alone does not relink).
add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/web_bundle.stamp"
  COMMAND "${PROJECT_SOURCE_DIR}/toolchain/assemble-web" "$<TARGET_FILE_DIR:datatrail>" "${DT_WEB_BUNDLE}"
          "${PROJECT_SOURCE_DIR}/content" "${DT_FONT_DIR}/pages" ${_web_pages}
  COMMAND ${CMAKE_COMMAND} -E touch "${CMAKE_BINARY_DIR}/web_bundle.stamp"
  DEPENDS datatrail datatrail-present ${_web_pages} ${_bundled_content} "${PROJECT_SOURCE_DIR}/toolchain/assemble-web"
          "${DT_FONT_DIR}/pages/index.txt" "${DT_FONT_DIR}/rest-r.otf" "${DT_FONT_DIR}/rest-b.otf"
  COMMENT "Assembling and precompressing the web bundle in ${DT_WEB_BUNDLE}" VERBATIM)
add_custom_target(web_bundle ALL DEPENDS "${CMAKE_BINARY_DIR}/web_bundle.stamp")
