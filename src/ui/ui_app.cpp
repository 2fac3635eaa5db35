#include "ui/ui_app.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextChar{From,To}Utf8; each window's scroll, cleared by forget_visit

#include "core/content/for_each_text.h"
#include "core/text/icu_data.h"
#include "ui/context.h"
#include "ui/screens/screens.h"
#include "ui/style.h"
#include "ui/widgets.h"

namespace dt::ui {

void UiApp::init(UiAssets assets, Locale locale, std::vector<std::string>& problems) {
  assets_ = std::move(assets);
  state_ = AppState(locale);
  strings_.load_both(assets_.strings_zh, assets_.strings_en, "content", problems);
  std::vector<std::string> content_problems;
  if (assets_.content) content_ = load_content(assets_.content, "content", content_problems, assets_.list_cases);
  problems.insert(problems.end(), content_problems.begin(), content_problems.end());
  // Line breaking needs ICU's data: a failure to load it belongs on the Problems screen too.
  std::string icu_error;
  if (!init_icu(icu_error)) problems.push_back(icu_error);
  problems_.assign(problems.begin(), problems.end());
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about the visitor is written anywhere
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Each screen and diagram is its own ImGui window whose draw buffers keep their largest
  // size; a kiosk visits every one of them all day. Release a window's buffers once it has
  // been out of sight for a few seconds (ImGui's default is a minute), so memory follows
  // what is on screen rather than what was ever shown.
  io.ConfigMemoryCompactTimer = 5.0f;
  // An organiser must see a broken content set at once, not discover it case by case.
  if (!problems_.empty()) state_.navigate(Screen::Problems);
}

namespace {
// Texts screens draw with display fonts (titles, section headings, the quiz's questions, a
// reminder's advice, the diagram's story line): every interface string and these content
// fields. Declaring them means one atlas build per text size; a display glyph met
// undeclared costs a whole rebuild (a long task: tens of ms natively, more in wasm) on the
// first visit to a screen. Anything still missed is added on the fly (Fonts::missing_display).
std::vector<std::string_view> display_text(const StringTable& strings, const Content& content, bool presenting) {
  std::vector<std::string_view> out = strings.all_text();
  auto add = [&](const LocalText& t) { out.insert(out.end(), {t.zh, t.en}); };
  auto add_graph = [&](const FlowGraph& g) {
    for (const auto& n : g.nodes) add(n.label);
  };
  for (const auto& c : content.cases) {
    add(c.title);
    add(c.key_value);
    add_graph(c.flow);
  }
  add(content.overview.title);
  add_graph(content.overview.flow);
  for (const auto& q : content.questions) add(q.prompt);
  for (const auto& s : content.spot) add(s.prompt);
  for (const auto& r : content.reminders) add(r.text);
  if (presenting) {  // slides put a case's hook, its hops and the questions' answers in display type
    for (const auto& c : content.cases) {
      add(c.hook);
      add(c.place);
      add(c.when);
      for (const auto& e : c.flow.edges) add(e.data);
    }
    for (const auto& q : content.questions)
      for (const auto& o : q.options) add(o.text);
  }
  return out;
}

// The titles screens open with (case titles and figures, strings whose keys end in "title").
std::vector<std::string_view> title_text(const StringTable& strings, const Content& content) {
  std::vector<std::string_view> out;
  for (const auto& c : content.cases)
    for (const LocalText* t : {&c.title, &c.key_value}) out.insert(out.end(), {t->zh, t->en});
  for (Locale l : kAllLocales)
    for (const auto& [key, text] : strings.entries(l)) {
      const std::string_view k(key);
      if (k == "app.name" || (k.size() >= 5 && k.substr(k.size() - 5) == "title")) out.push_back(text);
    }
  return out;
}
}  // namespace

GlyphSources UiApp::glyph_sources() const {
  GlyphSources g;
  g.interface_texts = strings_.all_text();
  for (auto t : problems_screen_text()) g.interface_texts.push_back(t);
  for (const auto& p : problems_) g.interface_texts.push_back(p);
  for_each_text(content_, [&](const LocalText& t) { g.content_texts.insert(g.content_texts.end(), {t.zh, t.en}); });
  if (kiosk_.enabled()) {
    const KioskConfig& k = kiosk_.config();
    g.interface_texts.insert(g.interface_texts.end(), {k.organiser.zh, k.organiser.en, k.report_line.zh, k.report_line.en});
    for (const auto& n : kiosk_.notes()) g.interface_texts.push_back(n);
  }
  g.display_texts = display_text(strings_, content_, present_.on);
  g.title_texts = title_text(strings_, content_);
  return g;
}

FrameOut UiApp::frame(const FrameIn& in) {
  [[maybe_unused]] const ImGuiContext* g = ImGui::GetCurrentContext();  // for the asserts
  IM_ASSERT(g != nullptr && "UiApp::frame(): create the Dear ImGui context and init() the app first");
  IM_ASSERT(!g->WithinFrameScope && "UiApp::frame() runs a whole frame itself: call it instead of NewFrame()/Render(), not between them");
  IM_ASSERT(in.device_scale > 0 && "UiApp::frame(): FrameIn::device_scale must be the device pixel ratio (> 0)");
  set_clock(in.now);
  if (in.max_texture > 0) set_max_texture(in.max_texture);
  FrameOut out;
  // A projector's slide is laid out on a canvas of fixed height: its type is sized from the
  // screen, not the device (present.h).
  const bool projector = present_.on && !present_.speaker;
  out.font_texture_changed = prepare_frame(projector ? slide_scale(in.display) : in.device_scale);
  if (in.mouse_moved) mouse_moved();
  const int queued = InputBacklog::queued();
  if (in.backend_new_frame) in.backend_new_frame();
  // With no mouse over the window, ImGui's GLFW backend re-reads where a mouse last was on
  // every frame. On a touch screen there is no mouse: that stale position would move the
  // pointer between a finger's press and its release, and the tap would act on whatever was
  // under the previous one. Dropped while a finger owns the pointer.
  if (touch_owns_pointer()) InputBacklog::drop_positions_since(queued);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = in.display;
  kiosk_.set_screen(in.display.x / in.device_scale, in.display.y / in.device_scale);
  io.DisplayFramebufferScale = in.framebuffer_scale;
  ImGui::NewFrame();
  const unsigned revision = state_.revision();
  draw();
  ImGui::Render();
  out.draw_data = ImGui::GetDrawData();
  out.presentable = frame_presentable();
  out.glyph_pages = atlas_.pages().take_wanted();
  out.awaiting_glyphs = awaiting_glyphs();
  // A frame that changed the state while it drew (a tap answered, a pinned bar appearing)
  // shows half of each: the next one, drawn at once, shows the new state whole (and is the
  // one the screen-reader mirror and the host page are told about).
  out.wants_frame = needs_frame() || state_.revision() != revision;
  out.next_deadline = next_deadline();
  out.content_height = content_height_;
  return out;
}

bool UiApp::prepare_frame(float device_scale) {
  backlog_.bound();
  device_scale_ = device_scale;
  const float scale = device_scale * state_.text_scale();
  const float chrome = device_scale * chrome_scale(state_.text_scale());
  const bool same = scale == built_scale_ && state_.text_scale() == built_text_scale_;
  theme_ = state_.high_contrast() ? &high_contrast_theme() : &light_theme();
  if (theme_ != styled_ && same) {
    apply_style(*theme_, chrome);
    styled_ = theme_;
  }
  atlas_.note_awaited(fonts_);
  if (fonts_.lacks_glyphs()) {
    atlas_.keep(fonts_);
    built_scale_ = 0;  // rebuild with them
  }
  if (same && built_scale_ != 0) return false;
  if (!atlas_.build(assets_.fonts, glyph_sources(), device_scale, state_.text_scale(), max_texture_, fonts_)) {
    // No usable font: ImGui's built-in font keeps the UI operable (Latin only) rather than blank.
    ImGui::GetIO().Fonts->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = 16 * scale;
    ImFont* f = ImGui::GetIO().Fonts->AddFontDefault(&cfg);
    fonts_ = Fonts{};
    fonts_.caption = fonts_.body = fonts_.body_bold = fonts_.subhead = fonts_.heading = fonts_.title = f;
    ImGui::GetIO().Fonts->Build();
  }
  atlas_.pages().prefetch_rest(now_);  // the first frame is built: now the rest of the font
  atlas_.ask_for_pages(fonts_, now_);
  caches_.clear_layout();  // glyph widths changed
  apply_style(*theme_, chrome);
  styled_ = theme_;
  built_scale_ = scale;
  built_text_scale_ = state_.text_scale();
  chrome_scale_ = chrome;
  return true;
}

void UiApp::add_glyph_page(int page, std::string regular, std::string bold) {
  if (atlas_.pages().state(page) != GlyphPages::State::Requested) return;
  if (regular.empty() || bold.empty()) return glyph_page_failed(page);
  assets_.fonts.pages[page] = FontBytes::Page{std::move(regular), std::move(bold)};
  atlas_.pages().arrived(page);
  built_scale_ = 0;  // the next frame rasterises the characters that waited for it
  state_.mark_changed();
}

void UiApp::glyph_page_failed(int page) {
  atlas_.pages().failed(page);
  built_scale_ = 0;  // settle its characters: drawn with the fallback glyph, not asked again
  state_.mark_changed();
}

// A kiosk wipe: what Dear ImGui keeps per window goes too — where each page was scrolled to,
// the diagram's sideways scroll, the focused and held items — so the next visitor opening the
// same case starts at its top, and no glide carries over.
void UiApp::forget_visit() {
  visits_seen_ = state_.visits();
  touch_.reset();
  caches_.clear();  // no paragraph of the last visit's screens stays in memory
  ImGuiContext& g = *GImGui;
  for (ImGuiWindow* w : g.Windows) {
    w->Scroll = ImVec2(0, 0);
    w->ScrollTarget = ImVec2(FLT_MAX, FLT_MAX);
    w->NavLastIds[0] = w->NavLastIds[1] = 0;
  }
  ImGui::ClearActiveID();
  ImGui::SetWindowFocus(static_cast<const char*>(nullptr));
}

bool UiApp::open(std::string_view place) {
  const auto p = parse_place(place);
  if (!p || p->screen == Screen::Problems) return false;
  if (p->screen == Screen::Case && !content_.find_case(p->item)) return false;
  if (p->screen == Screen::Reminder && !content_.find_reminder(p->item)) return false;
  if (p->screen == Screen::Flow && !p->item.empty() && !content_.find_case(p->item)) return false;
  state_.navigate(*p);
  return state_.place() == *p;  // a module turned off stays closed
}

void UiApp::reload(UiAssets fresh, std::vector<std::string>& problems) {
  const Place here = state_.place();
  strings_ = StringTable();
  strings_.load_both(fresh.strings_zh, fresh.strings_en, "content", problems);
  assets_.strings_zh = std::move(fresh.strings_zh);
  assets_.strings_en = std::move(fresh.strings_en);
  assets_.content = std::move(fresh.content);
  assets_.list_cases = std::move(fresh.list_cases);
  content_ = assets_.content ? load_content(assets_.content, "content", problems, assets_.list_cases) : Content{};
  caches_.clear_layout();  // laid out and wrapped for the old words
  state_.start_quiz_again();
  problems_.assign(problems.begin(), problems.end());
  if (!problems_.empty()) state_.navigate(Screen::Problems);
  else if (here.screen == Screen::Problems || !open(place_name(here))) state_.go_home();
  state_.mark_changed();
}

bool UiApp::start(const CliOptions& opt, std::string_view place) {
  set_text_scale(opt.text_scale);
  state_.set_high_contrast(opt.high_contrast);
  state_.set_reduced_motion(opt.reduced_motion);
  // Broken content keeps its Problems screen: that is what the organiser must see first. A
  // public visitor gets what works instead (the problems go to the console).
  if (state_.screen() == Screen::Problems && opt.public_visitor) state_.go_home();
  if (opt.checking) state_.navigate(Screen::Problems);  // says "no problems found" when clean
  if (place.empty() || state_.screen() == Screen::Problems) return true;
  return open(place);
}

void UiApp::set_present(Talk talk, bool speaker, std::vector<std::string> problems, PresentDraw screens) {
  IM_ASSERT(screens != nullptr && "UiApp::set_present(): pass the window's draw function (platform/present_screens.h)");
  present_.on = true;
  present_.draw = screens;
  present_.speaker = speaker;
  present_.presenter.set_talk(std::move(talk));
  present_.problems = std::move(problems);
  told_talk_locale_ = state_.locale();
  state_.set_text_scale(1);  // the slide's type is sized from the screen's height
  // The clicker's Space and Enter move the talk; they must not also press a focused button.
  ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  built_scale_ = 0;  // display texts change
  state_.mark_changed();
}

bool UiApp::follow_talk(TalkPosition at, Locale language) {
  bool moved = present_.presenter.follow(at);
  if (language != state_.locale()) {
    state_.set_locale(language);
    moved = true;
  }
  told_talk_locale_ = state_.locale();
  if (moved && present_.timer_start < 0 && at != TalkPosition{}) present_.timer_start = now_;
  state_.changed(moved);
  return moved;
}

bool UiApp::take_talk_changed() {
  const bool moved = present_.presenter.take_changed();
  const bool language = state_.locale() != told_talk_locale_;
  told_talk_locale_ = state_.locale();
  return present_.on && (moved || language);
}

void UiApp::set_kiosk(const KioskConfig& config, std::vector<std::string> notes) {
  state_.set_modules(config.show_cases, config.show_flow, config.show_quiz);
  state_.set_spot_check(config.spot_check);
  kiosk_.configure(config, std::move(notes));
  state_.wipe_visitor(config.language, kiosk_.visit_text_scale());
}

// Dear ImGui hands queued input to the app a little per frame (a press and its release in
// different frames, so a quick tap is never missed). A burst of taps faster than frames thus
// leaves events waiting; drawing only the usual few frames after the last event would strand
// them — and every key pressed after them — until the next input, so the keyboard would seem
// dead and the queue would grow all day on a kiosk. Frames continue until the queue is empty.
bool UiApp::needs_frame() const {
  return fonts_.lacks_glyphs() || requests_.animate || touch_.busy() || InputBacklog::pending();
}

// Anything a visitor does: a touch or click, a move, a wheel turn, a key, or a control used
// through the screen-reader mirror. (A button's release is not: it ends an input already counted.)
bool UiApp::visitor_input() const {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.MouseWheelH != 0) return true;
  for (bool down : io.MouseDown)
    if (down) return true;
  if (!io.InputQueueCharacters.empty()) return true;
  for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END; ++k)
    if (ImGui::IsKeyDown(static_cast<ImGuiKey>(k))) return true;
  return semantics_.has_request();
}

void UiApp::draw() {
  backlog_.restore();
  touch_.update(now_);
  const bool touched = touch_.take_activity();
  const bool input = kiosk_.enabled() && (touched || visitor_input());
  kiosk_.begin_frame(state_, services_.speech, now_);
  semantics_.begin_frame();
  requests_ = FrameRequests{};
  fonts_.begin_frame();
  const UiContext ctx{strings_, content_, problems_, *theme_, fonts_, built_scale_, chrome_scale_, now_,
                     kiosk_.enabled() ? &kiosk_.config() : nullptr, state_, semantics_, caches_, requests_, services_,
                     actions_};
  // Phones, large text and kiosks pin each screen's next step above the tab bar.
  actions_.begin_frame(ctx.narrow() || state_.text_scale() >= 1.5f || kiosk_.enabled());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("##screen", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (present_.on) {
    present_.draw(ctx, present_);
    ImGui::End();
    semantics_.end_frame();
    return;
  }
  if (kiosk_.attracting() && state_.screen() == Screen::Flow) {
    // The attract loop: the diagram alone, for people walking past; the banner goes on top.
    draw_attract_flow(ctx, kiosk_.banner_height(ctx));
    ImGui::End();
    kiosk_.end_frame(ctx, now_, input);  // any input here starts a fresh visit at home
    semantics_.end_frame();
    if (state_.visits() != visits_seen_) forget_visit();
    return;
  }
  // The bar stays put above the page: Back and the language switch are always in reach,
  // however far a long case has been scrolled.
  draw_top_bar(ctx);
  const float bar_h = ImGui::GetCursorPosY();
  // Each screen starts at the top; scroll position is per screen id.
  ImGui::PushID(place_name(state_.place()).c_str());
  // Above the bottom tabs on phones: nothing of the page is ever hidden behind them.
  ImGui::BeginChild("##page", ImVec2(0, -(bottom_nav_height(ctx) + actions_.reserved())), false, ImGuiWindowFlags_None);
  switch (state_.screen()) {
    case Screen::Home: draw_home(ctx); break;
    case Screen::Cases: draw_case_list(ctx); break;
    case Screen::Case: draw_case_page(ctx); break;
    case Screen::Reminder: draw_reminder_page(ctx); break;
    case Screen::Problems: draw_problems(ctx); break;
    case Screen::Flow: draw_flow(ctx); break;
    case Screen::Quiz: draw_quiz(ctx); break;
    case Screen::Check: draw_check(ctx); break;
  }
  // How tall the page would like to be, so an embedding page can size its frame to it.
  content_height_ = bar_h + ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y + actions_.reserved();
  page_scrolls_ = ImGui::GetScrollMaxY() > 0;
  page_scroll_ = ImGui::GetScrollY();
  ImGui::EndChild();
  ImGui::PopID();
  ImGui::End();
  // The bar took another height than the page left it (its first frame on a screen): the page
  // is drawn again at once with the right room.
  if (actions_.draw(ctx, io.DisplaySize.y - bottom_nav_height(ctx))) state_.mark_changed();
  draw_bottom_nav(ctx);
  kiosk_.end_frame(ctx, now_, input);
  semantics_.end_frame();
  if (state_.visits() != visits_seen_) forget_visit();
  // Escape goes back, like the browser's back gesture.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) state_.back();
}

}  // namespace dt::ui
