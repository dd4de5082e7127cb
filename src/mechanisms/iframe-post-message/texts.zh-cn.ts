import type { ifrTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof ifrTexts, string> = {
  'ifr.title': 'iframe postMessage',
  'ifr.summary':
    '页面和其中的 iframe 通过 window.postMessage 通信，跨源也可以。发送方指定谁可以接收（targetOrigin）；接收方必须检查是谁发的（event.origin）。',
  'reason.not-delivered':
    '没有回执：targetOrigin 与 iframe 当前来源不符时，浏览器会直接丢弃消息，不报任何错误',
  'reason.not-delivered-star': '即使用 "*" 也没有回执：iframe 里没有人在监听（尚未加载，或已离开）',
  'reason.no-receipt':
    '没有回执，尽管 targetOrigin 与 iframe 的来源一致：它的页面正忙，或者没有应答',
  'reason.frame-timeout': 'iframe 没有按时报到：没有加载成功，或者脚本出错',
  'ifr.tip': '提示：另一方就在本页：页面里的框架，其中一个来自另一个源。',
};
