import { registerMessages } from '../i18n/dictionary';

// The traits' names and values as words: they load with the overview's cards and the comparison
// table (both lazy), not on the first visit.
export const traitEn = {
  'trait.scope': 'Reaches',
  'trait.direction': 'Direction',
  'trait.needsServer': 'Needs a server',
  'trait.reachesSender': 'Sender hears itself',
  'trait.payload': 'Payload',
  'trait.binary': 'Binary',
  'trait.ordering': 'Ordering',
  'trait.survivesReload': 'Survives reload (data or registration, not messages)',
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
} as const;

export const traitZh: Record<keyof typeof traitEn, string> = {
  'trait.scope': '可达范围',
  'trait.direction': '方向',
  'trait.needsServer': '需要服务器',
  'trait.reachesSender': '发送方能收到自己',
  'trait.payload': '数据',
  'trait.binary': '二进制',
  'trait.ordering': '顺序',
  'trait.survivesReload': '刷新后仍在（数据或注册，不含消息）',
  'trait.autoReconnect': '自动重连',
  'trait.limits': '限制',
  'trait.typicalUse': '典型用途',
  'trait.gotcha': '易错点',
  'trait.yes': '是',
  'trait.no': '否',
  'trait.notApplicable': '无连接可重连',
  'trait.scope.same-tab': '同一标签页',
  'trait.scope.same-origin': '同源的标签页',
  'trait.scope.cross-origin': '也可跨源',
  'trait.scope.via-server': '任何人，经由服务器',
  'trait.direction.one-to-one': '一对一，双向',
  'trait.direction.one-to-many': '一对多',
  'trait.direction.many-to-many': '多对多（广播）',
  'trait.direction.server-to-client': '仅服务器到客户端',
  'trait.payload.structured-clone': '结构化克隆（Date、Map、Blob…）',
  'trait.payload.string': '仅字符串',
  'trait.payload.string-or-binary': '字符串或二进制',
  'trait.ordering.ordered': '有序',
  'trait.ordering.ordered-per-sender': '同一发送方有序',
  'trait.ordering.not-guaranteed': '不保证',
};

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof traitEn, true> {}
}

registerMessages({ en: traitEn, 'zh-CN': traitZh });
