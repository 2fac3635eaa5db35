// Spot-the-leak items (quiz/spot.json) and the pairs they form. A pair's two items must test
// the same thing (topic, level, kind), or a visitor's "after" would not be comparable with
// their "before"; the loader refuses anything else, naming the pair.
#include <map>

#include "core/content/loader_internal.h"

namespace dt::detail {

using nlohmann::json;

namespace {

constexpr size_t kMaxItems = 64;

SpotItem read_item(const json& v, const Where& at, Problems& out) {
  Fields f(v, at, out);
  SpotItem item;
  item.id = f.id("id");
  item.pair = f.id("pair");
  item.topic = f.id("topic");
  item.level = f.integer("level", 1, 3, 1);
  const int kind = f.choice("kind", kSpotKindNames);
  item.kind = kind < 0 ? SpotKind::Which : static_cast<SpotKind>(kind);
  item.prompt = f.text("prompt");
  item.reason = f.text("reason");
  if (f.has("reminder")) item.reminder = f.id("reminder");
  if (f.has("case")) item.case_id = f.id("case");
  if (item.reminder.empty() && item.case_id.empty())
    report(out, at, "cite what the item is drawn from: a \"reminder\", a \"case\" or both");
  if (item.kind == SpotKind::SafeOrNot) {
    if (!f.has("leaks")) report(out, at, "a safe_or_not item needs \"leaks\": true (risky) or false (safe)");
    item.leaks = f.boolean("leaks", false);
    if (f.has("options")) report(out, at / "options", "a safe_or_not item has no options; its answers are safe and risky");
  } else if (const json* opts = f.array("options", 2, 4)) {
    int leaking = 0;
    for (size_t j = 0; j < opts->size(); ++j) {
      Fields o((*opts)[j], at / "options" / j, out);
      SpotOption opt;
      opt.text = o.text("text");
      opt.leaks = o.boolean("leaks", false);
      leaking += opt.leaks ? 1 : 0;
      o.finish();
      item.options.push_back(std::move(opt));
    }
    if (leaking != 1)
      report(out, at / "options", "exactly one option must have \"leaks\": true (found " + std::to_string(leaking) + ")");
  }
  f.finish();
  return item;
}

}  // namespace

std::vector<SpotItem> read_spot(const json& doc, const Where& at, std::vector<SpotPair>& pairs, Problems& out) {
  std::vector<SpotItem> items;
  Fields f(doc, at, out);
  std::vector<std::pair<std::string, Where>> ids;
  std::vector<Where> places;
  if (const json* list = f.array("items", 2, kMaxItems)) {
    for (size_t i = 0; i < list->size(); ++i) {
      places.push_back(f.where() / "items" / i);
      items.push_back(read_item((*list)[i], places.back(), out));
      ids.emplace_back(items.back().id, places.back() / "id");
    }
  }
  f.finish();
  check_unique(ids, "item", out);

  std::map<std::string, size_t> index;  // pair id -> its place in `pairs`
  for (size_t i = 0; i < items.size(); ++i) {
    const SpotItem& item = items[i];
    if (item.pair.empty()) continue;
    auto [it, fresh] = index.emplace(item.pair, pairs.size());
    if (fresh) pairs.push_back({item.pair, item.topic, {static_cast<int>(i), -1}});
    SpotPair& p = pairs[it->second];
    if (fresh) continue;
    if (p.items[1] >= 0) {
      report(out, places[i] / "pair", "pair \"" + item.pair + "\" already has two items; a pair is exactly two");
      continue;
    }
    const SpotItem& first = items[static_cast<size_t>(p.items[0])];
    if (first.topic != item.topic || first.level != item.level || first.kind != item.kind) {
      report(out, places[i] / "pair", "pair \"" + item.pair + "\" mixes items: \"" + first.id + "\" and \"" + item.id +
                                          "\" must share topic, level and kind to be compared");
      continue;
    }
    p.items[1] = static_cast<int>(i);
  }
  for (const auto& p : pairs)
    if (p.items[1] < 0)
      report(out, places[static_cast<size_t>(p.items[0])] / "pair",
             "pair \"" + p.id + "\" has one item; give it a partner of the same topic, level and kind");
  // Only complete pairs are ever asked.
  std::vector<SpotPair> complete;
  for (auto& p : pairs)
    if (p.items[1] >= 0) complete.push_back(std::move(p));
  pairs = std::move(complete);
  return items;
}

}  // namespace dt::detail
