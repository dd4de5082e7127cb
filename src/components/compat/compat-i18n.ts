import { registerMessages } from '../../i18n/dictionary';

// The support tables (issue #14): loaded with them, not on the first visit.
export const compatEn = {
  'compat.title': 'Where it works',
  'compat.loading': 'Loading the support data…',
  'compat.failed': 'The support data could not be loaded',
  'compat.caption': 'Support per feature, from MDN’s browser-compat-data {version}',
  'compat.summaryCaption':
    'Where each mechanism works (all of its features), from MDN’s browser-compat-data {version}; the last column is what this browser reports live',
  'compat.feature': 'Feature',
  'compat.mechanism': 'Mechanism',
  'compat.browser.chrome': 'Chrome',
  'compat.browser.firefox': 'Firefox',
  'compat.browser.safari': 'Safari',
  'compat.browser.chrome_android': 'Chrome Android',
  'compat.browser.firefox_android': 'Firefox Android',
  'compat.browser.safari_ios': 'Safari iOS',
  'compat.here': 'This browser (live)',
  'compat.state.yes': 'since {version}',
  'compat.state.partial': 'partial, since {version}',
  'compat.state.no': 'no',
  'compat.state.flag': 'no (behind a flag)',
  'compat.state.removed': 'removed in {version}',
  'compat.state.unknown': 'unknown',
  'compat.live.yes': 'present',
  'compat.live.no': 'missing',
  'compat.live.workers-only': 'only in workers',
  'compat.live.not-checkable': 'not checkable from a script',
  'compat.thisBrowser': 'This browser: {browser}. Its own check for this page: {usable}.',
  'compat.unknownBrowser': 'not recognised',
  'compat.usable': 'usable here',
  'compat.unusable': 'not usable here',
  'compat.notes': 'Notes from the data (in English)',
  'compat.noteRef': 'note {n}',
} as const;

export const compatZh: Record<keyof typeof compatEn, string> = {
  'compat.title': '支持情况',
  'compat.loading': '正在加载支持数据…',
  'compat.failed': '支持数据无法加载',
  'compat.caption': '各特性的支持情况，来自 MDN browser-compat-data {version}',
  'compat.summaryCaption':
    '各机制在哪里可用（其全部特性），来自 MDN browser-compat-data {version}；最后一列是本浏览器的实时检测结果',
  'compat.feature': '特性',
  'compat.mechanism': '机制',
  'compat.browser.chrome': 'Chrome',
  'compat.browser.firefox': 'Firefox',
  'compat.browser.safari': 'Safari',
  'compat.browser.chrome_android': 'Chrome Android',
  'compat.browser.firefox_android': 'Firefox Android',
  'compat.browser.safari_ios': 'Safari iOS',
  'compat.here': '本浏览器（实时）',
  'compat.state.yes': '自 {version} 起',
  'compat.state.partial': '部分支持，自 {version} 起',
  'compat.state.no': '不支持',
  'compat.state.flag': '不支持（需开启实验标志）',
  'compat.state.removed': '已于 {version} 移除',
  'compat.state.unknown': '未知',
  'compat.live.yes': '存在',
  'compat.live.no': '缺失',
  'compat.live.workers-only': '仅在 Worker 中',
  'compat.live.not-checkable': '无法用脚本检测',
  'compat.thisBrowser': '本浏览器：{browser}。本页面自身的检测结果：{usable}。',
  'compat.unknownBrowser': '无法识别',
  'compat.usable': '可以使用',
  'compat.unusable': '无法使用',
  'compat.notes': '数据中的注释（英文）',
  'compat.noteRef': '注 {n}',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof compatEn, true> {}
}

registerMessages({ en: compatEn, 'zh-CN': compatZh });
