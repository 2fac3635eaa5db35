#include "ui/semantics.h"

namespace dt::ui {

void Semantics::add(SemanticNode::Role role, std::string_view label, ImVec2 min, ImVec2 max) {
  if (count_ == nodes_.size()) nodes_.emplace_back();
  SemanticNode& n = nodes_[count_++];
  n.role = role;
  n.label.assign(label.data(), label.size());
  n.min = min;
  n.max = max;
}

const SemanticNode* Semantics::find(std::string_view text) const {
  for (size_t i = 0; i < count_; ++i)
    if (nodes_[i].label.find(text) != std::string::npos) return &nodes_[i];
  return nullptr;
}

}  // namespace dt::ui
