import { registerMessages } from '../../i18n/dictionary';

// Texts of the instance picker and the cluster's list; they load with the server pages only.
export const instEn = {
  'inst.title': 'Server instances',
  'inst.pick': 'Instance',
  'inst.own': 'this page’s server',
  'inst.alone':
    'One server, no cluster: start "npm run cluster" to share the class between three instances through Redis.',
  'inst.using': 'Connected through instance {name} ({url}).',
  'inst.optionOne': '{name}: {count} client{health}',
  'inst.option': '{name}: {count} clients{health}',
  'inst.down': ' (gone)',
  'inst.counters': 'Resume check',
  'inst.gaps': 'Gaps',
  'inst.duplicates': 'Duplicates',
  'inst.resumed': 'Resumed from id {id} on instance {name}',
  'inst.notResumed': 'Not resumed yet',
  'inst.moved': 'Moved from {from} to {to} ({why})',
  'inst.why.lost': 'its instance went',
  'inst.why.chosen': 'chosen',
  'inst.list': 'Instances sharing the class',
  'inst.name': 'Instance',
  'inst.clients': 'Clients',
  'inst.health': 'Health',
  'inst.alive': 'alive ({ms} ms since its heartbeat)',
  'inst.silent': 'silent for {ms} ms',
  'inst.stoppedState': 'stopped by the teacher',
  'inst.stop': 'Stop {name}',
  'inst.stopHint':
    'A teacher action: the instance says goodbye (1001) to its clients and exits. Watch them move to the next instance and resume from their last message id, with 0 gaps.',
  'inst.stopping': 'Instance {name} is stopping.',
  'inst.stopFailed': 'Could not stop it: {reason}',
  'inst.pubsub': 'Break it: plain Redis pub/sub instead of Streams',
  'inst.pubsubHint':
    'A teacher action for every instance: chat messages go out with PUBLISH only, stored nowhere. An instance disconnected from Redis when one is published never gets it, and no resume can bring it back.',
  'inst.lost': 'Messages lost (gaps in the ids): {n}',
  'inst.pubsubFailed': 'Could not switch: {reason}',
};

export const instZh: Record<keyof typeof instEn, string> = {
  'inst.title': '服务器实例',
  'inst.pick': '实例',
  'inst.own': '本页所在的服务器',
  'inst.alone':
    '只有一台服务器，没有集群：运行 "npm run cluster"，让三个实例通过 Redis 共同服务全班。',
  'inst.using': '通过实例 {name}（{url}）连接。',
  'inst.optionOne': '{name}：{count} 个客户端{health}',
  'inst.option': '{name}：{count} 个客户端{health}',
  'inst.down': '（已离开）',
  'inst.counters': '续传检查',
  'inst.gaps': '缺口',
  'inst.duplicates': '重复',
  'inst.resumed': '在实例 {name} 上从 id {id} 续传',
  'inst.notResumed': '尚未续传',
  'inst.moved': '从 {from} 转到 {to}（{why}）',
  'inst.why.lost': '原实例离开了',
  'inst.why.chosen': '手动选择',
  'inst.list': '共同服务全班的实例',
  'inst.name': '实例',
  'inst.clients': '客户端',
  'inst.health': '健康状况',
  'inst.alive': '在线（距上次心跳 {ms} ms）',
  'inst.silent': '已沉默 {ms} ms',
  'inst.stoppedState': '已被老师停止',
  'inst.stop': '停止 {name}',
  'inst.stopHint':
    '老师操作：该实例向它的客户端道别（1001）并退出。观察这些客户端转到下一个实例，并从最后一条消息 id 续传，缺口为 0。',
  'inst.stopping': '实例 {name} 正在停止。',
  'inst.stopFailed': '无法停止：{reason}',
  'inst.pubsub': '弄坏它：用普通 Redis 发布/订阅代替 Streams',
  'inst.pubsubHint':
    '老师操作，作用于所有实例：聊天消息只用 PUBLISH 发出，不存储。消息发布时与 Redis 断开的实例永远收不到它，续传也找不回来。',
  'inst.lost': '丢失的消息（id 中的缺口）：{n}',
  'inst.pubsubFailed': '无法切换：{reason}',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof instEn, true> {}
}

registerMessages({ en: instEn, 'zh-CN': instZh });
