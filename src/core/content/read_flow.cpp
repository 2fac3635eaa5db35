// Flow graphs: nodes with a role and edges that say what moves, for how much, and how.
#include "core/content/loader_internal.h"

#include <algorithm>

namespace dt::detail {

using nlohmann::json;

namespace {
// The sorts of leak point and buyer the diagram can draw and the overview can filter by.
constexpr std::string_view kLeakKinds[] = {"shop_counter", "courier",   "property_office", "questionnaire",
                                           "carrier",      "bank",      "ticketing",       "phishing_site",
                                           "trojan",       "hacker",    "documents",       "old_phone"};
// "unnamed": buyers a report does not describe; "other_trade": named firms of a trade not
// listed here (credit-check, loan, consulting). No kind claims more than the article says.
constexpr std::string_view kBuyerKinds[] = {"telemarketer",   "education",     "securities", "coupon_abuser",
                                            "marketer",       "detective",     "debt_collector",
                                            "estate_agency",  "fraud_ring",    "unnamed",    "other_trade"};
constexpr size_t kMaxNodes = 64, kMaxEdges = 128;
}  // namespace

FlowGraph read_flow(const json& value, const Where& at, bool overview, Problems& out) {
  FlowGraph g;
  Fields f(value, at, out);
  std::vector<std::pair<std::string, Where>> node_ids, edge_ids;
  if (const json* nodes = f.array("nodes", 2, kMaxNodes)) {
    for (size_t i = 0; i < nodes->size(); ++i) {
      Fields n((*nodes)[i], f.where() / "nodes" / i, out);
      FlowNode node;
      node.id = n.id("id");
      const int role = n.choice("role", kRoleNames);
      node.role = role < 0 ? Role::Person : static_cast<Role>(role);
      if (node.role == Role::LeakPoint) node.kind = kLeakKinds[std::max(0, n.choice("kind", kLeakKinds))];
      else if (node.role == Role::Buyer) node.kind = kBuyerKinds[std::max(0, n.choice("kind", kBuyerKinds))];
      node.label = n.text("label");
      node.basis = read_basis(n);
      n.finish();
      node_ids.emplace_back(node.id, n.where() / "id");
      g.nodes.push_back(std::move(node));
    }
  }
  check_unique(node_ids, "node", out);
  std::vector<int> degree(g.nodes.size(), 0);
  if (const json* edges = f.array("edges", 1, kMaxEdges)) {
    for (size_t i = 0; i < edges->size(); ++i) {
      Fields e((*edges)[i], f.where() / "edges" / i, out);
      FlowEdge edge;
      edge.id = e.id("id");
      for (auto [key, slot] : {std::pair<const char*, int*>{"from", &edge.from}, {"to", &edge.to}}) {
        const std::string ref = e.id(key);
        if (ref.empty()) continue;
        *slot = g.find_node(ref);
        if (*slot < 0) report(out, e.where() / key, "no node \"" + ref + "\" in this graph");
        else ++degree[static_cast<size_t>(*slot)];
      }
      if (edge.from >= 0 && edge.from == edge.to) report(out, e.where(), "an edge cannot lead from a node to itself");
      edge.data = e.text("data");
      edge.price = e.text("price", false);
      edge.volume = e.text("volume", false);
      edge.method = e.text("method", false);
      edge.basis = read_basis(e);
      if (overview) {
        edge.cases = e.id_list("cases", 1, 16, false);
        edge.sources = e.id_list("sources", 1, 16, false);
        if (edge.cases.empty() && edge.sources.empty())
          report(out, e.where(), "an overview edge must cite \"cases\" or \"sources\"");
      }
      e.finish();
      edge_ids.emplace_back(edge.id, e.where() / "id");
      g.edges.push_back(std::move(edge));
    }
  }
  check_unique(edge_ids, "edge", out);
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (degree[i] == 0 && !g.nodes[i].id.empty())
      report(out, f.where() / "nodes" / i, "node \"" + g.nodes[i].id + "\" is on no edge");
  // A case's diagram ends where the data ends up: without a buyer its "cut the chain" panel
  // would count "0 of 0 buyers" (organiser walk, 2026-12-07).
  const auto is_buyer = [](const FlowNode& n) { return n.role == Role::Buyer; };
  if (!overview && !g.nodes.empty() && std::none_of(g.nodes.begin(), g.nodes.end(), is_buyer))
    report(out, f.where() / "nodes",
           "no buyer: the diagram needs a card with role \"buyer\" where the data ends up (kind \"unnamed\" when the "
           "article does not say who bought)");
  f.finish();
  return g;
}

Basis read_basis(Fields& f) {
  const int b = f.choice("basis", kBasisNames, false);
  return b == 1 ? Basis::OfficerGeneral : Basis::Established;
}

void check_unique(const std::vector<std::pair<std::string, Where>>& ids, std::string_view what, Problems& out) {
  for (size_t i = 0; i < ids.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (!ids[i].first.empty() && ids[i].first == ids[j].first) {
        report(out, ids[i].second, "duplicate " + std::string(what) + " id \"" + ids[i].first + "\" (first at " +
                                       ids[j].second.pointer + ")");
        break;
      }
}

}  // namespace dt::detail
