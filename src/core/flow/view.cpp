#include "core/flow/view.h"

namespace dt {

bool FlowView::is_cut(const std::string& id) const {
  for (const auto& c : cut)
    if (c == id) return true;
  return false;
}

void FlowView::toggle_cut(const std::string& id) {
  for (size_t i = 0; i < cut.size(); ++i)
    if (cut[i] == id) {
      cut.erase(cut.begin() + static_cast<long>(i));
      return;
    }
  cut.push_back(id);
}

}  // namespace dt
