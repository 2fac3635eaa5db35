#include "core/embed/host_height.h"

namespace dt {

int HostHeight::frame(std::string_view place, bool answers_shown, int content_height, bool settled) {
  if (place != place_) {
    place_ = std::string(place);
    seen_ = -1;
    done_ = false;
  }
  if (answers_shown) {
    if (told_ == kSelfCheckHeight) return -1;
    return told_ = kSelfCheckHeight;
  }
  if (done_) return -1;
  if (!settled) {
    seen_ = -1;
    return -1;
  }
  if (content_height != seen_) {
    seen_ = content_height;
    return -1;
  }
  done_ = true;
  if (content_height == told_) return -1;
  return told_ = content_height;
}

}  // namespace dt
