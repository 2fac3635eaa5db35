// The review sheet's pronoun list (issue 29): every gendered pronoun we wrote for a person is
// listed with where it is, and nothing that only looks like one.
#include <doctest/doctest.h>

#include "core/content/pronouns.h"
#include "core/content/review_sheet.h"
#include "test_util.h"

TEST_CASE("gendered pronouns are found in both languages, and look-alikes are not") {
  dt::Case c;
  c.timeline = {{"他把资料卖给他人，其他人不知情。", "He sold this to others; they did not know."},
                {"其电脑里存着她们的信息。", "Their computer held the owner's details, hers too."}};
  const auto uses = dt::gendered_pronouns(c);
  std::vector<std::string> found;
  for (const auto& u : uses) found.push_back(u.field + ":" + u.pronoun);
  CHECK(found == std::vector<std::string>{"timeline 1:他", "timeline 1:He", "timeline 2:她", "timeline 2:hers"});
}

TEST_CASE("no pronoun for a person the article names without one (audit row 12)") {
  // Liu (coupon-cashout) and the Zaozhuang people are named in their articles with no pronoun,
  // and so is Zhao in Shenzhen (Ke there is "她" in the article, and ours).
  for (const auto& c : dt::test::shipped_content().cases) {
    if (c.id != "coupon-cashout" && c.id != "shenzhen-estates" && c.id != "zaozhuang-insiders") continue;
    CAPTURE(c.id);
    for (const auto& u : dt::gendered_pronouns(c)) {
      CAPTURE(u.field);
      CAPTURE(u.text);
      // Shenzhen: the fields about Zhao (Ke's are "她" rightly).
      const bool about_zhao = u.field == "timeline 2" || u.field == "timeline 3" || u.field == "actor 2" ||
                              u.field == "actor did 2" || u.field == "data";
      if (c.id == "shenzhen-estates") CHECK_FALSE(about_zhao);
      else CHECK(u.pronoun.empty());
    }
  }
}

TEST_CASE("the review sheet lists the pronouns per case") {
  const std::string sheet = dt::review_sheet_html(dt::test::shipped_content());
  CHECK(sheet.find("Pronouns we use for people") != std::string::npos);
  // Qingdao's Wang is "他" in the article and in ours: listed for the officer to see.
  const size_t qingdao = sheet.find("id=\"case-qingdao-phone-shops\"");
  REQUIRE(qingdao != std::string::npos);
  const size_t list = sheet.find("Pronouns we use for people", qingdao);
  REQUIRE(list != std::string::npos);
  CHECK(sheet.find("<li><b>", list) < sheet.find("</section>", list));
}
