// Offline: keeps a copy of the whole bundle so a kiosk keeps working when the venue's
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

// Pages and settings (kiosk.json, embed.json) from the network when it answers, so edits
// apply; everything else from the copy, which always matches the page it came with.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  const fresh = req.mode === 'navigate' || /\.(html|json)$/.test(url.pathname) || url.pathname.endsWith('/');
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    if (fresh) {
      try {
        return await fetch(req);
      } catch {
        const hit = await cache.match(req, { ignoreSearch: true });
        if (hit) return hit;
        throw new Error('offline and not cached: ' + url.pathname);
      }
    }
    return (await cache.match(req, { ignoreSearch: true })) || fetch(req);
  })());
});
