// The minimal race's rigs for the first seven mechanisms, against the counterparts the app races
// with: public/race-echo.html (in a frame, a popup, or listening on a channel or a storage key), the
// app's ServiceWorker relay and the server. `kit` is race.js's: `answered(data)` settles the race
// message the data names; `unique()` keeps channel, key and room names apart between runs.
export function firstRigs(popup, { answered, envelope, sleep, foreign, unique }) {
  const frame = (src) =>
    new Promise((resolve) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.cssText = 'position:absolute;width:1px;height:1px;opacity:0';
      f.onload = () => resolve(f);
      document.body.append(f);
    });
  return [
    {
      id: 'iframe-post-message',
      async setup() {
        const f = await frame(
          `${foreign}/race-echo.html?mode=window&peer=${encodeURIComponent(location.origin)}`,
        );
        const listener = (e) => {
          if (e.origin === foreign) answered(e.data);
        };
        addEventListener('message', listener);
        return {
          send: (m) => f.contentWindow.postMessage(m, foreign),
          dispose: () => {
            removeEventListener('message', listener);
            f.remove();
          },
        };
      },
    },
    {
      id: 'window-open',
      async setup() {
        const listener = (e) => {
          if (e.source === popup) answered(e.data);
        };
        addEventListener('message', listener);
        return {
          send: (m) => popup.postMessage(m, location.origin),
          dispose: () => {
            removeEventListener('message', listener);
            popup.close();
          },
        };
      },
    },
    {
      id: 'broadcast-channel',
      async setup() {
        const name = `minimal-race-${unique()}`;
        const f = await frame(`/race-echo.html?mode=bc&channel=${name}`);
        const channel = new BroadcastChannel(name);
        channel.onmessage = (e) => answered(e.data);
        return {
          send: (m) => channel.postMessage(m),
          dispose: () => {
            channel.close();
            f.remove();
          },
        };
      },
    },
    {
      id: 'storage-event',
      async setup() {
        const key = `minimal-race:${unique()}`;
        const f = await frame(`/race-echo.html?mode=storage&key=${key}`);
        const listener = (e) => {
          if (e.key === key && e.newValue) answered(JSON.parse(e.newValue));
        };
        addEventListener('storage', listener);
        return {
          send: (m) => localStorage.setItem(key, JSON.stringify(m)),
          dispose: () => {
            removeEventListener('storage', listener);
            f.remove();
            localStorage.removeItem(key);
          },
        };
      },
    },
    {
      id: 'service-worker',
      async setup() {
        const container = navigator.serviceWorker;
        const registration = await container.register('/sw.js?v=1', { type: 'module', scope: '/' });
        if (!container.controller) {
          await new Promise((resolve) => {
            container.addEventListener('controllerchange', resolve, { once: true });
            const ask = () =>
              registration.active
                ? registration.active.postMessage({ type: 'claim' })
                : setTimeout(ask, 100);
            ask();
          });
        }
        let you = '';
        const listener = (e) => {
          if (e.data?.type === 'clients') you = e.data.you;
          else if (e.data?.type === 'relayed') answered(e.data.envelope);
        };
        container.addEventListener('message', listener);
        while (!you) {
          container.controller.postMessage({ type: 'who' });
          await sleep(100);
        }
        return {
          send: (m) =>
            container.controller.postMessage({
              type: 'relay',
              mode: 'one',
              target: you,
              envelope: m,
            }),
          dispose: () => container.removeEventListener('message', listener),
        };
      },
    },
    {
      id: 'websocket',
      kind: 'chat',
      maxBytes: 64 * 1024 - 2048,
      gap: 50,
      maxMessages: 100,
      async setup() {
        const ws = new WebSocket(`ws://${location.host}/ws`);
        ws.onmessage = (e) => answered(JSON.parse(e.data));
        await new Promise((resolve) => (ws.onopen = resolve));
        ws.send(
          JSON.stringify(envelope('websocket', 'join', { room: `minimal-race-${unique()}` })),
        );
        return { send: (m) => ws.send(JSON.stringify(m)), dispose: () => ws.close() };
      },
    },
    {
      id: 'server-sent-events',
      maxBytes: 8 * 1024 - 2048,
      async setup() {
        const source = new EventSource('/sse');
        source.addEventListener('race', (e) => answered(JSON.parse(e.data)));
        await new Promise((resolve) => (source.onopen = resolve));
        return {
          send: (m) =>
            void fetch('/api/sse/publish', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ event: 'race', envelope: m }),
            }),
          dispose: () => source.close(),
        };
      },
    },
  ];
}
