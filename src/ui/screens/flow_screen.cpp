// The data-flow diagram: a case's chain (or the whole trade) laid out by the core, drawn as
// role-coloured cards joined by curves. Story mode walks the hops one at a time with the
// current hop highlighted and data particles moving along it; "cut the chain" switches
// police reminders on and shows which hops they cut and how many buyers are still reached.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/flow/chain.h"
#include "core/flow/layout.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

// [SECTION] Words

Icon node_icon(const FlowNode& n) {
  switch (n.role) {
    case Role::Person: return Icon::Person;
    case Role::Insider: return Icon::Person;
    case Role::Middleman: return Icon::Flow;
    case Role::Channel: return Icon::Chat;
    case Role::Buyer: return Icon::Warning;
    case Role::LeakPoint:
      if (n.kind == "property_office") return Icon::Home;
      if (n.kind == "bank" || n.kind == "hacker") return Icon::Lock;
      if (n.kind == "courier" || n.kind == "documents" || n.kind == "questionnaire") return Icon::Stories;
      return Icon::Phone;
  }
  return Icon::Flow;
}

// [SECTION] Geometry
struct Diagram {
  const FlowLayout& layout;
  float zoom = 1;
  ImVec2 origin;
  ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * zoom, origin.y + y * zoom); }
  ImVec2 box_min(int i) const { return at(layout.nodes[static_cast<size_t>(i)].x, layout.nodes[static_cast<size_t>(i)].y); }
  ImVec2 box_max(int i) const {
    const Box& b = layout.nodes[static_cast<size_t>(i)];
    return at(b.x + b.w, b.y + b.h);
  }
};

constexpr float kPad = 12;  // inside a node card, logical px

float node_width(const UiContext& ctx) { return ctx.narrow() ? 136 : 168; }

float node_height(const UiContext& ctx, const FlowNode& n, float w) {
  return kPad * 2 + 20 + 6 +
         paragraph_height(ctx, ctx.tr(n.label), ctx.fonts.body_bold, ctx.tpx(w - kPad * 2), 1.35f) / ctx.scale;
}

// The layout's curve for edge `i`, on screen.
void edge_curve(const Diagram& d, size_t i, ImVec2 p[4]) {
  const Curve& c = d.layout.curves[i];
  for (int k = 0; k < 4; ++k) p[k] = d.at(c.p[k].x, c.p[k].y);
}

ImVec2 bezier(const ImVec2 p[4], float t) {
  const float u = 1 - t;
  return p[0] * (u * u * u) + p[1] * (3 * u * u * t) + p[2] * (3 * u * t * t) + p[3] * (t * t * t);
}

// A hop as a triangle strip for the flow shader: uv.x is the distance travelled along the
// curve (px), uv.y is -1..1 across; one px of fringe each side for the shader's soft edge.
void flow_strip(ImDrawList* dl, const ImVec2 c[4], float width, ImU32 col) {
  constexpr int kSegments = 32;
  const float half = width / 2 + 1;
  dl->PrimReserve(kSegments * 6, (kSegments + 1) * 2);
  const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
  float dist = 0;
  ImVec2 prev = c[0];
  for (int i = 0; i <= kSegments; ++i) {
    const float t = static_cast<float>(i) / kSegments, u = 1 - t;
    const ImVec2 q = bezier(c, t);
    ImVec2 tan = (c[1] - c[0]) * (3 * u * u) + (c[2] - c[1]) * (6 * u * t) + (c[3] - c[2]) * (3 * t * t);
    float tl = std::sqrt(tan.x * tan.x + tan.y * tan.y);
    if (tl < 1e-4f) {
      tan = c[3] - c[0];
      tl = std::max(1e-4f, std::sqrt(tan.x * tan.x + tan.y * tan.y));
    }
    const ImVec2 nrm(-tan.y / tl * half, tan.x / tl * half);
    dist += std::sqrt((q.x - prev.x) * (q.x - prev.x) + (q.y - prev.y) * (q.y - prev.y));
    prev = q;
    dl->PrimWriteVtx(q + nrm, ImVec2(dist, 1), col);
    dl->PrimWriteVtx(q - nrm, ImVec2(dist, -1), col);
  }
  for (int i = 0; i < kSegments; ++i) {
    const auto a = static_cast<ImDrawIdx>(base + i * 2);
    dl->PrimWriteIdx(a);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + 1));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + 2));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + 1));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + 3));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + 2));
  }
}

// [SECTION] Price tags: what one item fetched at that hop, on the hop itself (the figure
// people remember). Measured at full size in logical px for the layout, drawn scaled.
constexpr float kTagPadX = 8, kTagPadY = 4, kTagMaxWidth = 150;

float tag_text_width(const UiContext& ctx, const std::string& text) {
  const FontUse f = use_font(ctx.fonts, ctx.fonts.caption, text);
  const float one_line = f.font->CalcTextSizeA(f.size, FLT_MAX, 0, text.c_str()).x;
  return std::min(one_line + 1, ctx.tpx(kTagMaxWidth - kTagPadX * 2));
}

ImVec2 tag_size(const UiContext& ctx, const std::string& text) {
  if (text.empty()) return ImVec2(0, 0);
  const FontUse f = use_font(ctx.fonts, ctx.fonts.caption, text);
  const float tw = tag_text_width(ctx, text);
  const float lines = static_cast<float>(wrap_text(ctx, text, f, tw).size());
  return ImVec2(tw / ctx.scale + kTagPadX * 2, lines * f.em(ctx.fonts) * 1.3f / ctx.scale + kTagPadY * 2);
}

void draw_tag(const UiContext& ctx, const Diagram& d, const Box& box, const std::string& text, float alpha) {
  const auto& p = ctx.theme.palette;
  auto* dl = ImGui::GetWindowDrawList();
  const float z = d.zoom / ctx.scale;
  const ImVec2 a = d.at(box.x, box.y), b = d.at(box.x + box.w, box.y + box.h);
  const float r = ctx.tpx(10) * z;  // ImGui caps the rounding at half the height: a pill
  dl->AddRectFilled(a, b, to_u32(p.tint_warning, alpha), r);
  dl->AddRect(a, b, to_u32(role_color(Role::LeakPoint), alpha), r, 0, ctx.tpx(1) * z);
  const FontUse f = use_font(ctx.fonts, ctx.fonts.caption, text);
  ImVec2 tp = a + ImVec2(ctx.tpx(kTagPadX) * z, ctx.tpx(kTagPadY) * z);
  for (const auto& line : wrap_text(ctx, text, f, tag_text_width(ctx, text))) {
    dl->AddText(f.font, f.size * z, tp, to_u32(p.text, alpha), text.data() + line.begin, text.data() + line.end);
    tp.y += f.em(ctx.fonts) * 1.3f * z;
  }
}

// [SECTION] Filter: the overview's chips, one per leak point. Choosing one lays out only the
// chains through it, opens its details and moves the story to its first hop; "All" shows
// the whole trade again.
void leak_point_filter(const UiContext& ctx, const FlowGraph& g, FlowView& view, const std::vector<int>& order, float left,
                       float right) {
  paragraph(ctx, ctx.tr("flow.filter"), ctx.fonts.caption, ctx.theme.palette.text_secondary, right - left);
  gap(ctx, 4);
  ctx.semantics.begin_list(ctx.tr("flow.filter"));
  const float spacing = ctx.px(8);
  // On a phone the chips would fill the first screen: one row that slides sideways instead
  // (the chip cut off at the edge says there are more), dragged like the diagram.
  const bool strip = ctx.narrow();
  if (strip) {
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, ctx.px(4));
    ImGui::BeginChild("##chips", ImVec2(right - left, ctx.px(44 + 10)), false, ImGuiWindowFlags_HorizontalScrollbar);
    right = FLT_MAX;
  }
  if (chip(ctx, "##all", ctx.tr("flow.filter_all"), view.filter < 0, left, right)) {
    view.selected = view.filter = -1;
    view.centred = false;
    ctx.state.touch();
  }
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].role != Role::LeakPoint) continue;
    ImGui::SameLine(0, spacing);
    ImGui::PushID(static_cast<int>(i));
    if (chip(ctx, "##leak", ctx.tr(g.nodes[i].label), view.filter == static_cast<int>(i), left, right)) {
      view.selected = view.filter = static_cast<int>(i);
      view.centred = false;
      const auto through = edges_through(g, view.selected);
      for (size_t k = 0; k < order.size(); ++k)
        if (through[static_cast<size_t>(order[k])]) {
          view.step = static_cast<int>(k);
          break;
        }
      ctx.state.touch();
    }
    ImGui::PopID();
  }
  if (strip) {
    if (ImGui::IsWindowHovered() && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
      ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseDelta.x);
    ImGui::EndChild();
    ImGui::PopStyleVar();
  }
  ctx.semantics.end_list();
}

// [SECTION] Zoom: buttons for everyone (no gesture needed), Ctrl+wheel and pinch for those
// who expect them. The zoom multiplies the fitted size, so "fit" is simply 1.
void zoom_controls(const UiContext& ctx, FlowView& view) {
  const bool labels = !ctx.narrow();
  auto button = [&](const char* id, const char* key, Icon icon, float factor) {
    if (quiet_button(ctx, id, ctx.tr(key), icon, !labels)) {
      if (factor > 0) view.pending_zoom *= factor;
      else view.pending_zoom = 1 / view.zoom;  // back to fitted
      view.zoom_at_x = view.zoom_at_y = -1;
      ctx.state.touch();
    }
  };
  const float right = ImGui::GetCursorScreenPos().x + content_column(ctx).width;
  button("##zoom_in", "flow.zoom_in", Icon::ZoomIn, 1.25f);
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.zoom_out"), !labels), right);
  button("##zoom_out", "flow.zoom_out", Icon::ZoomOut, 0.8f);
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.zoom_fit"), !labels), right);
  button("##zoom_fit", "flow.zoom_fit", Icon::Fit, 0);
}

// Applies a pending zoom, keeping the point under the fingers (or the middle of what is
// visible) where it is: the diagram scrolls sideways inside, the page up and down.
void apply_zoom(FlowView& view, float fitted, ImVec2 diagram_pos, float area_w, float layout_w) {
  if (view.pending_zoom == 1) return;
  const float before = view.zoom;
  view.zoom = std::clamp(view.zoom * view.pending_zoom, FlowView::kMinZoom, FlowView::kMaxZoom);
  view.pending_zoom = 1;
  if (view.zoom == before) return;
  const float ratio = view.zoom / before;
  // Where the diagram's own scroll would be after ImGui applies it: content x under the anchor
  // scales by the ratio. Centred diagrams (narrower than the area) have no scroll to keep.
  const float ax = view.zoom_at_x >= 0 ? view.zoom_at_x - diagram_pos.x : area_w / 2;
  const float new_w = layout_w * fitted * view.zoom;
  const float target = std::clamp((view.scroll_x + ax) * ratio - ax, 0.0f, std::max(0.0f, new_w - area_w));
  ImGui::SetNextWindowScroll(ImVec2(target, -1));
  if (view.zoom_at_y >= 0) ImGui::SetScrollY(ImGui::GetScrollY() + (view.zoom_at_y - diagram_pos.y) * (ratio - 1));
}

// [SECTION] Panels
void story_panel(const UiContext& ctx, const FlowGraph& g, FlowView& view, const std::vector<int>& order,
                 const std::vector<bool>& blocked, float w) {
  const auto& p = ctx.theme.palette;
  const int total = static_cast<int>(order.size());
  const FlowEdge& e = g.edges[static_cast<size_t>(order[static_cast<size_t>(view.step)])];
  const std::string hop = ctx.tr(g.nodes[static_cast<size_t>(e.from)].label) + "  →  " +
                          ctx.tr(g.nodes[static_cast<size_t>(e.to)].label);
  paragraph(ctx, fill(ctx.tr("flow.step"), {{"n", view.step + 1}, {"total", total}}), ctx.fonts.caption, p.text_secondary, w);
  gap(ctx, 4);
  heading(ctx, hop, 3, ctx.fonts.subhead, p.text, w, 1.3f);
  gap(ctx, 6);
  if (e.basis == Basis::OfficerGeneral) {  // not this case's chain: said before anything else
    paragraph(ctx, ctx.tr("basis.officer_general"), ctx.fonts.body_bold, p.text_secondary, w);
    gap(ctx, 4);
  }
  paragraph(ctx, ctx.tr(e.data), ctx.fonts.body, p.text, w);
  for (auto [key, text] : {std::pair<const char*, const LocalText*>{"flow.price", &e.price},
                           {"flow.volume", &e.volume},
                           {"flow.method", &e.method}}) {
    if (text->empty()) continue;
    gap(ctx, 4);
    const char* colon = ctx.state.locale() == Locale::ZhHans ? "：" : ": ";
    paragraph(ctx, ctx.tr(key) + colon + ctx.tr(*text), ctx.fonts.body, p.text_secondary, w);
  }
  if (blocked[static_cast<size_t>(order[static_cast<size_t>(view.step)])]) {
    gap(ctx, 4);
    paragraph(ctx, ctx.tr("flow.cut_here"), ctx.fonts.body_bold, p.on_tint_success, w);
  }
  gap(ctx, 12);
  const float right = ImGui::GetCursorScreenPos().x + w;
  if (quiet_button(ctx, "##prev", ctx.tr("flow.prev"), Icon::Back) && view.step > 0) {
    --view.step;
    view.playing = false;
    ctx.state.touch();
  }
  const std::string& play = ctx.tr(view.playing ? "flow.pause" : "flow.play");
  next_in_row(ctx, quiet_button_width(ctx, play), right);
  if (quiet_button(ctx, "##play", play, Icon::Clock)) {
    view.playing = !view.playing;
    ctx.state.touch();
  }
  next_in_row(ctx, quiet_button_width(ctx, ctx.tr("flow.next")), right);
  if (quiet_button(ctx, "##next", ctx.tr("flow.next"), Icon::Chevron) && view.step + 1 < total) {
    ++view.step;
    view.playing = false;
    ctx.state.touch();
  }
}

// A selected card: its role, and every hop into and out of it (each one opens in the story);
// on a case diagram, the way to the case for how it was caught and its source.
void details_panel(const UiContext& ctx, const FlowGraph& g, FlowView& view, const std::vector<int>& order,
                   const Case* cs, float w) {
  const auto& p = ctx.theme.palette;
  const FlowNode& n = g.nodes[static_cast<size_t>(view.selected)];
  paragraph(ctx, ctx.tr("role." + std::string(kRoleNames[static_cast<int>(n.role)])), ctx.fonts.caption,
            p.text_secondary, w);
  heading(ctx, ctx.tr(n.label), 3, ctx.fonts.subhead, p.text, w, 1.3f);
  gap(ctx, 8);
  for (size_t k = 0; k < order.size(); ++k) {
    const FlowEdge& e = g.edges[static_cast<size_t>(order[k])];
    if (e.from != view.selected && e.to != view.selected) continue;
    const bool in = e.to == view.selected;
    const std::string text = (in ? "← " + ctx.tr(g.nodes[static_cast<size_t>(e.from)].label)
                                 : "→ " + ctx.tr(g.nodes[static_cast<size_t>(e.to)].label)) +
                             " · " + ctx.tr(e.data) + (e.price.empty() ? "" : " · " + ctx.tr(e.price));
    ImGui::PushID(static_cast<int>(k));
    if (link_row(ctx, "##hop", Icon::Flow, text, w)) {
      view.step = static_cast<int>(k);
      view.playing = false;
      ctx.state.touch();
    }
    ImGui::PopID();
    gap(ctx, 8);
  }
  if (cs && link_row(ctx, "##case", Icon::Stories, ctx.tr("flow.read_case"), w)) ctx.state.navigate(Screen::Case, cs->id);
  gap(ctx, 24);
}

void cut_panel(const UiContext& ctx, const std::string& graph_id, FlowView& view, const Reach& reach, float w) {
  const auto& p = ctx.theme.palette;
  section_heading(ctx, ctx.tr("flow.cut_title"), w);
  paragraph(ctx, ctx.tr("flow.cut_intro"), ctx.fonts.body, p.text_secondary, w);
  gap(ctx, 8);
  paragraph(ctx, fill(ctx.tr("flow.reach"), {{"n", reach.buyers_reached}, {"total", reach.buyers}}), ctx.fonts.body_bold,
            reach.buyers_reached == 0 ? p.on_tint_success : p.text, w);
  gap(ctx, 12);
  for (const Reminder* r : reminders_for_graph(ctx.content, graph_id)) {
    const bool on = view.is_cut(r->id);
    // Our tips say so: only police advice appears under the police's name.
    const std::string label = r->kind == AdviceKind::OurTip
                                  ? ctx.tr("reminder.tip_title") + (ctx.state.locale() == Locale::ZhHans ? "：" : ": ") + ctx.tr(r->text)
                                  : ctx.tr(r->text);
    if (toggle_row(ctx, r->id.c_str(), on ? Icon::Scissors : r->kind == AdviceKind::OurTip ? Icon::Stories : Icon::Shield, label,
                   on, w)) {
      view.toggle_cut(r->id);
      ctx.state.touch();
    }
    gap(ctx, 8);
  }
}

}  // namespace

void draw_flow(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const Case* cs = ctx.content.find_case(ctx.state.item());
  const std::string graph_id = cs ? cs->id : "overview";
  const FlowGraph& g = cs ? cs->flow : ctx.content.overview.flow;
  FlowView& view = ctx.state.flow(graph_id);
  if (g.nodes.empty() || g.edges.empty()) {
    const Reading r(ctx, 40);
    paragraph(ctx, ctx.tr("case.not_found"), ctx.fonts.body, p.text, r.width);
    return;
  }
  // The overview filtered to one leak point: only the hops on its chains exist on screen.
  if (cs || view.filter >= static_cast<int>(g.nodes.size())) view.filter = -1;
  const std::vector<bool> kept = view.filter >= 0 ? edges_through(g, view.filter) : std::vector<bool>(g.edges.size(), true);
  std::vector<bool> shown(g.nodes.size(), view.filter < 0);
  if (view.filter >= 0) shown[static_cast<size_t>(view.filter)] = true;
  for (size_t i = 0; i < g.edges.size(); ++i)
    if (kept[i]) shown[static_cast<size_t>(g.edges[i].from)] = shown[static_cast<size_t>(g.edges[i].to)] = true;
  std::vector<int> order;
  for (int e : story_order(g))
    if (kept[static_cast<size_t>(e)]) order.push_back(e);
  if (order.empty()) order = story_order(g);  // a leak point with no hops: show everything
  view.step = std::clamp(view.step, 0, static_cast<int>(order.size()) - 1);
  const auto blocked = blocked_edges(ctx.content, graph_id, view.cut);
  const Reach reach = reach_from_people(g, blocked);
  // Fade only what a cut took away: a supplier the people's data never passes through (a
  // broker's other sources) is part of the story, not cut off.
  const Reach uncut = reach_from_people(g, std::vector<bool>(g.edges.size(), false));

  // [SECTION] Title
  const Column col = content_column(ctx);
  const float x0 = ImGui::GetWindowPos().x + col.x;
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y + ctx.px(ctx.narrow() ? 20 : 32)));
  ImGui::BeginGroup();
  heading(ctx, ctx.tr(cs ? cs->title : ctx.content.overview.title), 2, ctx.narrow() ? ctx.fonts.subhead : ctx.fonts.heading,
          p.text, col.width, 1.3f);
  if (!cs) {
    gap(ctx, 6);
    paragraph(ctx, ctx.tr(ctx.content.overview.intro), ctx.fonts.body, p.text_secondary,
              std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width)));
    gap(ctx, 12);
    leak_point_filter(ctx, g, view, order, x0, x0 + col.width);
  }
  float note_y = -1;
  if (!view.highlight.empty()) {
    gap(ctx, 8);
    note_y = ImGui::GetCursorScreenPos().y;
    paragraph(ctx, ctx.tr("flow.highlight_note"), ctx.fonts.body_bold, p.accent_pressed,
              std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width)));
  }
  gap(ctx, 12);
  const float zoom_y = ImGui::GetCursorScreenPos().y;
  zoom_controls(ctx, view);
  gap(ctx, 8);

  // [SECTION] Layout, fitted to the window's width (a diagram needs more room than a column
  // of text), scaled down to 60% at most, then it scrolls.
  const bool vertical = ctx.narrow();
  const float margin = ctx.px(ctx.narrow() ? 16 : 32);
  const float area_w = ImGui::GetWindowWidth() - margin * 2;
  LayoutInput in;
  in.vertical = vertical;
  in.layer_gap = vertical ? 56 : 72;
  in.node_gap = vertical ? 16 : 20;
  const float nw = node_width(ctx);
  // The layout depends only on the graph, direction, text size and language; it is reused
  // across frames (the diagram animates, and layering is most of a frame's work).
  struct LayoutKey {
    const FlowGraph* graph;
    size_t nodes, edges;  // with the address: a reloaded content set never reuses a stale layout
    int filter;
    bool vertical;
    float scale;
    Locale locale;
    bool operator==(const LayoutKey& o) const {
      return graph == o.graph && nodes == o.nodes && edges == o.edges && filter == o.filter && vertical == o.vertical &&
             scale == o.scale && locale == o.locale;
    }
  };
  static LayoutKey cached_key{nullptr, 0, 0, -1, false, 0, Locale::ZhHans};
  static FlowLayout cached;
  const LayoutKey key{&g, g.nodes.size(), g.edges.size(), view.filter, vertical, ctx.scale, ctx.state.locale()};
  if (!(key == cached_key)) {
    for (const auto& n : g.nodes) {
      in.widths.push_back(nw);
      in.heights.push_back(node_height(ctx, n, nw));
    }
    for (const auto& e : g.edges) {
      const ImVec2 t = tag_size(ctx, ctx.tr(e.price));
      in.label_widths.push_back(t.x);
      in.label_heights.push_back(t.y);
    }
    cached = view.filter >= 0 ? layout_flow_subset(g, in, shown) : layout_flow(g, in);
    cached_key = key;
  }
  Diagram d{cached, 1.0f, ImVec2(0, 0)};
  const float fit = area_w / ctx.tpx(d.layout.width);
  const float fitted = ctx.scale * std::clamp(fit, 0.6f, 1.0f);
  ImGui::Dummy(ImVec2(0, 0));  // the group must end on an item, not on a cursor move
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + margin, ImGui::GetCursorScreenPos().y));
  const ImVec2 diagram_pos = ImGui::GetCursorScreenPos();
  // Arriving from the quiz with "where your data could leak" (or as the kiosk's attract
  // loop): start at the note and the diagram, not at the chips above them.
  if (view.reveal) {
    ImGui::SetScrollY(ImGui::GetScrollY() + (note_y >= 0 ? note_y : zoom_y) - ImGui::GetWindowPos().y - ctx.px(16));
    view.reveal = false;
  }
  apply_zoom(view, fitted, diagram_pos, area_w, d.layout.width);
  d.zoom = fitted * view.zoom;
  const ImVec2 size(std::max(area_w, d.layout.width * d.zoom), d.layout.height * d.zoom);
  const bool scrolls = size.x > area_w + 1;

  ImGui::BeginChild("##diagram", ImVec2(area_w, size.y + (scrolls ? ctx.px(12) : 0)), false,
                    ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 child_top = ImGui::GetCursorScreenPos();
  // Wider than the screen when it opens (the whole trade on a phone): start in the middle,
  // where the people and the first hops are, rather than at one edge. (ImGui knows how far
  // a new child can scroll only from its second frame.)
  if (!view.centred && (!scrolls || ImGui::GetScrollMaxX() > 0)) {
    if (scrolls) ImGui::SetScrollX(ImGui::GetScrollMaxX() / 2);
    view.centred = true;
  }
  d.origin = child_top + ImVec2(std::max(0.0f, (area_w - d.layout.width * d.zoom) / 2), 0);
  auto* dl = ImGui::GetWindowDrawList();
  const int current = order[static_cast<size_t>(view.step)];
  const FlowEdge& cur = g.edges[static_cast<size_t>(current)];

  // [SECTION] Edges under the cards
  const double now = ctx.now;
  const bool motion = !ctx.state.reduced_motion();
  // With a card selected, its own chain stands out and the rest fades back.
  const bool focus_chain = view.selected >= 0 && view.selected < static_cast<int>(g.nodes.size());
  const std::vector<bool> through = focus_chain ? edges_through(g, view.selected) : std::vector<bool>();
  auto on_chain = [&](size_t node) {
    if (!focus_chain || static_cast<int>(node) == view.selected) return true;
    for (size_t ei = 0; ei < g.edges.size(); ++ei)
      if (through[ei] && (g.edges[ei].from == static_cast<int>(node) || g.edges[ei].to == static_cast<int>(node))) return true;
    return false;
  };
  // With the flow shader, every open hop carries pulses moving towards the buyers (the GPU
  // animates them); without it, plain curves and particles on the current hop only.
  const bool flowing = motion && ctx.effects && ctx.effects->flow_ready();
  struct Stroke {
    ImVec2 c[4];
    Rgb colour;
    float alpha, thick;
    bool general;  // what police say happens in general: dashed, no data moving along it
  };
  std::vector<Stroke> strokes;  // small: one per hop
  std::vector<size_t> stroke_edge;
  for (size_t i = 0; i < g.edges.size(); ++i) {
    if (!kept[i]) continue;
    Stroke st;
    edge_curve(d, i, st.c);
    const bool is_cur = static_cast<int>(i) == current;
    const bool marked = std::find(view.highlight.begin(), view.highlight.end(), g.edges[i].id) != view.highlight.end();
    st.colour = is_cur || marked ? p.accent : p.text_secondary;
    st.alpha = is_cur || marked ? 1.0f : (focus_chain && !through[i]) ? 0.12f : 0.45f;
    st.thick = ctx.tpx(is_cur || marked ? 3.0f : 1.6f) * (d.zoom / ctx.scale);
    st.general = g.edges[i].basis == Basis::OfficerGeneral;
    strokes.push_back(st);
    stroke_edge.push_back(i);
  }
  if (flowing) {
    ctx.effects->begin_flow(dl, static_cast<float>(now), d.zoom);
    for (size_t k = 0; k < strokes.size(); ++k)
      if (!blocked[stroke_edge[k]] && !strokes[k].general)
        flow_strip(dl, strokes[k].c, strokes[k].thick * 1.4f, to_u32(strokes[k].colour, strokes[k].alpha));
    ctx.effects->end_flow(dl);
  }
  for (size_t k = 0; k < strokes.size(); ++k) {
    const Stroke& st = strokes[k];
    const ImVec2* c = st.c;
    const ImU32 ink = to_u32(st.colour, st.alpha);
    if (blocked[stroke_edge[k]]) {
      // A cut hop: drawn up to the middle, then the scissors.
      const int segs = 12;
      for (int s = 0; s < segs / 2; ++s)
        if (s % 2 == 0) dl->AddLine(bezier(c, s / float(segs)), bezier(c, (s + 1) / float(segs)), ink, st.thick);
      draw_icon(dl, Icon::Scissors, bezier(c, 0.5f), ctx.tpx(22) * d.zoom / ctx.scale, to_u32(p.on_tint_success));
      continue;
    }
    if (st.general) {
      constexpr int kDashes = 24;  // dashed all the way: a route police describe, not one this case proved
      for (int s = 0; s < kDashes; s += 2)
        dl->AddLine(bezier(c, s / float(kDashes)), bezier(c, (s + 1) / float(kDashes)), ink, st.thick);
    } else if (!flowing) {
      dl->AddBezierCubic(c[0], c[1], c[2], c[3], ink, st.thick);
    }
    // Arrowhead: direction from the curve's last stretch.
    const ImVec2 tip = c[3], from = bezier(c, 0.93f);
    ImVec2 dir = tip - from;
    const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
    if (len > 0) {
      dir = dir / len;
      const ImVec2 side(-dir.y, dir.x);
      const float s = ctx.tpx(7) * d.zoom / ctx.scale;
      dl->AddTriangleFilled(tip, tip - dir * s * 1.6f + side * s, tip - dir * s * 1.6f - side * s, ink);
    }
    // Data moving: particles along the current hop only, so the eye follows the story.
    if (!flowing && motion && !st.general && static_cast<int>(stroke_edge[k]) == current) {
      for (int n = 0; n < 4; ++n) {
        const float t = std::fmod(static_cast<float>(now) * 0.45f + n * 0.25f, 1.0f);
        dl->AddCircleFilled(bezier(c, t), ctx.tpx(4.5f) * d.zoom / ctx.scale, to_u32(p.accent));
      }
    }
  }

  // Tags over the curves, under the cards (the layout keeps them apart anyway).
  for (size_t i = 0; i < g.edges.size(); ++i)
    if (kept[i] && d.layout.labels[i].w > 0)
      draw_tag(ctx, d, d.layout.labels[i], ctx.tr(g.edges[i].price), blocked[i] || (focus_chain && !through[i]) ? 0.35f : 1.0f);

  // [SECTION] Cards
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (!shown[i]) continue;
    const auto& n = g.nodes[i];
    const ImVec2 a = d.box_min(static_cast<int>(i)), b = d.box_max(static_cast<int>(i));
    const bool on_hop = static_cast<int>(i) == cur.from || static_cast<int>(i) == cur.to;
    const bool cut_off = uncut.node_reached[i] && !reach.node_reached[i];
    const float alpha = on_hop ? 1.0f : (cut_off || !on_chain(i)) ? 0.35f : 0.8f;
    const Rgb rc = role_color(n.role, n.kind);
    const float r = ctx.tpx(10) * d.zoom / ctx.scale;
    dl->AddRectFilled(a, b, to_u32(p.surface, alpha), r);
    dl->AddRect(a, b, to_u32(on_hop ? p.accent : p.border, on_hop ? 1.0f : alpha), r, 0, ctx.tpx(on_hop ? 2.5f : 1));
    dl->AddRectFilled(a, ImVec2(b.x, a.y + ctx.tpx(5) * d.zoom / ctx.scale), to_u32(rc, alpha), r, ImDrawFlags_RoundCornersTop);
    const float z = d.zoom / ctx.scale;  // on-screen size of a logical px, relative to text
    const ImVec2 ip = a + ImVec2(ctx.tpx(kPad + 10) * z, ctx.tpx(kPad + 14) * z);
    draw_icon(dl, node_icon(n), ip, ctx.tpx(20) * z, to_u32(rc, alpha));
    const std::string role = ctx.tr("role." + std::string(kRoleNames[static_cast<int>(n.role)])) +
                             (n.basis == Basis::OfficerGeneral ? " · " + ctx.tr("basis.short") : std::string());
    ImFont* cf = ctx.fonts.caption;
    draw_text(ctx, dl, cf, a + ImVec2(ctx.tpx(kPad + 26) * z, ctx.tpx(kPad + 14) * z - cf->FontSize * z / 2),
              to_u32(p.text_secondary, alpha), role, z);
    // Labels are wrapped at full size and drawn scaled with the card, so they never spill.
    const std::string& label = ctx.tr(n.label);
    const float lw = ctx.tpx(nw - kPad * 2);
    const FontUse f = use_font(ctx.fonts, ctx.fonts.body_bold, label);
    ImVec2 tp = a + ImVec2(ctx.tpx(kPad) * z, ctx.tpx(kPad + 26) * z);
    for (const auto& line : wrap_text(ctx, label, f, lw)) {
      dl->AddText(f.font, f.size * z, tp, to_u32(p.text, alpha), label.data() + line.begin, label.data() + line.end);
      tp.y += f.em(ctx.fonts) * 1.35f * z;
    }
    // Each card is a control: tapping it (or Enter on it) opens its details below.
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(static_cast<int>(i));
    bool tapped = ImGui::InvisibleButton("##node", b - a);
    tapped |= ctx.semantics.add_last_item(SemanticNode::Role::Button, role + ": " + label);
    focus_ring(ctx, r);
    ImGui::PopID();
    if (tapped) {
      view.selected = view.selected == static_cast<int>(i) ? -1 : static_cast<int>(i);
      ctx.state.touch();
    }
    if (view.selected == static_cast<int>(i))
      dl->AddRect(a - ImVec2(3, 3), b + ImVec2(3, 3), to_u32(p.focus), r + 3, 0, ctx.px(2));
  }
  // Drag the background to pan (touch and mouse): sideways inside the diagram, up and down
  // by scrolling the page it sits in.
  const ImGuiIO& io = ImGui::GetIO();
  const bool panning = ImGui::IsWindowHovered() && ImGui::IsMouseDragging(ImGuiMouseButton_Left) && !ImGui::IsAnyItemActive();
  if (panning) ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
  view.scroll_x = ImGui::GetScrollX();
  // Ctrl + wheel (and a trackpad pinch, which browsers send as one) zooms about the pointer.
  if (ImGui::IsWindowHovered() && io.KeyCtrl && io.MouseWheel != 0) {
    view.pending_zoom *= std::pow(1.15f, io.MouseWheel);
    view.zoom_at_x = io.MousePos.x;
    view.zoom_at_y = io.MousePos.y;
    ctx.state.touch();
  }
  // The cards moved the cursor; the child's extent is the diagram's, measured from its top
  // (from the last card it would overflow and grow a scrollbar that clips the buyers).
  ImGui::SetCursorScreenPos(child_top);
  ImGui::Dummy(size);
  ImGui::EndChild();
  if (panning) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  ImGui::SetCursorScreenPos(ImVec2(x0, ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();

  // Motion needs frames; otherwise the screen is as still as any other. Playing without motion
  // needs one frame per step, at its time.
  if (motion) ctx.wants_animation = true;
  // Auto-advance every four seconds, wrapping to the first hop (the kiosk's attract loop).
  if (!view.playing) {
    view.advance_at = 0;
  } else if (view.advance_at == 0) {
    view.advance_at = now + 4;
  } else if (now >= view.advance_at) {
    view.step = (view.step + 1) % static_cast<int>(order.size());
    view.advance_at = now + 4;
    ctx.state.touch();
  }
  if (view.playing) ctx.wake_at = ctx.wake_at < 0 ? view.advance_at : std::min(ctx.wake_at, view.advance_at);

  // [SECTION] Details, story and cut panels under the diagram, in a reading column
  gap(ctx, 16);
  const float w = std::min(col.width, ctx.tpx(ctx.theme.space.content_max_width));
  if (view.selected >= 0 && view.selected < static_cast<int>(g.nodes.size()))
    details_panel(ctx, g, view, order, cs, w);
  story_panel(ctx, g, view, order, blocked, w);
  cut_panel(ctx, graph_id, view, reach, w);
  if (cs) {
    gap(ctx, 24);
    if (link_row(ctx, "##overview", Icon::Flow, ctx.tr("flow.see_overview"), w)) ctx.state.navigate(Screen::Flow);
  }
  page_end(ctx, 40);
  ImGui::EndGroup();
}

}  // namespace dt::ui
