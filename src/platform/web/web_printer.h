// The action plan as a clean HTML page for the browser's print dialog (web/print.js).
#pragma once
#include "ui/printer.h"

namespace dt {

class WebPrinter final : public ui::Printer {
 public:
  bool print(const ui::PrintablePlan& plan) override;
};

}  // namespace dt
