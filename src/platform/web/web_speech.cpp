#include "platform/web/web_speech.h"

#include <emscripten/emscripten.h>

#include <string>

namespace {

// Voices load asynchronously; when the list arrives (or speech ends) the page asks the app
// for a frame so the button appears or changes its label. Only the language's first two
// letters matter: any Chinese voice for zh-Hans, any English one for en. Only voices on the
// device count (localService): a cloud voice would send the text being read off the device,
// which the widget promises never to do, so without a local voice there is no button.
EM_JS(int, dt_js_has_voice, (const char* prefix), {
  const s = globalThis.speechSynthesis;
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return 0;
  if (!globalThis.__dtVoicesHooked) {
    globalThis.__dtVoicesHooked = true;
    s.addEventListener('voiceschanged', () => Module._dt_wake());
  }
  const p = UTF8ToString(prefix);
  return s.getVoices().some((v) => v.localService === true && String(v.lang || "").toLowerCase().replace("_", "-").startsWith(p)) ? 1 : 0;
});

EM_JS(void, dt_js_speak, (const char* text, const char* prefix, const char* lang), {
  const s = globalThis.speechSynthesis;
  if (!s) return;
  s.cancel();
  const p = UTF8ToString(prefix);
  const u = new SpeechSynthesisUtterance(UTF8ToString(text));
  u.lang = UTF8ToString(lang);
  const voice = s.getVoices().find((v) => v.localService === true && String(v.lang || "").toLowerCase().replace("_", "-").startsWith(p));
  if (!voice) return;  // never the browser's default, which may be a cloud voice
  u.voice = voice;
  u.onend = u.onerror = () => Module._dt_wake();
  s.speak(u);
});

EM_JS(void, dt_js_stop_speaking, (), {
  if (globalThis.speechSynthesis) globalThis.speechSynthesis.cancel();
});

EM_JS(int, dt_js_speaking, (), {
  return globalThis.speechSynthesis && globalThis.speechSynthesis.speaking ? 1 : 0;
});

const char* prefix(dt::Locale l) { return l == dt::Locale::ZhHans ? "zh" : "en"; }

}  // namespace

namespace dt {

bool WebSpeech::available(Locale locale) const { return dt_js_has_voice(prefix(locale)) != 0; }

void WebSpeech::speak(std::string_view text, Locale locale) {
  dt_js_speak(std::string(text).c_str(), prefix(locale), locale == Locale::ZhHans ? "zh-CN" : "en-US");
}

void WebSpeech::stop() { dt_js_stop_speaking(); }

bool WebSpeech::speaking() const { return dt_js_speaking() != 0; }

}  // namespace dt
