// Offline: keeps a copy of the whole bundle (with its content/) so a kiosk keeps working when the venue's
// network drops. toolchain/assemble-web writes the file list and a version (a hash of every
// file) below, so any new build changes this file: the browser installs the new copy at the
// next online load, and the old one is dropped. Only the bundle is kept, never anything of a
// visitor's (the widget stores nothing).
'use strict';
const VERSION = 'dev';
const FILES = [];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    // cache: 'reload' so the copy comes from the server, not from an older HTTP cache entry.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== VERSION) await caches.delete(key);
    await self.clients.claim();
  })());
});

// Pages, settings (kiosk.json, embed.json) and content (content/*.json) from the network when
// it answers, so edits apply — and the answer replaces the copy, so offline the last good
// one is used, never an older case; everything else from the copy, which always matches
// the page it came with.
// Only the bundle's own paths are ever answered or kept: the bundle may sit at the root of a
// site whose other pages (an account page, an API) must never be copied into this cache.
const SCOPE = new URL(self.registration.scope).pathname;
const OWN = new Set(FILES.map((f) => new URL(f, self.registration.scope).pathname));
function ours(path) {
  if (!path.startsWith(SCOPE)) return false;
  const rel = path.slice(SCOPE.length);
  return OWN.has(path) || rel === '' || /^(content|fonts)\//.test(rel) ||
    /^(index|kiosk|check|embed)\.html$/.test(rel) || /^(kiosk|embed)\.json$/.test(rel);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !ours(url.pathname)) return;
  const fresh = req.mode === 'navigate' || /\.(html|json)$/.test(url.pathname) || url.pathname.endsWith('/');
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    if (fresh) {
      try {
        const answer = await fetch(req);
        // Our own paths only (ours() above), even when sent "no-store": a kiosk's content must
        // outlive the network.
        if (answer.ok && answer.type === 'basic') await cache.put(url.pathname, answer.clone());
        return answer;
      } catch {
        const hit = await cache.match(req, { ignoreSearch: true });
        if (hit) return hit;
        throw new Error('offline and not cached: ' + url.pathname);
      }
    }
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    const answer = await fetch(req);
    // Glyph pages are not in FILES (10 MB, of which a visit needs a few): each is kept as it
    // comes, so a local case's characters still draw offline.
    if (answer.ok && answer.type === 'basic' && url.pathname.includes('/fonts/pages/')) {
      await cache.put(url.pathname, answer.clone());
    }
    return answer;
  })());
});
