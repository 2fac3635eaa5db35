// The height told to an embedding page (issue 30, M1): never a function of the answers.
#include <doctest/doctest.h>

#include <vector>

#include "core/embed/host_height.h"

namespace {

// What the host is told over a run of frames: (place, in the self-check, height, settled).
struct Frame {
  const char* place;
  bool answers;
  int height;
  bool settled;
};

std::vector<int> told(const std::vector<Frame>& frames) {
  dt::HostHeight h;
  std::vector<int> out;
  for (const auto& f : frames)
    if (const int t = h.frame(f.place, f.answers, f.height, f.settled); t >= 0) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("the self-check is told one fixed height, whatever its pages measure") {
  // Two visitors: a short plan and a long one, a verdict of two lines and of six.
  const auto a = told({{"home", false, 900, true}, {"home", false, 900, true}, {"quiz", true, 1200, true},
                       {"quiz", true, 1500, true}, {"quiz", true, 2400, true}});
  const auto b = told({{"home", false, 900, true}, {"home", false, 900, true}, {"quiz", true, 3100, true},
                       {"quiz", true, 800, true}, {"quiz", true, 5200, true}});
  CHECK(a == b);
  CHECK(a == std::vector<int>{900, dt::HostHeight::kSelfCheckHeight});
}

TEST_CASE("elsewhere a place is told once, from its first settled frame, and never again while there") {
  const auto t = told({{"case/qingdao-phone-shops", false, 400, false},  // unsettled: a spike, not told
                       {"case/qingdao-phone-shops", false, 2600, true},
                       {"case/qingdao-phone-shops", false, 2600, true},  // two equal frames: told
                       {"case/qingdao-phone-shops", false, 3400, true},  // a list opened: not told
                       {"case/qingdao-phone-shops", false, 3400, true},
                       {"cases", false, 1800, true},
                       {"cases", false, 1800, true}});
  CHECK(t == std::vector<int>{2600, 1800});
}

TEST_CASE("coming back to the self-check after a case tells the same fixed height again") {
  const auto t = told({{"quiz", true, 1000, true}, {"case/huizhou-waybills", false, 2000, true},
                       {"case/huizhou-waybills", false, 2000, true}, {"quiz", true, 4000, true}});
  CHECK(t == std::vector<int>{dt::HostHeight::kSelfCheckHeight, 2000, dt::HostHeight::kSelfCheckHeight});
}
