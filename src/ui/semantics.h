// What the current frame shows, as meaning rather than pixels: each interactive item with
// its role, its label and where it is. Rebuilt every frame. Tests find things by label here
// (and click where they are); the accessibility mirror will turn it into DOM.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace dt::ui {

struct SemanticNode {
  enum class Role { Button, Link, Tab };
  Role role = Role::Button;
  std::string label;
  ImVec2 min, max;
  ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

class Semantics {
 public:
  // Elements are kept and overwritten, so a steady screen allocates nothing per frame.
  void clear() { count_ = 0; }
  void add(SemanticNode::Role role, std::string_view label, ImVec2 min, ImVec2 max);
  // Records ImGui's last item.
  void add_last_item(SemanticNode::Role role, std::string_view label) {
    add(role, label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  size_t size() const { return count_; }
  const SemanticNode& operator[](size_t i) const { return nodes_[i]; }
  // First node whose label contains `text`, or nullptr.
  const SemanticNode* find(std::string_view text) const;

 private:
  std::vector<SemanticNode> nodes_;
  size_t count_ = 0;
};

}  // namespace dt::ui
