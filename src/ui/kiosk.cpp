#include "ui/kiosk.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8: the organiser's text, character by character

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/kiosk/sha256.h"
#include "core/text/numbers.h"
#include "ui/screens/page_parts.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace dt::ui {

namespace {

constexpr double kLongPress = 3.0;  // seconds: no visitor holds a corner that long by accident
constexpr float kCorner = 64;       // logical px square, top-left

// A window over the whole display that takes every click (a modal layer), optionally dimmed.
bool begin_layer(const char* id, ImU32 scrim, bool scrolls = false) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, scrim);
  const bool open = ImGui::Begin(id, nullptr,
                                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                     (scrolls ? 0 : ImGuiWindowFlags_NoScrollWithMouse));
  ImGui::PopStyleColor();
  return open;
}

// A centred card of `width` on the layer; returns its inner left edge and width.
struct Card {
  float x, w;
};
Card card(const UiContext& ctx, float width, float height) {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const float w = std::min(width, d.x - ctx.px(32));
  const ImVec2 pos((d.x - w) / 2, std::max(ctx.px(16), (d.y - height) / 2));
  ImGui::GetWindowDrawList()->AddRectFilled(pos, pos + ImVec2(w, height), to_u32(ctx.theme.palette.surface),
                                            ctx.px(ctx.theme.space.radius * 1.5f));
  const float pad = ctx.px(28);
  ImGui::SetCursorScreenPos(pos + ImVec2(pad, pad));
  return {pos.x + pad, w - pad * 2};
}

}  // namespace

void Kiosk::configure(const KioskConfig& config, std::vector<std::string> notes) {
  enabled_ = true;
  config_ = config;
  notes_ = std::move(notes);
  idle_ = IdleTimer(config.idle_seconds, config.countdown_seconds);
  attract_started_ = false;
  screen_applied_ = false;
}

void Kiosk::start_attract(AppState& state) {
  // The story of the organiser's chosen diagram plays by itself; the first touch ends it.
  state.go_home();
  if (state.shows(Screen::Flow)) {
    if (config_.attract == "overview") state.navigate(Screen::Flow);
    else state.navigate(Screen::Flow, config_.attract);
    state.open_flow_view(config_.attract).playing = true;
    state.open_flow_view(config_.attract).reveal = true;
  }
  attract_started_ = true;
}

void Kiosk::set_screen(float css_w, float css_h) {
  screen_w_ = css_w;
  screen_h_ = css_h;
}

void Kiosk::begin_frame(AppState& state, Speech* speech, double now) {
  // The screen's size is known from the first frame: the visit that starts then gets its
  // text size (later visits get it when they are wiped).
  if (enabled_ && !screen_applied_ && screen_w_ > 0 && screen_h_ > 0) {
    screen_applied_ = true;
    state.set_text_scale(visit_text_scale());
  }
  const bool asked = state.take_visit_end();  // "I'm done, clear my answers"
  if (!enabled_) return;
  if (idle_.update(now) || asked) end_visit(state, speech);
  if (idle_.phase() == IdleTimer::Phase::Attract && !attract_started_) start_attract(state);
}

// The one way a visit ends — the idle clock ran out, the visitor said they were done, the
// operator restarted: nothing of it stays, not even a voice still reading; then the attract loop.
void Kiosk::end_visit(AppState& state, Speech* speech) {
  if (speech) speech->stop();
  state.wipe_visitor(config_.language, visit_text_scale());
  tally_.visit_ended();
  operator_ = Operator::Closed;
  code_.clear();
  idle_ = IdleTimer(config_.idle_seconds, config_.countdown_seconds);
  attract_started_ = false;
}

void Kiosk::end_frame(const UiContext& ctx, double now, bool had_input) {
  if (!enabled_) return;
  if (!glyphs_checked_) {
    // The organiser's words are drawn with the bundled font (subset at build time from
    // web/kiosk.json) and, for characters added later, its glyph pages; a character beyond
    // both (an emoji, a rare character outside GBK) cannot be drawn. Say which.
    glyphs_checked_ = true;
    std::string missing;
    for (const std::string* t : {&config_.organiser.zh, &config_.organiser.en, &config_.report_line.zh, &config_.report_line.en})
      for (const char* s = t->c_str(); *s;) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, nullptr);
        if (c >= 0x20 && !ctx.fonts.can_draw(c)) {
          char utf8[5] = {};
          ImTextCharToUtf8(utf8, c);
          if (missing.find(utf8) == std::string::npos) missing += utf8;
        }
      }
    if (!missing.empty())
      notes_.push_back("kiosk.json: the fonts have no glyph for " + missing +
                       " (Chinese and Latin characters all work; emoji and symbols outside GBK do not)");
  }
  const auto phase = idle_.phase();
  if (operator_ != Operator::Closed) draw_operator(ctx);
  else if (phase == IdleTimer::Phase::Warning) draw_warning(ctx, now);
  else if (phase == IdleTimer::Phase::Attract) draw_attract(ctx);
  else watch_long_press(ctx, now);
  if (had_input && idle_.input(now)) {
    // The first touch after the attract loop starts a fresh visit at the start screen.
    ctx.state.wipe_visitor(config_.language, visit_text_scale());
    attract_started_ = false;
    tally_.visit_started();
  }
  tally_.saw(ctx.state, ctx.content);
}

double Kiosk::next_deadline(double now) const {
  if (!enabled_) return -1;
  double d = idle_.next_deadline(now);
  if (press_started_ >= 0) {
    const double press = press_started_ + kLongPress;
    d = d < 0 ? press : std::min(d, press);
  }
  return d;
}

void Kiosk::draw_warning(const UiContext& ctx, double now) {
  const auto& p = ctx.theme.palette;
  // Opaque: the visitor may have walked away, and the next person must not read their plan
  // or their answers behind the dialog.
  begin_layer("##kiosk_warning", to_u32(p.background));
  // Modal: the reader hears the dialog, not the screen behind it.
  ctx.semantics.clear();
  const std::string title = ctx.tr("kiosk.still_there");
  ctx.semantics.begin_dialog(title);
  const float w = ctx.px(520);
  // "In 1 second" / "In 5 seconds": the language's plural rules (ICU) pick the sentence.
  const int left = idle_.seconds_left(now);
  const std::string body =
      format_count(left, fill(ctx.tr("kiosk.countdown_one"), {{"n", left}}), fill(ctx.tr("kiosk.countdown"), {{"n", left}}), ctx.state.locale());
  const float inner = std::min(w, ImGui::GetIO().DisplaySize.x - ctx.px(32)) - ctx.px(56);
  const float h = ctx.px(56) + ctx.fonts.title->FontSize * 1.4f + ctx.px(12) +
                  paragraph_height(ctx, body, ctx.fonts.body, inner) + ctx.px(24) + button_height(ctx);
  const Card c = card(ctx, w, h);
  ImGui::BeginGroup();
  heading(ctx, title, 2, ctx.fonts.title, p.text, c.w);
  gap(ctx, 12);
  // The number ticks on screen; the reader is told once, without a number each second.
  auto* dl = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  draw_paragraph(ctx, dl, at, body, ctx.fonts.body, p.text, c.w);
  ctx.semantics.add_text(body);
  ImGui::Dummy(ImVec2(c.w, paragraph_height(ctx, body, ctx.fonts.body, c.w)));
  ctx.semantics.add_live(ctx.tr("kiosk.countdown_live"));
  gap(ctx, 24);
  primary_button(ctx, "##continue", ctx.tr("kiosk.continue"), c.w);  // any touch counts; this one says so
  ImGui::EndGroup();
  ctx.semantics.end_list();
  ImGui::End();
}

float Kiosk::banner_height(const UiContext& ctx) const {
  const bool org = !ctx.tr(config_.organiser).empty(), report = !ctx.tr(config_.report_line).empty();
  return ctx.px(40) + ctx.fonts.title->FontSize * 1.3f + ctx.fonts.body->FontSize * 1.5f +
         (org ? ctx.fonts.body->FontSize * 1.6f : 0) + (report ? ctx.fonts.body->FontSize * 1.4f : 0);
}

void Kiosk::draw_attract(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  begin_layer("##kiosk_attract", IM_COL32(0, 0, 0, 0));
  ctx.semantics.clear();
  // The whole screen is the button: any touch starts.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  ImGui::InvisibleButton("##start", d);
  ctx.semantics.add_item("##start", SemanticNode::Role::Button, ctx.tr("kiosk.start"));
  // A banner across the bottom: the call to action in both languages (the next visitor may
  // read either), who put the kiosk here, and where to report (as on home).
  auto* dl = ImGui::GetWindowDrawList();
  const std::string call_zh = ctx.strings.get(Locale::ZhHans, "kiosk.touch_to_start");
  const std::string call_en = ctx.strings.get(Locale::En, "kiosk.touch_to_start");
  const std::string& org = ctx.tr(config_.organiser);
  ImFont* big = ctx.fonts.title;
  ImFont* small = ctx.fonts.body;
  const float h = banner_height(ctx);
  const ImVec2 b0(0, d.y - h);
  dl->AddRectFilled(b0, d, to_u32(p.accent));
  float y = b0.y + ctx.px(20);
  auto centred = [&](ImFont* f, const std::string& text, Rgb colour, float alpha) {
    const FontUse u = use_font(ctx.fonts, f, text);
    const std::string shown = fit_text(u, text, d.x - ctx.px(32));
    const float tw = u.font->CalcTextSizeA(u.size, FLT_MAX, 0, shown.c_str()).x;
    dl->AddText(u.font, u.size, ImVec2((d.x - tw) / 2, y), to_u32(colour, alpha), shown.c_str());
    y += u.size * 1.4f;
  };
  centred(big, call_zh, p.on_accent, 1.0f);
  centred(small, call_en, p.on_accent, 0.9f);
  if (!org.empty()) centred(small, org, p.on_accent, 0.9f);
  const std::string& report = ctx.tr(config_.report_line);
  if (!report.empty()) centred(small, report, p.on_accent, 0.9f);
  ctx.semantics.add_text(call_zh + " " + call_en);
  if (!org.empty()) ctx.semantics.add_text(org);
  if (!report.empty()) ctx.semantics.add_text(report);
  ImGui::End();
}

void Kiosk::watch_long_press(const UiContext& ctx, double now) {
  if (config_.operator_code_sha256.empty()) return;  // no code set: no panel at all
  const ImGuiIO& io = ImGui::GetIO();
  const float corner = ctx.px(kCorner);
  const bool in_corner = io.MouseClickedPos[0].x < corner && io.MouseClickedPos[0].y < corner;
  if (!io.MouseDown[0] || !in_corner || io.MouseDragMaxDistanceSqr[0] > corner * corner) {
    press_started_ = -1;
    return;
  }
  if (press_started_ < 0) press_started_ = now;
  if (now - press_started_ >= kLongPress) {
    operator_ = Operator::Code;
    code_.clear();
    wrong_code_ = false;
    press_started_ = -1;
    ctx.state.mark_changed();
  }
}

void Kiosk::draw_operator(const UiContext& ctx) {
  const auto& p = ctx.theme.palette;
  begin_layer("##kiosk_operator", to_u32(p.background), true);
  ctx.semantics.clear();
  ctx.semantics.begin_dialog(ctx.tr("kiosk.operator"));
  const Column col = content_column(ctx);
  // In the window's own coordinates, so the panel scrolls (by wheel, finger, keys): placed on
  // the screen, it stayed put however far the window scrolled.
  ImGui::SetCursorPos(ImVec2(col.x, ctx.px(32)));
  ImGui::BeginGroup();
  heading(ctx, ctx.tr("kiosk.operator"), 1, ctx.fonts.heading, p.text, col.width);
  gap(ctx, 8);
  if (quiet_button(ctx, "##close", ctx.tr("kiosk.close"), Icon::Back)) {
    operator_ = Operator::Closed;
    ctx.state.mark_changed();
  }
  gap(ctx, 8);
  if (operator_ == Operator::Code) {
    paragraph(ctx, ctx.tr("kiosk.enter_code"), ctx.fonts.body, p.text, col.width);
    gap(ctx, 8);
    paragraph(ctx, code_.empty() ? std::string(" ") : std::string(code_.size(), '*'), ctx.fonts.title, p.text, col.width);
    if (wrong_code_) paragraph(ctx, ctx.tr("kiosk.wrong_code"), ctx.fonts.body_bold, p.text, col.width);
    gap(ctx, 8);
    // After three wrong codes the keypad rests, longer each time (core/kiosk/code_gate.h).
    if (const double wait = gate_.wait(ctx.now); wait > 0) {
      const int seconds = static_cast<int>(std::ceil(wait));
      paragraph(ctx, format_count(seconds, fill(ctx.tr("kiosk.code_wait_one"), {{"n", seconds}}), fill(ctx.tr("kiosk.code_wait"), {{"n", seconds}}),
                                  ctx.state.locale()),
                ctx.fonts.body_bold, p.text, col.width);
      ctx.next.wake(ctx.now + wait - std::floor(wait) + 0.01);  // the count goes down each second
    } else {
    // A keypad: no on-screen keyboard needed on a touch kiosk.
    const float key = ctx.px(72), spacing = ctx.px(10);
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"};
    for (int i = 0; i < 12; ++i) {
      if (i % 3) ImGui::SameLine(0, spacing);
      const std::string k = keys[i];
      const std::string label = k == "del" ? ctx.tr("kiosk.delete") : k == "ok" ? ctx.tr("kiosk.ok") : k;
      ImGui::PushID(i);
      if (primary_button(ctx, "##key", label, key)) {
        if (k == "del") {
          if (!code_.empty()) code_.pop_back();
        } else if (k == "ok") {
          wrong_code_ = operator_code_hash(code_) != config_.operator_code_sha256;
          gate_.tried(!wrong_code_, ctx.now);
          if (!wrong_code_) operator_ = Operator::Open;
          code_.clear();
        } else if (code_.size() < 8) {
          code_ += k;
        }
        ctx.state.mark_changed();
      }
      ImGui::PopID();
      if (i % 3 == 2) gap(ctx, 10);
    }
    }
  } else {
    draw_tally(ctx, col.width);
    section_heading(ctx, ctx.tr("kiosk.settings"), col.width);
    const KioskConfig& c = config_;
    draw_word(ctx, col.width);
    const std::string lines[] = {
        "idle_seconds: " + std::to_string(c.idle_seconds),
        "countdown_seconds: " + std::to_string(c.countdown_seconds),
        "language: " + std::string(locale_tag(c.language)),
        std::string("modules: ") + (c.show_cases ? "cases " : "") + (c.show_flow ? "flow " : "") + (c.show_quiz ? "quiz " : "") +
            (c.spot_check ? "check" : ""),
        "attract: " + c.attract,
        "text_size: " + std::to_string(static_cast<int>(visit_text_scale() * 100 + 0.5f)) + "%" +
            (c.text_scale > 0 ? "" : " (from the screen)"),
        "organiser: " + ctx.tr(c.organiser),
        "report_line: " + ctx.tr(c.report_line),
        std::string("printing: ") + (c.printing ? "on" : "off"),
    };
    for (const auto& l : lines) paragraph(ctx, l, ctx.fonts.body, p.text, col.width);
    gap(ctx, 8);
    paragraph(ctx, ctx.tr("kiosk.code_note"), ctx.fonts.body, p.text_secondary, col.width);
    gap(ctx, 8);
    paragraph(ctx, ctx.tr("kiosk.content_note"), ctx.fonts.body, p.text_secondary, col.width);
    section_heading(ctx, ctx.tr("kiosk.notes"), col.width);
    if (notes_.empty()) paragraph(ctx, ctx.tr("kiosk.no_notes"), ctx.fonts.body, p.text, col.width);
    for (const auto& n : notes_) paragraph(ctx, n, ctx.fonts.body, p.text, col.width);
    gap(ctx, 16);
    if (primary_button(ctx, "##restart", ctx.tr("kiosk.restart"))) {
      // As if the visit had timed out: wiped, and the attract loop from the next frame.
      end_visit(ctx.state, ctx.services.speech);
    }
  }
  gap(ctx, 32);
  ImGui::Dummy(ImVec2(1, 1));  // the group ends on an item, not on a cursor move
  ImGui::EndGroup();
  ctx.semantics.end_list();
  ImGui::End();
}

// The event's counts for the organiser's report: counters only, in this page's memory.
void Kiosk::draw_tally(const UiContext& ctx, float width) {
  const auto& p = ctx.theme.palette;
  section_heading(ctx, ctx.tr("kiosk.tally"), width);
  const EventTally& t = tally_.tally();
  // The averages are right answers per visitor who did both parts, out of the items asked.
  char average[64];
  std::snprintf(average, sizeof average, "%.1f → %.1f / %u", t.average_before(), t.average_after(),
                t.check_items ? t.check_items : unsigned{SpotSession::kItems});
  // Scores only once enough visitors did both parts that none of theirs can be read back out
  // (one visitor's average is their score; EventTally::kMinChecksForScores).
  const bool scores = t.scores_shown();
  const std::pair<const char*, std::string> rows[] = {{"kiosk.tally_visits", std::to_string(t.visits)},
                                                      {"kiosk.tally_cases", std::to_string(t.cases)},
                                                      {"kiosk.tally_diagram", std::to_string(t.diagram)},
                                                      {"kiosk.tally_quiz", std::to_string(t.quiz)},
                                                      {"kiosk.tally_completed", std::to_string(t.completed)},
                                                      {"kiosk.tally_checks", std::to_string(t.checks)},
                                                      {"kiosk.tally_improved", scores ? std::to_string(t.improved) : std::string("—")},
                                                      {"kiosk.tally_average", scores ? std::string(average) : std::string("—")}};
  const char* colon = ctx.state.locale() == Locale::ZhHans ? "：" : ": ";
  for (const auto& [key, n] : rows) paragraph(ctx, ctx.tr(key) + colon + n, ctx.fonts.body, p.text, width);
  if (!scores) {
    gap(ctx, 4);
    paragraph(ctx, fill(ctx.tr("kiosk.tally_min"), {{"n", static_cast<int>(EventTally::kMinChecksForScores)}}), ctx.fonts.body,
              p.text_secondary, width);
  }
  gap(ctx, 8);
  paragraph(ctx, ctx.tr("kiosk.tally_note"), ctx.fonts.body, p.text_secondary, width);
  gap(ctx, 8);
  if (quiet_button(ctx, "##tally_reset", ctx.tr("kiosk.tally_reset"), Icon::Close)) {
    tally_.reset();
    ctx.state.mark_changed();
  }
  // For the organiser's report: the date (the print page adds it), the organiser, the counts.
  if (ctx.services.printer && config_.printing &&
      quiet_button(ctx, "##tally_print", ctx.tr("kiosk.tally_print"), Icon::Stories)) {
    PrintablePlan sheet;
    sheet.lang = std::string(locale_tag(ctx.state.locale()));
    sheet.product = ctx.tr("app.name");
    sheet.title = ctx.tr("kiosk.tally");
    sheet.intro = ctx.tr(config_.organiser);
    sheet.report = ctx.tr("kiosk.tally_note");
    for (const auto& [key, n] : rows) sheet.items.push_back({ctx.tr(key), n, ""});
    ctx.services.printer->print(sheet);
  }
  gap(ctx, 8);
}

// The word a volunteer looks for on the "completed" card, and the way to the next one.
void Kiosk::draw_word(const UiContext& ctx, float width) {
  const auto& words = config_.words_of_the_day;
  if (words.empty()) return;
  const auto& p = ctx.theme.palette;
  section_heading(ctx, ctx.tr("kiosk.word_of_the_day"), width);
  paragraph(ctx, words.front(), ctx.fonts.title, p.text, width);
  if (words.size() > 1 && quiet_button(ctx, "##next_word", ctx.tr("kiosk.next_word"), Icon::Chevron)) {
    // The current word is the first: the panel turns the list (the config is the kiosk's copy).
    std::rotate(config_.words_of_the_day.begin(), config_.words_of_the_day.begin() + 1, config_.words_of_the_day.end());
    ctx.state.mark_changed();
  }
  gap(ctx, 8);
}

}  // namespace dt::ui
