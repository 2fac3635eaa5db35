#include "core/talk/notes.h"

#include <algorithm>

#include "core/flow/chain.h"

namespace dt {

namespace {

std::string joined(std::string a, const std::string& b, Locale l) {
  if (b.empty()) return a;
  return a + (l == Locale::ZhHans ? "：" : ": ") + b;
}

void add(std::vector<NoteLine>& out, NoteLine::Kind k, std::string text) {
  if (!text.empty()) out.push_back(NoteLine{k, std::move(text)});
}

void hop_notes(const Content& content, const StringTable& w, const Case& c, int step, Locale l,
               std::vector<NoteLine>& out) {
  const auto order = story_order(c.flow);
  if (order.empty()) return;
  const FlowEdge& e = c.flow.edges[static_cast<size_t>(order[static_cast<size_t>(std::clamp(step, 0, static_cast<int>(order.size()) - 1))])];
  const std::string from = c.flow.nodes[static_cast<size_t>(e.from)].label.get(l);
  const std::string to = c.flow.nodes[static_cast<size_t>(e.to)].label.get(l);
  if (e.basis == Basis::OfficerGeneral) add(out, NoteLine::Kind::Officer, w.get(l, "present.note_officer_hop"));
  add(out, NoteLine::Kind::Say, joined(from + " → " + to, e.data.get(l), l));
  if (!e.price.get(l).empty()) add(out, NoteLine::Kind::Figure, joined(w.get(l, "present.note_price"), e.price.get(l), l));
  add(out, NoteLine::Kind::Say, e.volume.get(l));
  add(out, NoteLine::Kind::Say, e.method.get(l));
  if (const Source* s = content.find_source(c.source)) add(out, NoteLine::Kind::Source, joined(w.get(l, "present.note_source"), source_line(*s, l), l));
}

}  // namespace

std::string source_line(const Source& s, Locale l) {
  const bool zh = l == Locale::ZhHans;
  // "·" rather than a comma: a publisher's name may end in its own full stop.
  return s.publisher.get(l) + " · " + s.date.get(l) + (zh ? "：" : ": ") + s.title.get(l);
}

std::vector<NoteLine> slide_notes(const Content& content, const StringTable& w, const Slide& slide, int step,
                                  Locale l) {
  std::vector<NoteLine> out;
  switch (slide.kind) {
    case SlideKind::Title:
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_title"));
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_nothing_kept"));
      break;
    case SlideKind::CaseHook:
      if (const Case* c = content.find_case(slide.item)) {
        add(out, NoteLine::Kind::Say, c->hook.get(l));
        add(out, NoteLine::Kind::Say, c->operation.get(l));
        add(out, NoteLine::Kind::Say, joined(w.get(l, "present.note_when"), c->when.get(l), l));
        add(out, NoteLine::Kind::Figure, joined(w.get(l, "present.note_figure"), c->key_value.get(l) + " " + c->key_label.get(l), l));
        add(out, NoteLine::Kind::Say, c->outcome.get(l));
        if (const Source* s = content.find_source(c->source)) add(out, NoteLine::Kind::Source, joined(w.get(l, "present.note_source"), source_line(*s, l), l));
        for (const LocalText& r : c->remarks) add(out, NoteLine::Kind::Officer, joined(w.get(l, "present.note_officer"), r.get(l), l));
      }
      break;
    case SlideKind::CaseChain:
      if (const Case* c = content.find_case(slide.item)) hop_notes(content, w, *c, step, l, out);
      break;
    case SlideKind::Overview:
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_overview"));
      add(out, NoteLine::Kind::Officer, w.get(l, "present.note_overview_basis"));
      break;
    case SlideKind::Question: {
      const int qi = content.find_question(slide.item);
      if (qi < 0) break;
      const Question& q = content.questions[static_cast<size_t>(qi)];
      add(out, NoteLine::Kind::Say, w.get(l, step == 0 ? "present.note_ask" : "present.note_answer"));
      for (size_t i = 0; i < q.options.size(); ++i)
        if (!q.options[i].risky)
          add(out, NoteLine::Kind::Answer, std::string(1, static_cast<char>('A' + i)) + "  " + q.options[i].text.get(l));
      add(out, NoteLine::Kind::Say, q.explain.get(l));
      if (const Reminder* r = content.find_reminder(q.reminder))
        add(out, NoteLine::Kind::Advice, joined(w.get(l, r->kind == AdviceKind::Police ? "reminder.title" : "reminder.tip_title"),
                                                r->text.get(l), l));
      break;
    }
    case SlideKind::Reminders:
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_reminders"));
      for (int r : slide.items)
        for (const std::string& src : content.reminders[static_cast<size_t>(r)].sources)
          if (const Source* s = content.find_source(src))
            if (std::none_of(out.begin(), out.end(), [&](const NoteLine& n) { return n.text == source_line(*s, l); }))
              add(out, NoteLine::Kind::Source, source_line(*s, l));
      break;
    case SlideKind::Sources:
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_sources"));
      for (int i : slide.items) add(out, NoteLine::Kind::Source, source_line(content.sources[static_cast<size_t>(i)], l));
      break;
    case SlideKind::Close:
      add(out, NoteLine::Kind::Say, w.get(l, "present.note_close"));
      break;
  }
  return out;
}

}  // namespace dt
