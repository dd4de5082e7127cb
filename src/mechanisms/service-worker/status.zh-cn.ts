import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'sw.status.notControlled': '尚未受控',
  'sw.status.unregistered': '已注销：本页在重新加载前仍然受控',
  'sw.status.controlledBy': '受 v{version} 控制',
  'sw.status.controlledFlushedOne': '受 v{version} 控制；已发出排队的 {count} 条消息',
  'sw.status.controlledFlushed': '受 v{version} 控制；已发出排队的 {count} 条消息',
  'sw.status.state': 'v{version} {state}',
  'sw.status.stateParsed': '已解析（parsed）',
  'sw.status.stateInstalling': '正在安装（installing）',
  'sw.status.stateInstalled': '已安装（installed）',
  'sw.status.stateActivating': '正在激活（activating）',
  'sw.status.stateActivated': '已激活（activated）',
  'sw.status.stateRedundant': '已作废（redundant）',
  'sw.status.unavailable': '这里用不了 ServiceWorker（不是安全上下文，或浏览器不支持）',
  'sw.status.errorTabGone': '标签页 {id} 已经不在了：什么也没有转发',
  'sw.status.errorNotControlled': '本页尚未受控',
  'sw.status.errorNotControlledShort': '尚未受控',
  'sw.status.errorQueueFull': '等待受控的消息太多了',
  'sw.status.errorNoApi': '这里用不了 ServiceWorker',
  'sw.status.toAll': 'ServiceWorker v{version} · 所有标签页（含本页）',
  'sw.status.toOthers': 'ServiceWorker v{version} · 其他所有标签页',
  'sw.status.toOne': 'ServiceWorker v{version} · 选定的一个标签页',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
