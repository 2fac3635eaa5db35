#include "core/content/source_address.h"

#include <algorithm>
#include <cctype>

namespace dt {

namespace {

// Hosts where anyone can publish under an account: the host names the platform, not the
// publisher. The account is a query parameter.
struct Platform {
  std::string_view host, account_param;
};
constexpr Platform kPlatforms[] = {{"mp.weixin.qq.com", "__biz"}};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::string url_host(std::string_view url) {
  size_t start = 0;
  if (url.rfind("https://", 0) == 0) start = 8;
  else if (url.rfind("http://", 0) == 0) start = 7;
  else return {};
  const size_t end = url.find_first_of("/?#:", start);
  return lower(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

std::string url_param(std::string_view url, std::string_view name) {
  const size_t q = url.find('?');
  if (q == std::string_view::npos) return {};
  std::string_view rest = url.substr(q + 1);
  rest = rest.substr(0, rest.find('#'));
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    const size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name) return eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    rest = rest.substr(amp + 1);
  }
  return {};
}

std::string publisher_address_problem(std::string_view url, const std::vector<std::string>& publisher_hosts) {
  const std::string host = url_host(url);
  if (host.empty()) return "an address starts with https:// or http://";
  for (const Platform& p : kPlatforms) {
    if (host != p.host) continue;
    const std::string account = url_param(url, p.account_param);
    const std::string wanted = host + "#" + account;
    for (const auto& h : publisher_hosts)
      if (!account.empty() && lower(h) == lower(wanted)) return {};
    return "a page on " + host + " is someone's account, not the publisher's site: list \"" + wanted +
           "\" in publisher_hosts only if that account is the publisher's own, else mark the address \"repost\"";
  }
  for (const auto& h : publisher_hosts)
    if (lower(h) == host) return {};
  return "the host " + host + " is not listed in publisher_hosts as the publisher's own: list it, or mark the address \"repost\"";
}

}  // namespace dt
