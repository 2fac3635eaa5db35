// Reads the widget's files: content JSON and fonts. Natively from the source and build trees,
// in the browser from the preloaded virtual file system (/content, /fonts).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ui/ui_app.h"

namespace dt {

std::optional<std::string> read_file(const std::string& path);

// Reads content files relative to `dir`.
ContentReader content_reader(const std::string& dir);
// Lists the files in `dir`/cases.
CaseLister case_lister(const std::string& dir);

// Missing files are reported in `problems`; whatever loaded is returned.
ui::UiAssets load_ui_assets(const std::string& content_dir, const std::string& font_dir,
                            std::vector<std::string>& problems);

// A glyph page's two faces from `font_dir`/pages (see core/text/glyph_pages.h), or for
// GlyphPages::kRest the rest of the UI font (`font_dir`/rest-{r,b}.otf); false if either
// cannot be read.
bool read_glyph_page(const std::string& font_dir, int page, std::string& regular, std::string& bold);

}  // namespace dt
