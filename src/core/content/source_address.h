// Whether a source's address may be shown, and as what (issue 29). A police widget must never
// send a visitor to a repost on someone else's account (two articles' addresses once pointed at
// a "grey-industry" WeChat account). An address is therefore kept only when the organiser says
// what it is: the publisher's own page, on a host listed as the publisher's own, or a repost,
// shown as carried by someone else and never as the original.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dt {

enum class UrlKind { None, Publisher, Repost };

// The host of an http(s) address, lower-cased ("" when it is not one).
std::string url_host(std::string_view url);
// The value of query parameter `name` in `url` ("" when absent).
std::string url_param(std::string_view url, std::string_view name);

// Why `url` may not be shown as the publisher's own page, or "" when it may. `publisher_hosts`
// are the hosts the organiser marked as the publisher's own; on a platform that hosts many
// accounts on one host (WeChat official accounts) the entry must also name the account
// ("mp.weixin.qq.com#<__biz>"), since the host alone says nothing about who published.
std::string publisher_address_problem(std::string_view url, const std::vector<std::string>& publisher_hosts);

}  // namespace dt
