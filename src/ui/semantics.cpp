#include "ui/semantics.h"

#include <imgui_internal.h>  // SetFocusID, ScrollToItem: focus an item by id like keyboard nav does

#include <nlohmann/json.hpp>

#include <cstdio>

namespace dt::ui {

SemanticNode& Semantics::next() {
  if (count_ == nodes_.size()) nodes_.emplace_back();
  SemanticNode& n = nodes_[count_++];
  n.id = 0;
  n.level = 0;
  n.current = false;
  n.min = n.max = n.shown_min = n.shown_max = ImVec2(0, 0);
  return n;
}

void Semantics::place_last(ImVec2 min, ImVec2 max) {
  if (count_ == 0) return;
  SemanticNode& n = nodes_[count_ - 1];
  n.min = min;
  n.max = max;
  ImRect shown(min, max);
  if (const ImGuiWindow* w = GImGui->CurrentWindow) shown.ClipWithFull(w->ClipRect);
  const bool visible = shown.GetWidth() > 0 && shown.GetHeight() > 0;
  n.shown_min = visible ? shown.Min : ImVec2(0, 0);
  n.shown_max = visible ? shown.Max : ImVec2(0, 0);
}

void Semantics::add_heading(std::string_view text, int level) {
  SemanticNode& n = next();
  n.role = SemanticNode::Role::Heading;
  n.label.assign(text.data(), text.size());
  n.level = level;
}

void Semantics::add_text(std::string_view text) {
  SemanticNode& n = next();
  n.role = SemanticNode::Role::Text;
  n.label.assign(text.data(), text.size());
}

bool Semantics::add_item(const char* str_id, SemanticNode::Role role, std::string_view label, bool current) {
  SemanticNode& n = next();
  n.role = role;
  n.label.assign(label.data(), label.size());
  n.id = ImGui::GetID(str_id);
  n.current = current;
  const bool submitted = !GImGui->CurrentWindow->SkipItems && ImGui::GetItemID() == n.id;
  if (submitted) place_last(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  else n.min = n.max = n.shown_min = n.shown_max = ImVec2(0, 0);
  if (focus_ != 0 && n.id == focus_ && submitted) {
    focus_ = 0;
    ImGuiContext& g = *GImGui;
    ImGui::SetFocusID(n.id, g.CurrentWindow);
    g.NavDisableHighlight = false;  // show the ring: the reader is on the keyboard
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
  }
  if (activate_ != 0 && n.id == activate_) {
    activate_ = 0;
    return true;
  }
  return false;
}

void Semantics::add_live(std::string_view text) {
  SemanticNode& n = next();
  n.role = SemanticNode::Role::Live;
  n.label.assign(text.data(), text.size());
}

void Semantics::begin_list(std::string_view group_label) {
  SemanticNode& n = next();
  n.role = SemanticNode::Role::List;
  n.label.assign(group_label.data(), group_label.size());
  ++open_lists_;
}

void Semantics::begin_dialog(std::string_view label) {
  SemanticNode& n = next();
  n.role = SemanticNode::Role::Dialog;
  n.label.assign(label.data(), label.size());
  ++open_lists_;
}

void Semantics::list_item() {
  IM_ASSERT(open_lists_ > 0 && "list_item() outside begin_list()/end_list()");
  next().role = SemanticNode::Role::Item;
  nodes_[count_ - 1].label.clear();
}

void Semantics::end_list() {
  IM_ASSERT(open_lists_ > 0 && "end_list() without a matching begin_list()");
  --open_lists_;
  next().role = SemanticNode::Role::ListEnd;
  nodes_[count_ - 1].label.clear();
}

const SemanticNode* Semantics::find(std::string_view text) const {
  for (size_t i = 0; i < count_; ++i)
    if (nodes_[i].label.find(text) != std::string::npos) return &nodes_[i];
  return nullptr;
}

uint64_t Semantics::signature() const {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  for (size_t i = 0; i < count_; ++i) {
    const auto& n = nodes_[i];
    mix(static_cast<uint64_t>(n.role));
    mix(n.id);
    mix(static_cast<uint64_t>(n.level) * 2 + (n.current ? 1 : 0));
    for (char c : n.label) mix(static_cast<unsigned char>(c));
  }
  return h ^ count_;
}

std::string Semantics::to_json() const {
  static const char* const kRoles[] = {"h", "p", "button", "link", "tab", "live", "radio", "check", "ul", "li", "/ul", "dialog", "disclosure"};
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < count_; ++i) {
    const auto& n = nodes_[i];
    nlohmann::json o = {{"r", kRoles[static_cast<int>(n.role)]}, {"t", n.label}};
    if (n.id) o["id"] = n.id;
    if (n.level) o["l"] = n.level;
    if (n.current) o["cur"] = true;
    out.push_back(std::move(o));
  }
  // Labels come from content files; replace rather than abort on invalid UTF-8.
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {
// A rectangle in CSS px, to the half pixel (finer is invisible and would only churn updates).
void css_rect(const SemanticNode& n, float k, int out[4]) {
  auto half = [](float v) { return static_cast<int>(v * 2 + (v >= 0 ? 0.5f : -0.5f)); };
  out[0] = half(n.shown_min.x * k);
  out[1] = half(n.shown_min.y * k);
  out[2] = half((n.shown_max.x - n.shown_min.x) * k);
  out[3] = half((n.shown_max.y - n.shown_min.y) * k);
}
}  // namespace

std::string Semantics::rects_json(float css_per_px) const {
  std::string out = "[";
  for (size_t i = 0; i < count_; ++i) {
    if (!nodes_[i].placed_in_mirror()) continue;
    int r[4];
    css_rect(nodes_[i], css_per_px, r);
    if (out.size() > 1) out += ',';
    char buf[64];
    std::snprintf(buf, sizeof buf, "[%g,%g,%g,%g", r[0] / 2.0, r[1] / 2.0, r[2] / 2.0, r[3] / 2.0);
    out += buf;
    out += ']';
  }
  return out + "]";
}

uint64_t Semantics::rects_signature(float css_per_px) const {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < count_; ++i) {
    if (!nodes_[i].placed_in_mirror()) continue;
    int r[4];
    css_rect(nodes_[i], css_per_px, r);
    for (int v : r) h = (h ^ static_cast<uint64_t>(static_cast<int64_t>(v))) * 1099511628211ull;
  }
  return h;
}

}  // namespace dt::ui
