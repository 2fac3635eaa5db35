// Printing the action plan, provided by the platform: the web build lays it out as a clean
// HTML page and opens the browser's print dialog; natively there is none (no button).
#pragma once
#include <string>
#include <vector>

namespace dt::ui {

struct PrintablePlan {
  std::string product, title, intro, report;  // in the visitor's language
  struct Item {
    std::string label, advice, reason;  // label: "警方提醒" / "小贴士" in the visitor's language
  };
  std::vector<Item> items;
  std::string lang;  // BCP 47, for the page
};

class Printer {
 public:
  virtual ~Printer() = default;
  // False when the dialog could not open (a page that frames the widget without
  // allow-modals makes the browser ignore it silently): the screen says so instead.
  virtual bool print(const PrintablePlan& plan) = 0;
};

}  // namespace dt::ui
