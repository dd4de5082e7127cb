import { registerMessages } from '../../i18n/dictionary';

// This page's own texts. They load with the page, not with the first visit; titles, summaries and
// traits stay in src/i18n (the navigation and the comparison table need them everywhere).
export const seEn = {
  'se.sendTitle': 'Send through localStorage',
  'se.sendHint':
    'Send writes a JSON envelope to localStorage["{key}"]; the other tabs read it from their storage event.',
  'se.sentNote':
    'Written to localStorage["{key}"]. Other tabs get a storage event; this window does not (a same-origin frame in this tab does).',
  'se.quotaError':
    '{name}: storage is full, so the message was not written. Your text is still in the form; free some space and send again.',
  'se.storageError': '{name}: storage refused the write.',
  'se.unavailable': 'Storage is not available here (blocked, or a private mode without it).',
  'se.editorTitle': 'Key/value editor',
  'se.area': 'Storage area',
  'se.key': 'Key',
  'se.value': 'Value',
  'se.keyRequired': 'Type a key first.',
  'se.setItem': 'Set item',
  'se.removeItem': 'Remove item',
  'se.clear': 'Clear {area}',
  'se.itemsIn': 'Items in {area}',
  'se.empty': 'Empty.',
  'se.fillerRows': '{count} filler keys from "Fill the quota" are hidden.',
  'se.note.other':
    'Written. Other tabs get a storage event; this window gets none (its same-origin frames do).',
  'se.note.sameValue': 'Same value as before: no tab gets a storage event.',
  'se.note.session': 'sessionStorage belongs to this tab alone: no other tab gets an event.',
  'se.note.removed': 'Removed. Other tabs get an event whose newValue is null.',
  'se.note.absent': 'There was nothing to remove, so no event fires.',
  'se.note.clear': 'Cleared. Other tabs get one event whose key is null.',
  'se.eventsTitle': 'Storage events received by this tab',
  'se.eventsTable': 'Table of the storage events, newest first',
  'se.eventsHint':
    'Events this window received, the newest first. Writes made in this window never appear here.',
  'se.noEvents': 'None yet. Write something in another tab.',
  'se.col.time': 'Time',
  'se.quotaTitle': 'Quota',
  'se.quota.used': 'Used: {used} of {capacity} characters (measured in this browser)',
  'se.quota.unmeasured':
    'Used: {used} characters (keys and values, UTF-16). The limit is not measured yet: "Fill the quota" measures it.',
  'se.quota.fill': 'Fill the quota',
  'se.quota.free': 'Free the filled space',
  'se.quota.filled':
    'Added {added} characters until the browser threw {name} after {ms} ms. This origin holds {total} characters (keys and values). The page still works; sends now fail until you free the space.',
  'se.quota.freed': 'Removed {count} filler keys.',
  'se.teach.notWriter':
    'The window that writes gets no storage event. Other tabs do, and so does a same-origin frame in the writing tab (the frame beside the storage events shows it).',
  'se.teach.sameValue': 'Writing the value that is already stored fires no event anywhere.',
  'se.teach.clear': 'clear() fires a single event whose key is null.',
  'se.teach.session': 'sessionStorage is per tab, so its writes never reach another tab.',
  'se.teach.strings':
    'Only strings are stored: objects must go through JSON, and Map, Set or Blob do not survive.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const seZh: Record<keyof typeof seEn, string> = {
  'se.sendTitle': '通过 localStorage 发送',
  'se.sendHint':
    '“发送”会把一个 JSON 信封写入 localStorage["{key}"]；其他标签页从各自的 storage 事件中读取。',
  'se.sentNote':
    '已写入 localStorage["{key}"]。其他标签页会收到 storage 事件；本窗口不会（本标签页里的同源 iframe 会收到）。',
  'se.quotaError': '{name}：存储已满，消息没有写入。你输入的文字仍在表单里；腾出空间后再发送。',
  'se.storageError': '{name}：存储拒绝了这次写入。',
  'se.unavailable': '这里无法使用存储（被阻止，或处于不提供存储的隐私模式）。',
  'se.editorTitle': '键值编辑器',
  'se.area': '存储区域',
  'se.key': '键',
  'se.value': '值',
  'se.keyRequired': '请先输入键。',
  'se.setItem': '写入',
  'se.removeItem': '删除',
  'se.clear': '清空 {area}',
  'se.itemsIn': '{area} 中的条目',
  'se.empty': '空。',
  'se.fillerRows': '已隐藏“填满配额”写入的 {count} 个填充键。',
  'se.note.other': '已写入。其他标签页会收到 storage 事件；本窗口不会（它的同源 iframe 会收到）。',
  'se.note.sameValue': '与原值相同：没有任何标签页会收到 storage 事件。',
  'se.note.session': 'sessionStorage 只属于本标签页：其他标签页不会收到事件。',
  'se.note.removed': '已删除。其他标签页会收到 newValue 为 null 的事件。',
  'se.note.absent': '没有可删除的内容，所以不会触发事件。',
  'se.note.clear': '已清空。其他标签页会收到一个 key 为 null 的事件。',
  'se.eventsTitle': '本标签页收到的 storage 事件',
  'se.eventsTable': 'storage 事件表，最新的在最上面',
  'se.eventsHint': '本窗口收到的事件，最新的在最上面。本窗口自己的写入永远不会出现在这里。',
  'se.noEvents': '还没有。在另一个标签页里写点什么。',
  'se.col.time': '时间',
  'se.quotaTitle': '配额',
  'se.quota.used': '已用 {used} 个字符，共 {capacity} 个（在本浏览器中实测）',
  'se.quota.unmeasured':
    '已用 {used} 个字符（键和值，按 UTF-16 计）。上限尚未实测：“填满配额”会测出它。',
  'se.quota.fill': '填满配额',
  'se.quota.free': '释放填充的空间',
  'se.quota.filled':
    '写入了 {added} 个字符，{ms} 毫秒后浏览器抛出 {name}。本源可存 {total} 个字符（键和值）。页面仍正常工作；释放空间之前，发送会失败。',
  'se.quota.freed': '删除了 {count} 个填充键。',
  'se.teach.notWriter':
    '执行写入的窗口收不到 storage 事件。其他标签页会收到，写入标签页里的同源 iframe 也会收到（storage 事件旁边的 iframe 展示了这一点）。',
  'se.teach.sameValue': '写入已存在的相同值，任何地方都不会触发事件。',
  'se.teach.clear': 'clear() 只触发一个事件，其 key 为 null。',
  'se.teach.session': 'sessionStorage 按标签页隔离，写入永远到不了其他标签页。',
  'se.teach.strings': '只能存字符串：对象要经过 JSON，Map、Set 或 Blob 无法保留。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof seEn, true> {}
}

registerMessages({ en: seEn, 'zh-CN': seZh });
