// Minimal relay worker for the benchmark: the same relay as the app's, nothing else.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== event.source.id) tab.postMessage(event.data);
    }),
  );
});
