import type { CodeText } from '../../lib/code-comments';
import type { StorageArea } from '../../lib/safe-storage';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function storageEventCode(key: string, area: StorageArea): CodeText {
  const name = JSON.stringify(key);
  const storage = area === 'local' ? 'localStorage' : 'sessionStorage';
  const text = `// Tab B (and C, D…): listen. The event fires in the *other* tabs only.
window.addEventListener('storage', (event) => {
  if (event.storageArea !== ${storage} || event.key !== ${name}) return;
  console.log(event.key, event.oldValue, '→', event.newValue, 'from', event.url);
});

// Tab A: write. Storage holds strings, so serialise objects yourself.
try {
  ${storage}.setItem(${name}, JSON.stringify({ text: 'hello', at: Date.now() }));
} catch (error) {
  if (error.name === 'QuotaExceededError') console.warn('storage is full');
}
${area === 'session' ? '\n// sessionStorage belongs to one tab: no other tab ever sees this write.\n' : ''}
// Writing the value already stored fires nothing.
// localStorage.clear() fires one event with event.key === null.
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [
  storageEventCode('comms-lab:message', 'local'),
  storageEventCode('comms-lab:message', 'session'),
];
