// English. Every other language must provide every key (see dictionary.ts).
export const en = {
  'app.name': 'Comms Lab',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading…',
  'app.pageCrashed':
    'This page stopped with an error: {message}. The log and the other pages still work.',
  'app.retry': 'Try again',

  'header.identity': 'Tab identity',
  'header.thisTab': 'This tab:',
  'header.openTab': 'Open another tab',
  'header.sideBySide': 'Side by side',
  'header.presenter': 'Presenter mode',
  'header.language': 'Language',
  'header.nav': 'Mechanisms',
  'header.pages': 'Pages',
  'header.menu': 'Menu',
  'header.theme': 'Theme',
  'theme.system': '◐ System theme',
  'theme.light': '☀ Light theme',
  'theme.dark': '☾ Dark theme',
  'identity.name': '{color} {animal}',

  'color.0': 'Red',
  'color.1': 'Blue',
  'color.2': 'Green',
  'color.3': 'Orange',
  'color.4': 'Purple',
  'color.5': 'Teal',
  'color.6': 'Pink',
  'color.7': 'Olive',
  'color.8': 'Indigo',
  'color.9': 'Brown',
  'color.10': 'Cyan',
  'color.11': 'Gold',
  'animal.0': 'Fox',
  'animal.1': 'Whale',
  'animal.2': 'Owl',
  'animal.3': 'Panda',
  'animal.4': 'Otter',
  'animal.5': 'Crane',
  'animal.6': 'Tiger',
  'animal.7': 'Koala',
  'animal.8': 'Falcon',
  'animal.9': 'Dolphin',
  'animal.10': 'Rabbit',
  'animal.11': 'Turtle',

  'nav.overview': 'Overview',
  'nav.compare': 'Compare',

  'overview.title': 'How do browser contexts talk?',
  'overview.lead':
    'Each page below is a real mechanism running in this browser. Open it in two or more tabs side by side, send a message from one, and watch it arrive in the others. Every message, rejection and error lands in the message log at the bottom.',
  'overview.step1': 'Pick a mechanism and open its page.',
  'overview.step2': 'Press "Open another tab" and place the two tabs side by side.',
  'overview.step3': "Type a message in one tab and watch the other tab's log.",
  'overview.mechanisms': 'Mechanisms',
  'overview.usable': 'Works in this browser',

  'page.mdn': 'Read the reference on MDN',
  'page.tryTabs': 'Tip: open this page in a second tab to see messages arrive.',
  'page.unsupported':
    'This browser or context does not offer this API, so the demo cannot run here.',
  'page.noticeTitle': 'What to notice',

  'send.message': 'Message',
  'send.send': 'Send',
  'send.placeholder': 'Hello from this tab',
  'send.format': 'Format',
  'send.formatText': 'Text',
  'send.formatJson': 'JSON',
  'send.invalidJson': 'Not valid JSON, so nothing was sent: {reason}',
  'send.failed': 'Not sent: {name}: {message}',
  'send.notReady': 'Not connected yet; try again in a moment.',

  'code.title': 'The code behind this page',
  'code.asWritten':
    'Shown as written: the code and its comments are in English, like the APIs they call.',
  'code.copy': 'Copy code',
  'code.copied': 'Copied to the clipboard.',
  'code.copyFailed': 'The browser refused clipboard access: select the code and copy it by hand.',

  'log.title': 'Message log',
  'log.show': 'Show log',
  'log.hide': 'Hide log',
  'log.tools': 'Log tools',
  'log.filterMechanism': 'Mechanism',
  'log.allMechanisms': 'All mechanisms',
  'log.filterDirection': 'Directions to show',
  'log.filterText': 'Filter text',
  'log.pause': 'Pause',
  'log.resume': 'Resume',
  'log.clear': 'Clear log',
  'log.export': 'Export JSON',
  'log.view': 'View',
  'log.viewList': 'List',
  'log.viewFlow': 'Flow',
  'log.slowMotion': 'Slow motion',
  'log.place': 'Log position',
  'log.placeBelow': 'Below',
  'log.placeBeside': 'Beside',
  'log.toolsToggle': 'Filters',
  'log.resize': 'Log size',
  'log.import': 'Import logs…',
  'log.imported': 'Merged {count} entries from {files} file(s): {tabs}.',
  'log.importFailed': '{file} was not imported: {reason}.',
  'log.fromExport': 'log of {tab}',
  'log.noReceipt': 'no receipt: open to see why',
  'log.count': '{shown} of {total} entries',
  'log.held': '{count} waiting while paused',
  'log.dropped': '{count} oldest dropped',
  'log.empty': 'Nothing yet. Send a message, or open another tab and send one from there.',
  'log.noMatch': 'No entry matches the filters.',
  'log.dir.sent': 'sent',
  'log.dir.received': 'received',
  'log.dir.rejected': 'rejected',
  'log.dir.error': 'error',
  'log.dir.status': 'status',
  'log.to': 'to',
  'log.raw': 'raw',
  'log.unverified': 'unverified',
  'log.unknownSender': 'unknown sender',
  'log.latency': '{ms} ms',
  'log.detail': 'Entry details',
  'log.closeDetail': 'Close details',
  'log.payload': 'Payload',
  'log.facts': 'Facts',
  'log.envelope': 'Envelope',
  'log.col.time': 'Time',
  'log.col.direction': 'Direction',
  'log.col.from': 'From',
  'log.col.to': 'To',
  'log.col.size': 'Size',
  'log.col.latency': 'One-way latency',
  'log.col.reason': 'Reason',
  'log.col.sequence': 'Sequence',

  'status.connecting': 'connecting',
  'status.open': 'open',
  'status.closed': 'closed',
  'status.error': 'failed',

  'reason.own-echo': 'own echo: this tab sent it',
  'reason.wrong-origin': 'wrong origin',
  'reason.invalid-shape': 'not a valid envelope',
  'reason.not-for-me': 'addressed to another peer',
  'reason.oversize': 'over the size limit',
  'reason.storage-event': 'a storage change that is not a Comms Lab message',
  'reason.storage-clear': 'clear() was called: key is null',
  'reason.not-json': 'the stored value is not JSON',

  'reason.wrong-origin-opaque':
    'origin "null": an opaque origin (a sandboxed frame); every sandboxed frame has it, so it proves nothing',
  'reason.wrong-origin-other-scheme': 'wrong origin: the trusted host and port, but another scheme',
  'reason.wrong-origin-other-port': 'wrong origin: the trusted host, but another port',
  'reason.wrong-origin-suffix':
    'wrong origin: the host only ends like a trusted one (a suffix trick)',
  'reason.wrong-origin-other-host':
    'wrong origin: the same server under another host name is another origin',
  'reason.wrong-origin-unrelated': 'wrong origin: not on the list of trusted origins',
  'reason.wrong-source': 'from a window this page is not talking to',
  'reason.not-delivered':
    "no receipt: a targetOrigin that does not match the frame's current origin is dropped by the browser without any error",
  'reason.not-delivered-star':
    'no receipt even with "*": the frame is not listening (not loaded yet, or gone)',
  'reason.frame-timeout':
    'the frame did not announce itself in time: it did not load, or its script failed',
  'reason.unverified': 'accepted WITHOUT an origin check',

  'ifr.title': 'iframe postMessage',
  'ifr.summary':
    'A page and the frames inside it talk with window.postMessage, across origins too. The sender names who may receive (targetOrigin); the receiver must check who sent (event.origin).',
  'ifr.limits':
    'One window to one window; a wrong targetOrigin fails silently; the receiver must check event.origin itself.',
  'ifr.typicalUse':
    'Embedded widgets, payment and login frames, talking to a page on another origin.',
  'ifr.gotcha': 'Posting with "*" and never checking event.origin lets any page in.',

  'reason.popup-blocked': 'the browser blocked the popup: window.open returned null',
  'reason.popup-closed':
    'the popup closed before it was ready: these messages were never delivered',
  'reason.not-listening':
    "no receipt: posted before the popup's page was listening, so it went to the document that was being replaced",

  'pop.title': 'window.open popups',
  'pop.summary':
    'A page opens popups with window.open and talks to them with postMessage; each popup answers through window.opener.',
  'pop.limits':
    'Popups can be blocked; a message sent before the popup listens is lost; no event says a popup closed.',
  'pop.typicalUse':
    'Login and payment windows (OAuth), a second screen for a presentation, detached tool windows.',
  'pop.gotcha':
    'Posting right after window.open: the popup is not listening yet, and the message is lost.',

  'sw.title': 'ServiceWorker relay',
  'sw.summary':
    'A worker outside every tab receives each message and relays it to the tabs it controls: to all, to the others, or to one.',
  'sw.limits':
    'Secure contexts only; a page is controlled only once claimed; the browser stops idle workers.',
  'sw.typicalUse':
    'Offline apps and push notifications; coordinating the tabs of one app through one place.',
  'sw.gotcha':
    'The first load is not controlled: messages sent before the worker claims the page must wait.',

  'ws.title': 'WebSocket chat',
  'ws.summary':
    'One long-lived, two-way connection to the server, which relays chat messages between every tab in a room.',
  'ws.limits':
    'Needs a server; the browser does not reconnect by itself; 64 KiB per frame and 20 messages a second here.',
  'ws.typicalUse': 'Chat, multiplayer games, live collaboration, anything both sides start.',
  'ws.gotcha':
    'A dropped connection stays dropped: reconnecting, backing off and resending are your code.',

  'sse.title': 'Server-Sent Events',
  'sse.summary':
    'An EventSource keeps one HTTP response open and the server pushes named events down it; the browser reconnects by itself.',
  'sse.limits':
    'Server to browser only; text only; six connections per origin over HTTP/1.1, shared by every tab.',
  'sse.typicalUse': 'Notifications, live scores and prices, progress of a long job, dashboards.',
  'sse.gotcha': 'onmessage hears only unnamed events: a named event needs addEventListener(name).',

  'trait.scope': 'Reaches',
  'trait.direction': 'Direction',
  'trait.needsServer': 'Needs a server',
  'trait.reachesSender': 'Sender hears itself',
  'trait.payload': 'Payload',
  'trait.binary': 'Binary',
  'trait.ordering': 'Ordering',
  'trait.survivesReload': 'Survives reload',
  'trait.autoReconnect': 'Reconnects by itself',
  'trait.limits': 'Limits',
  'trait.typicalUse': 'Typical use',
  'trait.gotcha': 'The gotcha',
  'trait.yes': 'yes',
  'trait.no': 'no',
  'trait.notApplicable': 'nothing to reconnect',
  'trait.scope.same-tab': 'the same tab',
  'trait.scope.same-origin': 'tabs of the same origin',
  'trait.scope.cross-origin': 'other origins too',
  'trait.scope.via-server': 'anyone, through a server',
  'trait.direction.one-to-one': 'one to one, both ways',
  'trait.direction.one-to-many': 'one to many',
  'trait.direction.many-to-many': 'many to many (broadcast)',
  'trait.direction.server-to-client': 'server to client only',
  'trait.payload.structured-clone': 'structured clone (Date, Map, Blob…)',
  'trait.payload.string': 'strings only',
  'trait.payload.string-or-binary': 'strings or binary',
  'trait.ordering.ordered': 'in order',
  'trait.ordering.ordered-per-sender': 'in order per sender',
  'trait.ordering.not-guaranteed': 'not guaranteed',

  'compare.title': 'Compare the mechanisms',
  'compare.lead':
    'What each mechanism can reach, carry and promise, from the metadata of each page. Follow a name to see it work.',
  'compare.table': 'Comparison table',
  'compare.caption': 'Traits of each mechanism',
  'compare.mechanism': 'Mechanism',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}.',
  'notFound.home': 'Back to the overview',

  'bc.title': 'BroadcastChannel',
  'bc.summary':
    'Tabs, frames and workers of one origin join a named channel; a message posted on it reaches every other member, carried as a structured clone.',
  'bc.limits':
    'Same origin (and storage partition) only; no delivery guarantee to a tab that is not listening yet.',
  'bc.typicalUse': 'Log out every tab at once; keep tabs of one app in sync.',
  'bc.gotcha': 'The sender never hears its own message.',

  'se.title': 'Storage event',
  'se.summary':
    'A write to localStorage fires a "storage" event in every other tab of the origin, with the key, the old and the new value.',
  'se.limits': 'Strings only; about 5 MiB per origin; synchronous writes block the page.',
  'se.typicalUse': 'Share a setting or a login state between tabs, even in old browsers.',
  'se.gotcha': 'The tab that writes gets no event, and writing the same value fires nothing.',
} as const;
