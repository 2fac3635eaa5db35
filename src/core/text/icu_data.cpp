#include "core/text/icu_data.h"

#include <unicode/ures.h>
#include <unicode/utypes.h>
#include <unicode/udata.h>

// Generated at build time by ICU's genccode from the lean data file (see CMakeLists.txt).
extern "C" const char icudt_datatrail[];

namespace dt {

namespace {
bool g_ready = false;
}

bool init_icu(std::string& error) {
  if (g_ready) return true;
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(icudt_datatrail, &status);
  if (U_FAILURE(status)) {
    error = std::string("ICU data rejected: ") + u_errorName(status);
    return false;
  }
  // Not u_init(): it loads converter tables the lean data leaves out on purpose. Opening the
  // Chinese line-break rules proves the data is the one we packed.
  UResourceBundle* rb = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "zh", &status);
  ures_close(rb);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
    error = std::string("ICU data lacks Chinese line breaking: ") + u_errorName(status);
    return false;
  }
  g_ready = true;
  return true;
}

bool icu_ready() { return g_ready; }

}  // namespace dt
