// Presenter mode with no graphics: every slide of the default talk fits the screen on a
// projector's shapes in both languages, its type holds the hall's budget (titles' cap height
// >= 4 % of the screen, body >= 2.5 %), a clicker's keys and a tap move the talk, and the
// speaker's window shows what the next click brings and the notes.
#include <doctest/doctest.h>
#include <imgui.h>

#include "core/talk/talk.h"
#include "null_ui.h"

namespace {

using null_ui::NullUi;

// Noto Sans CJK's capital letters are 0.733 em tall (its OS/2 sCapHeight); its ideographs,
// taller still, are what a Chinese reader sees.
constexpr float kCapHeight = 0.733f;

void start(NullUi& ui, bool speaker = false) {
  ui.app.set_present(dt::build_talk(ui.app.content(), dt::default_talk(ui.app.content())), speaker, {},
                     speaker ? &dt::ui::draw_speaker_view : &dt::ui::draw_presentation);
}

// A key as the platform hands it over (src/platform/present_setup.cpp maps GLFW's keys).
void press(NullUi& ui, dt::ui::PresentKey k, int digit = 0) {
  ui.app.present_key(k, digit);
  ui.frame();
}

}  // namespace

TEST_CASE("every slide and step fits a projector's screen in both languages, type sized for the back of a hall") {
  struct Screen {
    float w, h;
  };
  for (Screen s : {Screen{1280, 720}, Screen{1920, 1080}, Screen{1024, 768}, Screen{3840, 2160}}) {
    NullUi ui;
    ui.screen(s.w, s.h, 1);
    start(ui);
    ui.settle();
    const auto& fonts = ui.app.fonts();
    auto cap = [&](ImFont* f) { return f->FontSize / fonts.line_box_per_em * kCapHeight / s.h; };
    CAPTURE(s.w);
    CHECK(cap(fonts.title) >= 0.04f);
    CHECK(cap(fonts.heading) >= 0.04f);  // a title stepped down on a slide that would not fit
    CHECK(cap(fonts.body) >= 0.025f);
    for (auto l : {dt::Locale::ZhHans, dt::Locale::En}) {
      const int count = ui.app.present().presenter.count();
      for (int slide = 0; slide < count; ++slide) {
        const auto& sl = ui.app.present().presenter.talk().slides[static_cast<size_t>(slide)];
        for (int step = 0; step < sl.steps; ++step) {
          ui.app.follow_talk(dt::TalkPosition{slide, step, false}, l);
          ui.settle();
          CAPTURE(slide);
          CAPTURE(step);
          CAPTURE(dt::kSlideKindNames[static_cast<int>(sl.kind)]);
          CAPTURE(dt::locale_tag(l));
          CHECK_FALSE(ui.app.present().overflow);
          CHECK(ui.last.presentable);
        }
      }
    }
  }
}

TEST_CASE("a clicker's presses walk the talk, each one a step however fast; B blanks; a number and Enter jump; F5 starts again") {
  NullUi ui;
  ui.screen(1920, 1080, 1);
  start(ui);
  ui.settle();
  const auto& p = ui.app.present().presenter;
  // Three presses inside one frame (a slow frame, a quick thumb): three steps.
  ui.app.present_key(dt::ui::PresentKey::Next);
  ui.app.present_key(dt::ui::PresentKey::Next);
  ui.app.present_key(dt::ui::PresentKey::Next);
  ui.frame();
  CHECK(p.at().slide == 2);  // past the title and the first case's hook, to its chain's second hop
  CHECK(p.at().step == 1);
  press(ui, dt::ui::PresentKey::Previous);
  press(ui, dt::ui::PresentKey::Previous);
  CHECK(p.at().slide == 1);
  press(ui, dt::ui::PresentKey::Blank);
  CHECK(p.at().blank);
  CHECK(ui.app.semantics().find(ui.app.strings().get(dt::Locale::ZhHans, "present.speaker_blank")) != nullptr);
  press(ui, dt::ui::PresentKey::Blank);
  CHECK_FALSE(p.at().blank);
  press(ui, dt::ui::PresentKey::Digit, 1);
  press(ui, dt::ui::PresentKey::Digit, 2);
  press(ui, dt::ui::PresentKey::Enter);
  CHECK(p.at().slide == 11);
  press(ui, dt::ui::PresentKey::Restart);
  CHECK(p.at().slide == 0);
  // A tap on the right of the screen goes on, on its left third back.
  ui.click(1700, 540);
  CHECK(p.at().slide == 1);
  ui.click(100, 540);
  CHECK(p.at().slide == 0);
  // The slide is told to a screen reader: where it is, and its heading.
  CHECK(ui.app.semantics().find(ui.app.strings().get(dt::Locale::ZhHans, "app.name")) != nullptr);
}

TEST_CASE("the speaker's window: the position, what the next click shows, the notes; its buttons move the talk") {
  NullUi ui;
  ui.screen(1440, 900, 1);
  start(ui, true);
  ui.settle();
  const auto& p = ui.app.present().presenter;
  const auto& words = ui.app.strings();
  CHECK(ui.app.semantics().find(words.get(dt::Locale::ZhHans, "present.speaker_next")) != nullptr);
  CHECK(ui.app.semantics().find(words.get(dt::Locale::ZhHans, "present.note_title")) != nullptr);
  REQUIRE(ui.tap(words.get(dt::Locale::ZhHans, "present.next")));
  CHECK(p.at().slide == 1);
  const dt::Case& first = ui.app.content().cases.front();
  CHECK(ui.app.semantics().find(first.hook.zh) != nullptr);  // the hook slide's notes
  REQUIRE(ui.tap(words.get(dt::Locale::ZhHans, "present.blank")));
  CHECK(p.at().blank);
  REQUIRE(ui.tap(words.get(dt::Locale::ZhHans, "present.unblank")));
  CHECK_FALSE(p.at().blank);
  REQUIRE(ui.tap(words.get(dt::Locale::ZhHans, "lang.switch_label")));
  CHECK(ui.app.state().locale() == dt::Locale::En);
  CHECK(ui.app.take_talk_changed());  // the other window is told the language too
  CHECK(ui.app.semantics().find(first.hook.en) != nullptr);  // the notes follow the speaker's language
}

TEST_CASE("the speaker's window on a phone (a remote in the speaker's hand): every control within the screen") {
  NullUi ui;
  ui.screen(390, 844, 2);
  start(ui, true);
  ui.settle();
  const float w = ImGui::GetIO().DisplaySize.x;
  int buttons = 0;
  for (size_t i = 0; i < ui.app.semantics().size(); ++i) {
    const auto& n = ui.app.semantics()[i];
    if (n.role != dt::ui::SemanticNode::Role::Button || n.max.x <= 0) continue;
    ++buttons;
    CAPTURE(n.label);
    CHECK(n.min.x >= 0);
    CHECK(n.max.x <= w);
  }
  CHECK(buttons >= 5);  // back, next, blank, reset timer, the language
}
