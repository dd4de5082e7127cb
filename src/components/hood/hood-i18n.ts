import { registerMessages } from '../../i18n/dictionary';

// "Under the hood" (issue #14): loaded with the section, not on the first visit.
export const hoodEn = {
  'hood.title': 'Under the hood',
  'hood.loading': 'Loading the diagram…',
  'hood.failed': 'The diagram could not be loaded',
  'hood.diagram':
    'Diagram: {places} places in {processes} processes, {hops} numbered hops. The list below describes each hop.',
  'hood.hops': 'Hops, in order',
  'hood.hop': 'Hop {n}:',
  'hood.carrier': 'carried by',
  'hood.source': 'source: {label}',
  'hood.inference': 'inference',
  'hood.inferenceHint':
    '“inference” marks what could not be checked in Chromium’s code or documents: say it with care. Everything else links to its source.',
  'hood.process.renderer': 'Renderer process {suffix}',
  'hood.process.browser': 'Browser process',
  'hood.process.network': 'Network service',
  'hood.process.storage': 'Storage service',
  'hood.process.gpu': 'GPU process',
  'hood.process.node': 'Node server (outside the browser)',
  'hood.process.redis': 'Redis (outside the browser)',
  'hood.process.peer': 'Another machine’s browser',
} as const;

export const hoodZh: Record<keyof typeof hoodEn, string> = {
  'hood.title': '底层原理',
  'hood.loading': '正在加载示意图…',
  'hood.failed': '示意图无法加载',
  'hood.diagram':
    '示意图：{processes} 个进程中的 {places} 个位置，{hops} 个编号步骤。下方列表逐一说明每一步。',
  'hood.hops': '按顺序的各步',
  'hood.hop': '第 {n} 步：',
  'hood.carrier': '承载方式',
  'hood.source': '出处：{label}',
  'hood.inference': '推断',
  'hood.inferenceHint':
    '“推断”标记的是未能在 Chromium 的代码或文档中核实的内容：讲解时请谨慎。其余各项都链接到出处。',
  'hood.process.renderer': '渲染进程 {suffix}',
  'hood.process.browser': '浏览器进程',
  'hood.process.network': '网络服务',
  'hood.process.storage': '存储服务',
  'hood.process.gpu': 'GPU 进程',
  'hood.process.node': 'Node 服务器（浏览器之外）',
  'hood.process.redis': 'Redis（浏览器之外）',
  'hood.process.peer': '另一台机器的浏览器',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof hoodEn, true> {}
}

registerMessages({ en: hoodEn, 'zh-CN': hoodZh });
