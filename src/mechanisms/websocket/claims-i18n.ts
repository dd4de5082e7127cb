import { registerMessages } from '../../i18n/dictionary';

// Claims of this page that are not already one of its teaching points.
export const wsClaimsEn = {
  'ws.claim.sender':
    "Whether the sender hears itself is the server's choice, not the protocol's: this server acknowledges the sender and relays the message to the others.",
} as const;

export const wsClaimsZh: Record<keyof typeof wsClaimsEn, string> = {
  'ws.claim.sender':
    '发送方能否收到自己的消息由服务器决定，而不是协议：这个服务器给发送方回一个确认，再把消息转发给其他人。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wsClaimsEn, true> {}
}

registerMessages({ en: wsClaimsEn, 'zh-CN': wsClaimsZh });
