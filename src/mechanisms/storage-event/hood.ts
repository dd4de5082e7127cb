import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

// localStorage lives in the storage service; every renderer keeps a cache of the area and
// observes it. The storage event is the observer's KeyChanged turned into a DOM event.
export const hood: Hood = {
  summary: both(
    'setItem() is synchronous only against the tab’s own cached copy; the write then travels to the storage service, which tells every renderer that observes the same origin’s area.',
    'setItem() 只对本标签页缓存的副本是同步的；写入随后传到存储服务，由它通知所有观察同一源存储区的渲染进程。',
  ),
  places: [
    {
      id: 'writer',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Tab A · main thread', '标签页 A · 主线程'),
    },
    {
      id: 'storage',
      kind: 'storage',
      process: 'storage',
      label: both('Storage area of the origin', '该源的存储区'),
    },
    {
      id: 'reader',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Tab B · main thread', '标签页 B · 主线程'),
    },
  ],
  hops: [
    {
      from: 'writer',
      to: 'storage',
      carrier: 'blink.mojom.StorageArea.Put',
      note: both(
        'Put carries the key, the new value, the old value and a source id that names the writing tab’s cache.',
        'Put 携带键、新值、旧值，以及标识写入标签页缓存的 source。',
      ),
      source: CHROMIUM.storageAreaMojom,
    },
    {
      from: 'storage',
      to: 'reader',
      carrier: 'blink.mojom.StorageAreaObserver.KeyChanged',
      note: both(
        'Every observer hears of the change; the other tab updates its cache and fires storage on its documents of that origin.',
        '每个观察者都会收到变更；另一个标签页更新缓存，并在该源的文档上触发 storage 事件。',
      ),
      source: CHROMIUM.storageAreaImpl,
    },
    {
      from: 'storage',
      to: 'writer',
      carrier: 'blink.mojom.StorageAreaObserver.KeyChanged',
      note: both(
        'The writer hears it too and recognises its own source: no event in the writing document, but its same-origin frames get one.',
        '写入方也会收到，并认出是自己的 source：写入的文档不触发事件，但其中的同源框架会收到。',
      ),
      source: CHROMIUM.cachedStorageArea,
    },
    {
      from: 'storage',
      to: 'storage',
      carrier: 'LevelDB (disk)',
      note: both(
        'The storage service commits to disk later, in batches; on desktop it runs in a process of its own, on Android inside the browser process.',
        '存储服务稍后批量写入磁盘；桌面版中它运行在独立进程，Android 上在浏览器进程内。',
      ),
      inference: true,
      source: DOCS.servicification,
    },
  ],
};
