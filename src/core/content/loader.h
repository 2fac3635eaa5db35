// Loads and checks the whole content set (content/README.md describes the files). Every
// problem in every file is reported in one pass as "FILE: /json/pointer: message", and what
// did load is still returned, so the app can show an error screen and keep working.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/content/model.h"

namespace dt {

// Returns the bytes of a file given its path relative to the content directory
// ("cases/index.json"), or nullopt if it cannot be read. The platform decides where from.
using ContentReader = std::function<std::optional<std::string>(const std::string& relative_path)>;

// The names of the files in cases/ ("pizhou.json", …), so a case nobody listed in
// cases/index.json is named; empty where nothing can be listed (a web server).
using CaseLister = std::function<std::vector<std::string>()>;

// `label` prefixes file names in messages (usually the content directory as given).
Content load_content(const ContentReader& read, const std::string& label, std::vector<std::string>& problems,
                     const CaseLister& list_cases = {});

// One line of counts, "8 cases, … nodes, … edges, … reminders, … questions, … rules", for
// --check-content and the operator panel.
std::string content_summary(const Content& c);

}  // namespace dt
