// Gendered pronouns in a case's texts, for the officer's review sheet (issue 29). Whether an
// article states a person's gender cannot be checked by a program; listing every he/she/他/她
// we wrote, with where, lets the officer check each against the article in one place.
#pragma once
#include <string>
#include <vector>

#include "core/content/model.h"

namespace dt {

struct PronounUse {
  std::string field;    // "timeline 2", "actor did 1", "flow edge wang-sell"…
  std::string pronoun;  // as written: "他", "his"
  std::string text;     // the whole text it is in (zh or en)
};

std::vector<PronounUse> gendered_pronouns(const Case& c);

}  // namespace dt
