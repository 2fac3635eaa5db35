#include <doctest/doctest.h>

#include "core/text/numbers.h"

TEST_CASE("compact figures read naturally in each language") {
  CHECK(dt::format_compact(110000000, dt::Locale::ZhHans) == "1.1亿");
  CHECK(dt::format_compact(110000000, dt::Locale::En) == "110 million");
  CHECK(dt::format_compact(20000, dt::Locale::ZhHans) == "2万");
  CHECK(dt::format_compact(1500, dt::Locale::En) == "1.5 thousand");
}

TEST_CASE("counts follow the language's plural rules") {
  CHECK(dt::format_count(1, "# real case", "# real cases", dt::Locale::En) == "1 real case");
  CHECK(dt::format_count(8, "# real case", "# real cases", dt::Locale::En) == "8 real cases");
  CHECK(dt::format_count(0, "# real case", "# real cases", dt::Locale::En) == "0 real cases");
  CHECK(dt::format_count(1, "#个真实案例", "#个真实案例", dt::Locale::ZhHans) == "1个真实案例");
}
