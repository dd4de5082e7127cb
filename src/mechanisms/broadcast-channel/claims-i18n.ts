import { registerMessages } from '../../i18n/dictionary';

// The live proof that only the posting object is skipped: a second channel object in this tab.
export const bcClaimsEn = {
  'bc.second.toggle': 'A second channel object in this tab',
  'bc.second.hint':
    'Opens another new BroadcastChannel("{channel}") here, beside the one this page sends with. The browser skips only the object that posted, so this one hears what this tab sends.',
  'bc.second.heardOne': 'The second object in this tab heard one message: {text}',
  'bc.second.heard': 'The second object in this tab heard {count} messages; the last: {text}',
  'bc.second.none': 'The second object is listening on #{channel}. Send something from this tab.',
} as const;

export const bcClaimsZh: Record<keyof typeof bcClaimsEn, string> = {
  'bc.second.toggle': '本标签页里的第二个频道对象',
  'bc.second.hint':
    '在这里另建一个 new BroadcastChannel("{channel}")，与本页发送用的对象并存。浏览器只跳过发出消息的那个对象，所以它能听到本标签页发出的消息。',
  // Chinese has one plural form (i18n/plural.ts): both keys say the same.
  'bc.second.heardOne': '本标签页里的第二个对象听到了 {count} 条消息；最近一条：{text}',
  'bc.second.heard': '本标签页里的第二个对象听到了 {count} 条消息；最近一条：{text}',
  'bc.second.none': '第二个对象正在 #{channel} 上收听。从本标签页发点什么吧。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof bcClaimsEn, true> {}
}

registerMessages({ en: bcClaimsEn, 'zh-CN': bcClaimsZh });
