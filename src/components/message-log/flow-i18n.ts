import { registerMessages } from '../../i18n/dictionary';

// The flow view's texts load with it (it is not in the first bundle).
export const flowEn = {
  'flow.title': 'Message flow',
  'flow.lanes': 'Participants',
  'flow.thisTab': 'this tab',
  'flow.empty': 'Nothing to draw yet: send a message, or change the filters.',
  'flow.arrow': '{direction}: {from} → {to}: {summary}',
  'flow.arrowVia': '{direction}: {from} → {via} → {to}: {summary}',
} as const;

export const flowZh: Record<keyof typeof flowEn, string> = {
  'flow.title': '消息流',
  'flow.lanes': '参与者',
  'flow.thisTab': '本标签页',
  'flow.empty': '还没有可画的内容：发送一条消息，或者调整筛选条件。',
  'flow.arrow': '{direction}：{from} → {to}：{summary}',
  'flow.arrowVia': '{direction}：{from} → {via} → {to}：{summary}',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof flowEn, true> {}
}

registerMessages({ en: flowEn, 'zh-CN': flowZh });
