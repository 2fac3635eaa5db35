// kiosk.html and embed.html: open the widget in their mode (data-mode on this script),
// keeping any other settings from the link (?lang=, ?case=, ?text=1.5, ?theme=high-contrast).
// Replaces the page in history, so "back" does not return to this stub.
'use strict';
(function () {
  const extra = new URLSearchParams(location.search);
  extra.set('mode', document.currentScript.dataset.mode);
  location.replace('./?' + extra.toString());
})();
