// Read-aloud through the browser's Web Speech API.
#pragma once
#include "ui/speech.h"

namespace dt {

class WebSpeech final : public ui::Speech {
 public:
  bool available(Locale locale) const override;
  void speak(std::string_view text, Locale locale) override;
  void stop() override;
  bool speaking() const override;
};

}  // namespace dt
