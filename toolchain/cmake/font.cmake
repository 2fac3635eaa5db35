# The UI font: Noto Sans SC subset to exactly the characters the content and UI strings use
# (plus ASCII and CJK punctuation), regenerated whenever content changes, in two parts: what
# the first screen draws (packed into the .data) and the rest (fetched right after the first
# frame; toolchain/subset-font.py says which is which).
set(DT_FONT_SOURCE "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" CACHE FILEPATH "CJK font collection")
set(DT_FONT_BOLD_SOURCE "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc" CACHE FILEPATH "CJK bold collection")
set(DT_FONT_DIR "${CMAKE_BINARY_DIR}/assets/fonts")
file(GLOB_RECURSE _content_json CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/content/*.json")
add_custom_command(
  OUTPUT "${DT_FONT_DIR}/ui-regular.otf" "${DT_FONT_DIR}/ui-bold.otf" "${DT_FONT_DIR}/rest-r.otf"
         "${DT_FONT_DIR}/rest-b.otf" "${DT_FONT_DIR}/glyphs.txt"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/toolchain/subset-font.py"
          --content "${PROJECT_SOURCE_DIR}/content"
          --extra-text "${PROJECT_SOURCE_DIR}/src/ui/screens/problems.cpp"
          --extra-text "${PROJECT_SOURCE_DIR}/src/core/content/problem_words.cpp"
          --extra-text "${PROJECT_SOURCE_DIR}/web/kiosk.json" --out "${DT_FONT_DIR}"
          --regular "${DT_FONT_SOURCE}" --bold "${DT_FONT_BOLD_SOURCE}"
  DEPENDS ${_content_json} "${PROJECT_SOURCE_DIR}/toolchain/subset-font.py"
          "${PROJECT_SOURCE_DIR}/src/ui/screens/problems.cpp" "${PROJECT_SOURCE_DIR}/src/core/content/problem_words.cpp"
          "${PROJECT_SOURCE_DIR}/web/kiosk.json"
  COMMENT "Subsetting Noto Sans SC to the characters in content/")
add_custom_target(datatrail_font DEPENDS "${DT_FONT_DIR}/ui-regular.otf" "${DT_FONT_DIR}/ui-bold.otf")

# Glyph pages: every GBK character (all of GB2312 and the unified hanzi), cut into blocks of 256
# code points and fetched while the app runs when a text needs one the subset lacks (an
# organiser's own case). They depend only on the script and the font package, so they are
# built once into the dependency cache, keyed by the script's hash (a cold build: ~3 min),
# and copied beside the subset.
file(SHA256 "${PROJECT_SOURCE_DIR}/toolchain/glyph-pages.py" _pages_hash)
string(SUBSTRING "${_pages_hash}" 0 12 _pages_key)
set(DT_GLYPH_PAGES "${DT_CACHE}/glyph-pages-${_pages_key}")
add_custom_command(
  OUTPUT "${DT_FONT_DIR}/pages/index.txt"
  COMMAND /usr/bin/python3 "${PROJECT_SOURCE_DIR}/toolchain/glyph-pages.py"
          --regular "${DT_FONT_SOURCE}" --bold "${DT_FONT_BOLD_SOURCE}" --out "${DT_GLYPH_PAGES}"
  COMMAND ${CMAKE_COMMAND} -E rm -rf "${DT_FONT_DIR}/pages"
  COMMAND ${CMAKE_COMMAND} -E copy_directory "${DT_GLYPH_PAGES}" "${DT_FONT_DIR}/pages"
  DEPENDS "${PROJECT_SOURCE_DIR}/toolchain/glyph-pages.py"
  COMMENT "Glyph pages (from ${DT_GLYPH_PAGES})")
add_custom_target(datatrail_glyph_pages DEPENDS "${DT_FONT_DIR}/pages/index.txt")
add_dependencies(datatrail_font datatrail_glyph_pages)
