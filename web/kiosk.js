// kiosk.html: open the widget in kiosk mode, keeping any other settings from the link
// (?text=1.5, ?contrast=high). Replaces this page in history, so "back" cannot leave the kiosk.
'use strict';
const extra = new URLSearchParams(location.search);
extra.set('mode', 'kiosk');
location.replace('./?' + extra.toString());
