# The UI font: Noto Sans SC subset to exactly the characters the content and UI strings use
# (plus ASCII and CJK punctuation), regenerated whenever content changes.
set(DT_FONT_SOURCE "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" CACHE FILEPATH "CJK font collection")
set(DT_FONT_BOLD_SOURCE "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc" CACHE FILEPATH "CJK bold collection")
set(DT_FONT_DIR "${CMAKE_BINARY_DIR}/assets/fonts")
file(GLOB_RECURSE _content_json CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/content/*.json")
add_custom_command(
  OUTPUT "${DT_FONT_DIR}/ui-regular.otf" "${DT_FONT_DIR}/ui-bold.otf" "${DT_FONT_DIR}/glyphs.txt"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/toolchain/subset-font.py"
          --content "${PROJECT_SOURCE_DIR}/content"
          --extra-text "${PROJECT_SOURCE_DIR}/src/ui/screens/problems.cpp"
          --extra-text "${PROJECT_SOURCE_DIR}/web/kiosk.json" --out "${DT_FONT_DIR}"
          --regular "${DT_FONT_SOURCE}" --bold "${DT_FONT_BOLD_SOURCE}"
  DEPENDS ${_content_json} "${PROJECT_SOURCE_DIR}/toolchain/subset-font.py"
          "${PROJECT_SOURCE_DIR}/src/ui/screens/problems.cpp" "${PROJECT_SOURCE_DIR}/web/kiosk.json"
  COMMENT "Subsetting Noto Sans SC to the characters in content/")
add_custom_target(datatrail_font DEPENDS "${DT_FONT_DIR}/ui-regular.otf" "${DT_FONT_DIR}/ui-bold.otf")
