// Shown first when the content set is broken. Its own words are built in, in both languages
// at once, because the broken file may be the very strings file this screen would read.
// The problem lines themselves are for the organiser who edits the files: file, JSON
// pointer, message, exactly as the checker prints them, each with what it means in Chinese.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/content/problem_words.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {
constexpr const char* kHeading = "内容文件有问题 · The content files have problems";
constexpr const char* kExplainZh =
    "部分案例或文字可能无法显示。请把下面的信息发给维护内容的人：他们在本网站的 check.html 页面选择内容文件夹，"
    "就能看到同样的列表，改好后再预览。";
constexpr const char* kExplainEn =
    "Some cases or words may be missing. Send the lines below to whoever maintains the content: on this site's "
    "check.html page they can choose the content folder, see the same list, and preview the widget once it is fixed.";
constexpr const char* kContinue = "继续使用 · Continue";
// check.html with nothing wrong: said as plainly as a problem would be.
constexpr const char* kCleanHeading = "没有发现问题 · No problems found";
constexpr const char* kCleanZh = "这些内容文件可以放到网站的 content 文件夹里。点“继续使用”，看看用它们预览的小组件。";
constexpr const char* kCleanEn =
    "These content files are ready for the site's content folder. Press Continue to see the widget previewed with them.";
constexpr size_t kShown = 60;  // enough to act on; the checker prints the rest
}  // namespace

const char* problems_title() { return "内容问题 · Content problems"; }

std::vector<std::string_view> problems_screen_text() {
  std::vector<std::string_view> all{problems_title(), kHeading, kExplainZh, kExplainEn, kContinue,
                                    kCleanHeading, kCleanZh, kCleanEn};
  for (auto w : problem_words_all()) all.push_back(w);
  return all;
}

void draw_problems(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Reading r(ctx, ctx.narrow() ? 24 : 40);
  const bool clean = ctx.problems.empty();
  CalloutStyle notice{clean ? p.tint_success : p.tint_warning};
  notice.has_icon = true;
  notice.icon = clean ? Icon::Shield : Icon::Clock;
  notice.icon_colour = p.text;
  notice.pad = 24;
  callout(ctx, notice,
          {{clean ? kCleanHeading : kHeading, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading, p.text, 1.3f, 2},
           {clean ? kCleanZh : kExplainZh, ctx.fonts.body, p.text, 1.5f, 0, 12},
           {clean ? kCleanEn : kExplainEn, ctx.fonts.body, p.text_secondary, 1.5f, 0, 8}},
          r.width);
  gap(ctx, 24);
  if (primary_button(ctx, "##continue", kContinue, ctx.narrow() ? r.width : 0)) ctx.state.go_home();
  gap(ctx, 24);

  const size_t n = std::min(ctx.problems.size(), kShown);
  for (size_t i = 0; i < n; ++i) {
    paragraph(ctx, ctx.problems[i], ctx.fonts.caption, p.text, r.width);
    if (const std::string zh = problem_in_chinese(ctx.problems[i]); !zh.empty()) {
      gap(ctx, 2);
      paragraph(ctx, zh, ctx.fonts.caption, p.text_secondary, r.width);
    }
    gap(ctx, 12);
  }
  if (ctx.problems.size() > n)
    paragraph(ctx, "… +" + std::to_string(ctx.problems.size() - n), ctx.fonts.caption, p.text_secondary, r.width);
  page_end(ctx, 40);
}

}  // namespace dt::ui
