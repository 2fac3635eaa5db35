#include "platform/native/content_watch.h"

#include <filesystem>
#include <string_view>
#include <system_error>

namespace dt {

namespace {
void mix(uint64_t& h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;  // FNV-1a
}
void mix(uint64_t& h, uint64_t v) { mix(h, std::string_view(reinterpret_cast<const char*>(&v), sizeof v)); }
}  // namespace

ContentWatch::ContentWatch(std::string dir) : dir_(std::move(dir)) {}

// Every regular file's path, size and modification time, each hashed and summed (the order a
// directory lists its files in does not matter). Errors (a file saved by replacing it,
// mid-rename) just give another number.
uint64_t ContentWatch::signature() const {
  namespace fs = std::filesystem;
  uint64_t sum = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code fe;
    if (!it->is_regular_file(fe) || fe) continue;
    uint64_t h = 1469598103934665603ull;
    mix(h, it->path().generic_string());
    mix(h, static_cast<uint64_t>(it->file_size(fe)));
    mix(h, static_cast<uint64_t>(it->last_write_time(fe).time_since_epoch().count()));
    sum += h;
  }
  return ec ? sum ^ static_cast<uint64_t>(ec.value()) : sum;
}

bool ContentWatch::changed() {
  const uint64_t now = signature();
  const bool differs = read_ && now != last_;
  last_ = now;
  read_ = true;
  return differs;
}

}  // namespace dt
