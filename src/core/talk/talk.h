// A community talk as slides built from the content itself (no separate deck to keep up to
// date): title -> each case (its hook and figure, then its chain one hop at a time) -> the
// overview's chains -> questions for the room -> the police reminders -> the sources -> 110
// (last: it stays on the screen as the room leaves).
// An organiser chooses the cases, their order and the questions in talk.json beside
// kiosk.json; without it the default talk runs (about 15-20 minutes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/content/model.h"

namespace dt {

enum class SlideKind { Title, CaseHook, CaseChain, Overview, Question, Reminders, Sources, Close };
inline constexpr std::string_view kSlideKindNames[] = {"title",    "case",      "chain",   "overview",
                                                       "question", "reminders", "sources", "close"};

struct Slide {
  SlideKind kind = SlideKind::Title;
  std::string item;  // the case id (CaseHook, CaseChain) or question id (Question)
  // Steps within the slide a clicker walks before the next slide: a chain's hops, the
  // overview's leak points, a question then its answer.
  int steps = 1;
  int page = 0;                  // Reminders: which of its pages
  std::vector<int> chains;       // Overview: the leak points (node indices) told one per step
  // On this page: Reminders, indices into Content::reminders; Sources, into Content::sources.
  std::vector<int> items;
  int first = 0;  // how many items the pages of its kind before it hold (numbering goes on)
};

// What talk.json chooses. Every field is optional; a bad entry is named and left out.
struct TalkPlan {
  std::vector<std::string> cases;      // in the order told
  std::vector<std::string> questions;  // for the room (single-answer self-check questions)
  bool overview = true;
};

struct Talk {
  std::vector<Slide> slides;
  int total_steps() const;
};

inline constexpr std::string_view kTalkFile = "talk.json";
inline constexpr size_t kRemindersPerSlide = 4, kSourcesPerSlide = 4;

// The talk without talk.json: the first three cases of the content's order and, for the room,
// up to three questions drawn from those cases (others fill in if they have fewer).
TalkPlan default_talk(const Content& content);
// talk.json, checked against the content: problems are "talk.json: /pointer: message" and the
// plan keeps what is usable (an unusable file or an empty list: the default's).
TalkPlan read_talk(std::string_view json, const Content& content, std::vector<std::string>& problems);
Talk build_talk(const Content& content, const TalkPlan& plan);

// The sources a talk's slides cite (its cases', the overview's, its reminders' and 110's),
// each once, in the order first cited.
std::vector<int> talk_sources(const Content& content, const Talk& talk);

// A question the room can answer by a show of hands: one answer, at most four options.
bool question_for_room(const Question& q);

}  // namespace dt
