// Reading text aloud, provided by the platform: the Web Speech API in the browser (when the
// device has a Chinese or English voice), nothing natively. Screens show a read-aloud button
// only when a voice for the current language exists.
#pragma once
#include <string_view>

#include "core/locale.h"

namespace dt::ui {

class Speech {
 public:
  virtual ~Speech() = default;
  virtual bool available(Locale locale) const = 0;
  virtual void speak(std::string_view text, Locale locale) = 0;
  virtual void stop() = 0;
  virtual bool speaking() const = 0;
};

}  // namespace dt::ui
