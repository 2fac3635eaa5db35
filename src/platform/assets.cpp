#include "platform/assets.h"

#include <dirent.h>

#include <cstdio>

namespace dt {

std::optional<std::string> read_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  std::string data;
  char buf[1 << 16];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) data.append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  if (!ok) return std::nullopt;
  return data;
}

ContentReader content_reader(const std::string& dir) {
  return [dir](const std::string& rel) { return read_file(dir + "/" + rel); };
}

// POSIX: the same natively and in the browser, where it lists what app.js placed in the
// virtual file system (the server's listed cases, or every case file chosen in check.html).
CaseLister case_lister(const std::string& dir) {
  return [dir] {
    std::vector<std::string> names;
    if (DIR* d = opendir((dir + "/cases").c_str())) {
      while (const dirent* e = readdir(d))
        if (e->d_name[0] != '.') names.emplace_back(e->d_name);
      closedir(d);
    }
    return names;
  };
}

ui::UiAssets load_ui_assets(const std::string& content_dir, const std::string& font_dir,
                            std::vector<std::string>& problems) {
  ui::UiAssets a;
  auto load = [&](const std::string& path, std::string& out) {
    if (auto data = read_file(path)) out = std::move(*data);
    else problems.push_back(path + ": cannot be read");
  };
  load(content_dir + "/strings/zh-Hans.json", a.strings_zh);
  load(content_dir + "/strings/en.json", a.strings_en);
  a.content = content_reader(content_dir);
  a.list_cases = case_lister(content_dir);
  load(font_dir + "/ui-regular.otf", a.fonts.regular);
  load(font_dir + "/ui-bold.otf", a.fonts.bold);
  // No index, no pages: the subset is all there is (a build without them still runs).
  if (auto index = read_file(font_dir + "/pages/index.txt")) a.fonts.page_index = std::move(*index);
  // The rest of the UI font, beside the first screen's part (the browser fetches it later).
  ui::FontBytes::Page rest;
  if (read_glyph_page(font_dir, GlyphPages::kRest, rest.regular, rest.bold))
    a.fonts.pages[GlyphPages::kRest] = std::move(rest);
  return a;
}

bool read_glyph_page(const std::string& font_dir, int page, std::string& regular, std::string& bold) {
  char name[16];
  std::snprintf(name, sizeof name, "/pages/%02x-", page & 0xFF);
  const std::string stem = font_dir + (page == GlyphPages::kRest ? std::string("/rest-") : name);
  auto r = read_file(stem + "r.otf");
  auto b = read_file(stem + "b.otf");
  if (!r || !b) return false;
  regular = std::move(*r);
  bold = std::move(*b);
  return true;
}

}  // namespace dt
