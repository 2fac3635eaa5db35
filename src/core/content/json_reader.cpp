#include "core/content/json_reader.h"

#include <algorithm>
#include <deque>
#include <utility>

namespace dt {

using nlohmann::json;

std::string json_pointer(const std::vector<std::string>& path) {
  if (path.empty()) return "/";
  std::string out;
  for (const auto& part : path) {
    out += '/';
    for (char c : part) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
  }
  return out;
}

namespace {

// Line and column (1-based, column in characters) of a byte offset.
std::pair<size_t, size_t> line_col(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

// What an organiser can do about a syntax error, in words, for the two slips that make most
// of them: a comma after the last item, and Chinese punctuation typed where JSON needs ASCII.
std::string plain_hint(std::string_view text, size_t position, const std::string& last_token,
                       const std::string& what) {
  // The parser stops on the character's first byte, so look at the text around it.
  const size_t from = position < 4 ? 0 : position - 4;
  const std::string_view near = text.substr(std::min(from, text.size()), 8);
  for (const char* p : {"\xEF\xBC\x8C", "\xEF\xBC\x9A", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE3\x80\x81"})
    if (last_token.find(p) != std::string::npos || near.find(p) != std::string_view::npos)
      return " (a Chinese " + std::string(p) +
             " outside the quotes, where JSON needs , : or \": retype it with English punctuation)";
  if (what.find("unexpected ']'") != std::string::npos || what.find("unexpected '}'") != std::string::npos) {
    size_t i = position == 0 ? 0 : position - 1;  // the bracket; look before it
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '\r' || text[i - 1] == '\t')) --i;
    if (i > 0 && text[i - 1] == ',') return " (a comma after the last item: remove it)";
  }
  return "";
}

// Builds the document itself (rather than nlohmann's DOM parser) to see every key as it
// arrives: duplicates are reported with their path, and depth is capped before anything deep
// is built (destroying a deeply nested json recurses and could overflow the stack).
class Builder : public nlohmann::json_sax<json> {
 public:
  Builder(std::string_view text, std::string_view file, std::vector<std::string>& problems, int max_depth)
      : text_(text), file_(file), problems_(problems), max_depth_(max_depth) {}

  json root;

  bool null() override { return put(json(nullptr)); }
  bool boolean(bool v) override { return put(json(v)); }
  bool number_integer(number_integer_t v) override { return put(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return put(json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return put(json(v)); }
  bool string(string_t& v) override { return put(json(std::move(v))); }
  bool binary(binary_t&) override { return put(json()); }
  bool start_object(std::size_t) override { return open(json::object()); }
  bool start_array(std::size_t) override { return open(json::array()); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    Frame& f = stack_.back();
    if (f.node->contains(k)) {
      auto path = path_of_stack();
      path.push_back(k);
      problems_.push_back(std::string(file_) + ": " + json_pointer(path) +
                          ": duplicate key (the first one is used; remove the other)");
      f.skip_next = true;
    }
    f.key = k;
    return true;
  }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3,
    // column 8: <what was wrong>"; keep what was wrong, and compute the place ourselves
    // (nlohmann counts bytes; an organiser's editor counts characters).
    std::string what = ex.what();
    if (auto c = what.find("column"); c != std::string::npos)
      if (auto p = what.find(": ", c); p != std::string::npos) what = what.substr(p + 2);
    // "; last read: '...'" can end inside a multi-byte character; the place says enough.
    if (auto p = what.find("; last read:"); p != std::string::npos) what.resize(p);
    // `position` is just past the offending token: report its last character.
    const auto [line, col] = line_col(text_, position == 0 ? 0 : position - 1);
    problems_.push_back(std::string(file_) + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + what +
                        plain_hint(text_, position, last_token, what));
    return false;
  }
  bool too_deep() const { return too_deep_; }

 private:
  struct Frame {
    json* node;
    std::string key;
    bool skip_next = false;
  };

  std::vector<std::string> path_of_stack() const {
    std::vector<std::string> path;
    for (size_t i = 0; i + 1 < stack_.size(); ++i) {
      const Frame& f = stack_[i];
      path.push_back(f.node->is_array() ? std::to_string(f.node->size() - 1) : f.key);
    }
    return path;
  }

  // Inserts `v` where the parser is; returns the stored value (nullptr when skipped).
  json* insert(json v) {
    if (stack_.empty()) {
      root = std::move(v);
      return &root;
    }
    Frame& f = stack_.back();
    if (f.node->is_array()) {
      f.node->push_back(std::move(v));
      return &f.node->back();
    }
    if (f.skip_next) {
      f.skip_next = false;
      // Parsed and checked, then dropped. A deque keeps addresses stable for the frames
      // that may point into it while the duplicate's own children are parsed.
      scratch_.push_back(std::move(v));
      return &scratch_.back();
    }
    return &((*f.node)[f.key] = std::move(v));
  }
  bool put(json v) {
    insert(std::move(v));
    return true;
  }
  bool open(json v) {
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      too_deep_ = true;
      problems_.push_back(std::string(file_) + ": " + json_pointer(path_of_stack()) + ": nested more than " +
                          std::to_string(max_depth_) + " levels deep");
      return false;
    }
    json* node = insert(std::move(v));
    // A skipped duplicate's children go into a scratch value that is thrown away.
    stack_.push_back(Frame{node, {}, false});
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }

  std::string_view text_, file_;
  std::vector<std::string>& problems_;
  int max_depth_;
  std::vector<Frame> stack_;
  std::deque<json> scratch_;
  bool too_deep_ = false;
};

}  // namespace

JsonReadResult read_json(std::string_view text, std::string_view file, std::vector<std::string>& problems,
                         const JsonLimits& limits) {
  JsonReadResult r;
  if (text.size() > limits.max_bytes) {
    problems.push_back(std::string(file) + ": file is " + std::to_string(text.size()) + " bytes; content files may be at most " +
                       std::to_string(limits.max_bytes));
    return r;
  }
  Builder b(text, file, problems, limits.max_depth);
  const bool ok = json::sax_parse(text.begin(), text.end(), &b, nlohmann::detail::input_format_t::json, true);
  if (!ok) return r;
  r.value = std::move(b.root);
  r.ok = true;
  return r;
}

}  // namespace dt
