// The diagram itself: role-coloured cards joined by curves, each hop with its price tag.
// The story's hop is highlighted with data moving along it (particles, or the flow shader's
// pulses on every open hop); a hop police describe only in general is dashed; a cut hop
// stops at the scissors. Everything is drawn from the core's FlowScene and the layout.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/screens/flow/flow.h"
#include "ui/screens/page_parts.h"
#include "ui/widgets.h"

namespace dt::ui::flow {

namespace {

constexpr float kPad = 12;  // inside a node card, logical px

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

// [SECTION] Hops

// A hop as a triangle strip for the flow shader: uv.x is the distance travelled along the
// curve (px), uv.y is -1..1 across; one px of fringe each side for the shader's soft edge.
void flow_strip(ImDrawList* dl, const Diagram& d, size_t edge, float width, ImU32 col) {
  constexpr int kSegments = 32;
  const Curve& curve = d.layout.curves[edge];
  const float half = width / 2 + 1;
  dl->PrimReserve(kSegments * 6, (kSegments + 1) * 2);
  const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
  float dist = 0;
  ImVec2 prev = d.on_curve(edge, 0);
  for (int i = 0; i <= kSegments; ++i) {
    const float t = static_cast<float>(i) / kSegments;
    const ImVec2 q = d.on_curve(edge, t);
    Point tan = curve.tangent(t);
    float tl = std::sqrt(tan.x * tan.x + tan.y * tan.y);
    if (tl < 1e-4f) {  // a degenerate end: the chord's direction
      tan = {curve.p[3].x - curve.p[0].x, curve.p[3].y - curve.p[0].y};
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
    for (int k : {0, 1, 2, 1, 3, 2}) dl->PrimWriteIdx(static_cast<ImDrawIdx>(a + k));
  }
}

// One hop drawn the plain way: dashed, cut, or a curve (unless the shader drew it), its
// arrowhead, and particles on the story's hop.
void plain_hop(const UiContext& ctx, const FlowScene& s, const Diagram& d, ImDrawList* dl, size_t e, bool flowing) {
  const auto& p = ctx.theme.palette;
  const float z = d.zoom / ctx.scale;  // on-screen size of a logical px, relative to text
  const ImU32 ink = to_u32(s.hop_strong(e) ? p.accent : p.text_secondary, s.hop_alpha(e));
  const float thick = ctx.tpx(s.hop_strong(e) ? 3.0f : 1.6f) * z;
  auto at = [&](float t) { return d.on_curve(e, t); };
  // A dash from t0 to t1, turning an elbow's corner where one falls inside it.
  const Curve& curve = d.layout.curves[e];
  auto dash = [&](float t0, float t1) {
    ImVec2 pts[4];
    int n = 0;
    pts[n++] = at(t0);
    for (int k = 1; k <= 2; ++k)
      if (const float c = curve.corner(k); c > t0 && c < t1) pts[n++] = at(c);
    pts[n++] = at(t1);
    dl->AddPolyline(pts, n, ink, ImDrawFlags_None, thick);
  };
  if (s.blocked[e]) {  // a cut hop: drawn up to the middle, then the scissors
    constexpr int kSegs = 12;
    for (int k = 0; k < kSegs / 2; k += 2) dash(k / float(kSegs), (k + 1) / float(kSegs));
    draw_icon(dl, Icon::Scissors, at(0.5f), ctx.tpx(22) * z, to_u32(p.on_tint_success));
    return;
  }
  const bool general = s.graph->edges[e].basis == Basis::OfficerGeneral;
  if (general) {
    constexpr int kDashes = 24;  // dashed all the way: a route police describe, not one this case proved
    for (int k = 0; k < kDashes; k += 2) dash(k / float(kDashes), (k + 1) / float(kDashes));
  } else if (!flowing) {
    const Curve& c = curve;
    if (c.elbow) {
      const ImVec2 pts[4] = {d.at(c.p[0]), d.at(c.p[1]), d.at(c.p[2]), d.at(c.p[3])};
      dl->AddPolyline(pts, 4, ink, ImDrawFlags_None, thick);
    } else {
      dl->AddBezierCubic(d.at(c.p[0]), d.at(c.p[1]), d.at(c.p[2]), d.at(c.p[3]), ink, thick);
    }
  }
  // Arrowhead: along the curve's direction where it meets the card (an elbow's last run is
  // short: a point a little way back would lie on the run before and tilt the head).
  const ImVec2 tip = at(1);
  const Point t1 = curve.tangent(1);
  ImVec2 dir(t1.x, t1.y);
  const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
  if (len > 0) {
    dir = dir / len;
    const ImVec2 side(-dir.y, dir.x);
    float sz = ctx.tpx(7) * z;
    if (curve.elbow) {  // the head fits the lane's short way into its card
      const ImVec2 run = tip - at(curve.corner(2));
      sz = std::min(sz, std::sqrt(run.x * run.x + run.y * run.y) / 1.6f);
    }
    dl->AddTriangleFilled(tip, tip - dir * sz * 1.6f + side * sz, tip - dir * sz * 1.6f - side * sz, ink);
  }
  // Data moving: particles along the story's hop only, so the eye follows the story.
  if (!flowing && !ctx.state.reduced_motion() && !general && static_cast<int>(e) == s.current)
    for (int n = 0; n < 4; ++n) {
      const float t = std::fmod(static_cast<float>(ctx.now) * 0.45f + n * 0.25f, 1.0f);
      dl->AddCircleFilled(at(t), ctx.tpx(4.5f) * z, to_u32(p.accent));
    }
}

// With the flow shader, every open hop carries pulses moving towards the buyers (the GPU
// animates them); without it, plain curves and particles on the story's hop only.
void draw_hops(const UiContext& ctx, const FlowScene& s, const Diagram& d, ImDrawList* dl) {
  const auto& p = ctx.theme.palette;
  const size_t edges = s.graph->edges.size();
  const bool flowing = !ctx.state.reduced_motion() && ctx.services.effects && ctx.services.effects->flow_ready();
  // Faded hops first, then the selected card's chain, then the story's hop and the quiz's
  // marks: what the visitor follows is never drawn under the rest.
  auto rank = [&](size_t e) { return s.hop_strong(e) ? 2 : s.focus && s.in_focus[e] ? 1 : 0; };
  if (flowing) {
    ctx.services.effects->begin_flow(dl, static_cast<float>(ctx.now), d.zoom);
    for (int r = 0; r < 3; ++r)
      for (size_t e = 0; e < edges; ++e)
        if (s.kept[e] && s.hop_flows(e) && rank(e) == r)
          flow_strip(dl, d, e, ctx.tpx(s.hop_strong(e) ? 3.0f : 1.6f) * (d.zoom / ctx.scale) * 1.4f,
                     to_u32(s.hop_strong(e) ? p.accent : p.text_secondary, s.hop_alpha(e)));
    ctx.services.effects->end_flow(dl);
  }
  for (int r = 0; r < 3; ++r)
    for (size_t e = 0; e < edges; ++e)
      if (s.kept[e] && rank(e) == r) plain_hop(ctx, s, d, dl, e, flowing);
}

// [SECTION] Price tags: what one item fetched at that hop, on the hop itself (the figure
// people remember). Measured at full size in logical px for the layout, drawn scaled.
constexpr float kTagPadX = 8, kTagPadY = 4, kTagMaxWidth = 150;

float tag_text_width(const UiContext& ctx, const std::string& text) {
  const FontUse f = use_font(ctx.fonts, ctx.fonts.caption, text);
  const float one_line = f.font->CalcTextSizeA(f.size, FLT_MAX, 0, text.c_str()).x;
  return std::min(one_line + 1, ctx.tpx(kTagMaxWidth - kTagPadX * 2));
}

void draw_tag(const UiContext& ctx, const Diagram& d, const Box& box, const std::string& text, float alpha) {
  const auto& p = ctx.theme.palette;
  auto* dl = ImGui::GetWindowDrawList();
  const float z = d.zoom / ctx.scale;
  const ImVec2 a = d.at({box.x, box.y}), b = d.at({box.x + box.w, box.y + box.h});
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

// The height (logical px) of a second caption line for "police say" when the role and it
// do not fit on one line of a card `w` wide; 0 when they do (or the card needs none).
// "Police say" is a badge (an outlined pill), so it reads as a mark on the card, not as a
// second name; its width at full size, display px.
float badge_width(const UiContext& ctx) { return text_width(ctx, ctx.fonts.caption, ctx.tr("basis.short")) + ctx.tpx(14); }

void draw_badge(const UiContext& ctx, ImDrawList* dl, ImVec2 at, float z, ImU32 ink) {
  ImFont* cf = ctx.fonts.caption;
  const ImVec2 size((text_width(ctx, cf, ctx.tr("basis.short")) + ctx.tpx(14)) * z, (cf->FontSize + ctx.tpx(4)) * z);
  const ImVec2 top = at - ImVec2(0, ctx.tpx(2) * z);
  dl->AddRect(top, top + size, ink, size.y / 2, 0, std::max(1.0f, ctx.tpx(1.2f) * z));
  draw_text(ctx, dl, cf, at + ImVec2(ctx.tpx(7) * z, 0), ink, ctx.tr("basis.short"), z);
}

// The role's words beside the icon: a little smaller on a narrow card (down to 80 %), then
// wrapped ("Whose data / it is") instead of running past its edge; none on a card named by
// its role alone (the overview's "内部人员").
struct RoleLines {
  const std::vector<LineRange>* lines = nullptr;  // empty: not drawn
  float scale = 1;                                // of the caption font
  float last_w = 0;                               // the last line's width, display px, scaled
  float line_h = 0;                               // display px between lines
  float extra = 0;                                // logical px below the first line
};

float role_room(const UiContext& ctx, float w) { return ctx.tpx(w - kPad * 1.5f - 26); }

RoleLines role_lines(const UiContext& ctx, const FlowNode& n, float w) {
  static const std::vector<LineRange> kNone;
  RoleLines out;
  out.lines = &kNone;
  const std::string& role = role_label(ctx, n.role);
  if (ctx.tr(n.label) == role) return out;
  ImFont* cf = ctx.fonts.caption;
  const float room = role_room(ctx, w);
  out.scale = std::clamp(room / std::max(1.0f, text_width(ctx, cf, role)), 0.8f, 1.0f);
  out.lines = &wrap_text(ctx, role, FontUse{cf, cf->FontSize * out.scale}, room);
  if (out.lines->empty()) return out;
  const LineRange& last = out.lines->back();
  out.last_w = text_width(ctx, cf, std::string_view(role).substr(last.begin, last.end - last.begin)) * out.scale;
  out.line_h = cf->FontSize * out.scale * 1.1f;
  out.extra = static_cast<float>(out.lines->size() - 1) * out.line_h / ctx.scale;
  return out;
}

// The height (logical px) of a line of its own for the "police say" badge when it does not
// fit after the role's last line; 0 when it does (or the card needs none).
float basis_line(const UiContext& ctx, const FlowNode& n, float w) {
  if (n.basis != Basis::OfficerGeneral) return 0;
  const RoleLines rl = role_lines(ctx, n, w);
  const float both = (rl.lines->empty() ? 0 : rl.last_w + ctx.tpx(8)) + badge_width(ctx);
  if (both <= role_room(ctx, w)) return 0;
  return (ctx.fonts.caption->FontSize + ctx.tpx(14)) / ctx.scale;
}

// [SECTION] Cards. Each is a control: tapping it (or Enter on it) opens its details below.
void draw_card(const UiContext& ctx, const FlowScene& s, FlowView& view, const Diagram& d, ImDrawList* dl, size_t i) {
  const auto& p = ctx.theme.palette;
  const auto& n = s.graph->nodes[i];
  const ImVec2 a = d.box_min(i), b = d.box_max(i);
  const bool on_hop = s.card_on_hop(i);
  const float alpha = s.card_alpha(i);
  const Rgb rc = role_color(n.role, n.kind);
  const float z = d.zoom / ctx.scale;  // on-screen size of a logical px, relative to text
  const float r = ctx.tpx(10) * z;
  dl->AddRectFilled(a, b, to_u32(p.surface, alpha), r);
  dl->AddRect(a, b, to_u32(on_hop ? p.accent : p.border, on_hop ? 1.0f : alpha), r, 0, ctx.tpx(on_hop ? 2.5f : 1));
  dl->AddRectFilled(a, ImVec2(b.x, a.y + ctx.tpx(5) * z), to_u32(rc, alpha), r, ImDrawFlags_RoundCornersTop);
  draw_icon(dl, node_icon(n), a + ImVec2(ctx.tpx(kPad + 10) * z, ctx.tpx(kPad + 14) * z), ctx.tpx(20) * z, to_u32(rc, alpha));
  const std::string role = role_label(ctx, n.role) +
                           (n.basis == Basis::OfficerGeneral ? " · " + ctx.tr("basis.short") : std::string());
  ImFont* cf = ctx.fonts.caption;
  const ImU32 caption_ink = to_u32(p.text_secondary, alpha);
  const ImVec2 caption_at = a + ImVec2(ctx.tpx(kPad + 26) * z, ctx.tpx(kPad + 14) * z - cf->FontSize * z / 2);
  const float card_w = d.layout.nodes[i].w;
  const RoleLines rl = role_lines(ctx, n, card_w);
  const float shift = rl.extra + basis_line(ctx, n, card_w);
  // Labels are wrapped at full size and drawn scaled with the card, so they never spill.
  const std::string& label = ctx.tr(n.label);
  const std::string& role_words = role_label(ctx, n.role);
  const float caption_line = cf->FontSize * 1.3f * z;
  for (size_t k = 0; k < rl.lines->size(); ++k) {
    const LineRange& line = (*rl.lines)[k];
    draw_text(ctx, dl, cf, caption_at + ImVec2(0, rl.line_h * z * static_cast<float>(k)), caption_ink,
              std::string_view(role_words).substr(line.begin, line.end - line.begin), z * rl.scale);
  }
  if (n.basis == Basis::OfficerGeneral) {
    if (shift > rl.extra) {  // a narrow card: the badge on a line of its own, at the card's margin
      draw_badge(ctx, dl, ImVec2(a.x + ctx.tpx(kPad) * z, caption_at.y + ctx.tpx(rl.extra) * z + caption_line + ctx.tpx(2) * z), z,
                 caption_ink);
    } else {
      const float after = rl.lines->empty() ? 0 : (rl.last_w + ctx.tpx(8)) * z;
      draw_badge(ctx, dl, caption_at + ImVec2(after, ctx.tpx(rl.extra) * z), z, caption_ink);
    }
  }
  const FontUse f = use_font(ctx.fonts, ctx.fonts.body_bold, label);
  ImVec2 tp = a + ImVec2(ctx.tpx(kPad) * z, ctx.tpx(kPad + 26 + shift) * z);
  for (const auto& line : wrap_text(ctx, label, f, ctx.tpx(d.layout.nodes[i].w - kPad * 2))) {
    dl->AddText(f.font, f.size * z, tp, to_u32(p.text, alpha), label.data() + line.begin, label.data() + line.end);
    tp.y += f.em(ctx.fonts) * 1.35f * z;
  }
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(static_cast<int>(i));
  bool tapped = ImGui::InvisibleButton("##node", b - a);
  tapped |= ctx.semantics.add_item("##node", SemanticNode::Role::Button, role + ": " + label);
  focus_ring(ctx, r);
  ImGui::PopID();
  if (tapped) {
    view.selected = view.selected == static_cast<int>(i) ? -1 : static_cast<int>(i);
    ctx.state.mark_changed();
  }
  if (view.selected == static_cast<int>(i)) dl->AddRect(a - ImVec2(3, 3), b + ImVec2(3, 3), to_u32(p.focus), r + 3, 0, ctx.px(2));
}

}  // namespace

float node_height(const UiContext& ctx, const FlowNode& n, float w) {
  return kPad * 2 + 20 + 6 + role_lines(ctx, n, w).extra + basis_line(ctx, n, w) +
         paragraph_height(ctx, ctx.tr(n.label), ctx.fonts.body_bold, ctx.tpx(w - kPad * 2), 1.35f) / ctx.scale;
}

ImVec2 tag_size(const UiContext& ctx, const std::string& text) {
  if (text.empty()) return ImVec2(0, 0);
  const FontUse f = use_font(ctx.fonts, ctx.fonts.caption, text);
  const float tw = tag_text_width(ctx, text);
  const float lines = static_cast<float>(wrap_text(ctx, text, f, tw).size());
  return ImVec2(tw / ctx.scale + kTagPadX * 2, lines * f.em(ctx.fonts) * 1.3f / ctx.scale + kTagPadY * 2);
}

void draw_diagram(const UiContext& ctx, const FlowScene& s, FlowView& view, Diagram& d, float area_w) {
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
  draw_hops(ctx, s, d, dl);
  // Tags over the curves, under the cards (the layout keeps them apart anyway).
  for (size_t e = 0; e < s.graph->edges.size(); ++e)
    if (s.kept[e] && d.layout.labels[e].w > 0) draw_tag(ctx, d, d.layout.labels[e], ctx.tr(s.graph->edges[e].price), s.tag_alpha(e));
  for (size_t i = 0; i < s.graph->nodes.size(); ++i)
    if (s.shown[i]) draw_card(ctx, s, view, d, dl, i);
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
    ctx.state.mark_changed();
  }
  // The cards moved the cursor; the child's extent is the diagram's, measured from its top
  // (from the last card it would overflow and grow a scrollbar that clips the buyers).
  ImGui::SetCursorScreenPos(child_top);
  ImGui::Dummy(size);
  ImGui::EndChild();
  if (panning) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

}  // namespace dt::ui::flow
