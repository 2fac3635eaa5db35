// --watch: notices when any file under a content folder is added, removed or changed (its size
// or modification time), so someone writing a case beside the running app sees it at once.
// Polled (a few stat calls a second for a folder of a few dozen files) rather than an OS
// notification API: the same on every desktop, and nothing to clean up.
#pragma once
#include <cstdint>
#include <string>

namespace dt {

class ContentWatch {
 public:
  explicit ContentWatch(std::string dir);
  // True once for each change since the last call (the first call only takes a reading).
  bool changed();

 private:
  uint64_t signature() const;
  std::string dir_;
  uint64_t last_ = 0;
  bool read_ = false;
};

}  // namespace dt
