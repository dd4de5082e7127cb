// The log's tags and status reasons in Chinese (tag-i18n.ts and status-i18n.ts hold the English and
// how they are used), loaded only when Chinese is chosen.
import type { statusEn } from './status-i18n';
import type { tagEn } from './tag-i18n';

const tagZh: Record<keyof typeof tagEn, string> = {
  'kind.hello': '报到',
  'kind.ack': '回执',
  'kind.presence': '在线',
  'kind.notice': '通知',
  'kind.history': '历史',
  'kind.welcome': '欢迎',
  'kind.joined': '已加入',
  'kind.join': '加入',
  'kind.rename': '改名',
  'kind.goodbye': '离开',
  'kind.echo': '回声',
  'kind.buffer': '缓冲区',
  'kind.error': '错误',
  'kind.tick': '心跳',
  'kind.time': '时间',
  'kind.rate-limited': '限流',
  'seq.restart': '重新开始',
  'seq.duplicate': '重复',
  'seq.gap': '缺 {missing} 条',
  'peer.server': '服务器',
};

const statusZh: Record<keyof typeof statusEn, string> = {
  'why.connected': '已连接',
  'why.reconnected': '已重新连接',
  'why.disconnectedByYou': '由你断开',
  'why.reconnectedByBrowser': '浏览器已自动重连',
  'why.closedByYou': '由你关闭：浏览器不会再重连',
  'why.notControlled': '尚未受控',
  'why.unregistered': '已注销：本页在重新加载前仍然受控',
  'why.leaderQueued': '正在排队等待领导者锁',
  'why.steppedDown': '已让位：重新排到队尾',
  'why.locksInsecure': 'Web Locks 需要安全上下文（https，或 http://localhost）',
  'why.listeningFrom': '从 {id} 之后开始接收',
  'why.listeningFromStart': '从头开始接收',
  'why.attempt': '第 {n} 次尝试',
  'why.leader': '本标签页是领导者（第 {term} 任）：只有它打开数据流',
  'why.controlledBy': '受 v{version} 控制',
  'why.controlledFlushed': '受 v{version} 控制；已发出排队的 {count} 条消息',
  'why.closed': '已关闭',
  'why.rtcWaiting': '信令通道已打开（{via}）：等待另一个标签页',
  'why.rtcPolite': '已与 {name} 配对：本标签页是礼让方（polite）',
  'why.rtcImpolite': '已与 {name} 配对：本标签页是非礼让方（impolite）',
  'why.rtcLeft': '{name} 已离开：等待另一个标签页',
  'why.rtcOpen': '数据通道“{label}”已向 {partner} 打开（{facts}）',
  'why.rtcClosed': '数据通道“{label}”已关闭',
};

export const texts = { ...tagZh, ...statusZh };
