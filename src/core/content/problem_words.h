// What a content problem means, in Chinese, for the Problems screen: the checker's lines are
// exact (file, JSON pointer, message) but English, and many organisers read Chinese first.
// Known messages get a plain sentence of what is wrong and what to do; others get none (the
// English line is still shown). Its Chinese goes into the font subset (toolchain/cmake/font.cmake).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dt {

// The Chinese for the message in `line` ("FILE: /pointer: message" or "FILE:L:C: message"),
// or "" when the message is not one of the known kinds.
std::string problem_in_chinese(std::string_view line);

// Every sentence problem_in_chinese can return (to make sure their glyphs are at hand).
std::vector<std::string_view> problem_words_all();

}  // namespace dt
