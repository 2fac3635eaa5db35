#include "core/content/problem_words.h"

namespace dt {

namespace {

struct Words {
  std::string_view needle;  // in the English message
  std::string_view zh;
};

// First match wins: the specific before the general.
constexpr Words kWords[] = {
    {"a comma after the last item", "格式错误：最后一项后面多了一个逗号，删掉它。"},
    {"outside the quotes", "格式错误：引号外面用了中文标点（，：“”），请改成英文标点。"},
    {"syntax error", "格式错误：括号、引号或逗号不对，请看行号和列号指的位置。"},
    {"not listed in cases/index.json", "cases/index.json 的列表里没有这个案例，所以它不会显示：把它的 id 加进列表。"},
    {"but there is no such file", "cases/index.json 列出了这个案例，但找不到它的文件：检查文件名。"},
    {"cannot be read", "读不到这个文件：文件不存在，或者打不开。"},
    {"duplicate key", "同一个字段写了两次：只用第一个，删掉另一个。"},
    {"unknown key", "不认识这个字段，已忽略：检查拼写（后面可能有建议的写法）。"},
    {"or leave the field out", "这里的文字是空的：填上内容，或者删掉这个字段。"},
    {"empty text", "这里的文字是空的：请填上内容。"},
    {"missing", "缺少必须填写的字段。"},
    {"entries; expected", "数量不对：这个列表的项目太少或太多（后面写着允许的数量，例如“1 to 32”就是1到32项）。"},
    {"is on no edge", "这张卡片还没有连到任何一环：在“信息怎么流动”里加一环连上它，或者删掉这张卡片。"},
    {"no buyer:", "流向图里至少要有一张“买家”卡片，表示信息最后到了哪里；报道没说是谁买的，就选“报道没说明的买家”。"},
    {"the same headline as source", "这篇报道已经在来源列表里了：直接选用它，不要重复添加。"},
    {"is not a valid id", "写法不对：只能用英文小写字母、数字、“-”和“_”，最多64个；大写字母改成小写，空格改成“-”。"},
    {"not listed in publisher_hosts", "网址的域名不在发布者自己的域名里：是发布者自己的网站，就把域名加进去；不是，就选“别的网站转载的”。"},
    {"publisher_hosts only if", "微信文章要写公众号的 __biz，而且只能是发布者自己的公众号；不是的话选“别的网站转载的”。"},
    {"an address starts with", "网址要以 https:// 或 http:// 开头。"},
    {"(a local case in Chinese only)", "languages 只能写 [\"zh-Hans\"]（只有中文的本地案例）或 [\"zh-Hans\", \"en\"]（两种语言，默认）。"},
    {"no source \"", "sources.json 里没有这个来源：先在 sources.json 里添加它。"},
    {"no reminder \"", "reminders.json 里没有这条提醒：检查 id 的拼写。"},
    {"no case \"", "cases/index.json 里没有这个案例：检查 id 的拼写。"},
    {"no question \"", "quiz/questions.json 里没有这道题：检查 id 的拼写。"},
    {"a show of hands cannot", "这道题有多个答案，或者选项超过四个，现场举手没法回答：换一道单选题。"},
    {"no node \"", "这张图里没有这个节点：检查节点 id 的拼写。"},
    {"no graph \"", "没有这张图：写案例的 id，或者 overview。"},
    {"has no edge", "这张图里没有这一步：检查这一步的 id。"},
    {"is listed twice", "同一个案例在列表里出现了两次。"},
    {"the id must match the file name", "id 必须和文件名一样。"},
    {"expected", "类型不对：例如该写文字的地方写了数字，或者少了引号。"},
};

}  // namespace

std::string problem_in_chinese(std::string_view line) {
  // Past the file's name, which is the organiser's own ("missing-persons.json").
  const size_t after_file = line.find(": ");
  const std::string_view said = after_file == std::string_view::npos ? line : line.substr(after_file + 2);
  for (const Words& w : kWords)
    if (said.find(w.needle) != std::string_view::npos) return std::string(w.zh);
  return "";
}

std::vector<std::string_view> problem_words_all() {
  std::vector<std::string_view> all;
  for (const Words& w : kWords) all.push_back(w.zh);
  return all;
}

}  // namespace dt
