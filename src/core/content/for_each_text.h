// Visits every user-visible text of the content set: the font subset, the glyph atlas and
// the coverage test all need "every character a reader could see".
#pragma once
#include "core/content/model.h"

namespace dt {

template <class F>
void for_each_text(const FlowGraph& g, F&& f) {
  for (const auto& n : g.nodes) f(n.label);
  for (const auto& e : g.edges)
    for (const LocalText* t : {&e.data, &e.price, &e.volume, &e.method}) f(*t);
}

template <class F>
void for_each_text(const Case& cs, F&& f) {
  for (const LocalText* t : {&cs.title, &cs.place, &cs.when, &cs.operation, &cs.hook, &cs.key_value, &cs.key_label,
                             &cs.data, &cs.scale, &cs.prices, &cs.outcome, &cs.context})
    f(*t);
  for (const auto& t : cs.timeline) f(t);
  for (const auto& t : cs.remarks) f(t);
  for (const auto& a : cs.actors) f(a.name), f(a.did);
  for_each_text(cs.flow, f);
}

template <class F>
void for_each_text(const Content& c, F&& f) {
  for (const auto& s : c.sources)
    for (const LocalText* t : {&s.title, &s.publisher, &s.date}) f(*t);
  for (const auto& cs : c.cases) for_each_text(cs, f);
  f(c.overview.title);
  f(c.overview.intro);
  for_each_text(c.overview.flow, f);
  for (const auto& r : c.reminders) f(r.text);
  for (const auto& q : c.questions) {
    f(q.prompt);
    f(q.explain);
    for (const auto& o : q.options) f(o.text);
  }
  for (const auto& r : c.rules) f(r.finding.advice), f(r.finding.reason);
  for (const auto& s : c.spot) {
    f(s.prompt);
    f(s.reason);
    for (const auto& o : s.options) f(o.text);
  }
}

}  // namespace dt
