import { registerMessages } from '../i18n/dictionary';

// The proof links of every page's claims list (loaded with the list, not on first visit).
export const claimsEn = {
  'claims.source': 'source: {label}',
  'claims.note': ' ({note})',
  'claims.tested': 'tested in Chromium',
  'claims.testedFirefox': 'tested in Firefox',
  'claims.testedCount': '{tested} ({count} tests)',
  'claims.testedHow': 'The test "{title}" shows it in a real browser. Run it with:',
  'claims.failed': 'What this page teaches could not be loaded',
} as const;

export const claimsZh: Record<keyof typeof claimsEn, string> = {
  'claims.source': '出处：{label}',
  'claims.note': '（{note}）',
  'claims.tested': '已在 Chromium 中测试',
  'claims.testedFirefox': '已在 Firefox 中测试',
  'claims.testedCount': '{tested}（{count} 个测试）',
  'claims.testedHow': '测试“{title}”在真实浏览器中展示了这一点。运行它：',
  'claims.failed': '本页要点无法加载',
};

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof claimsEn, true> {}
}

registerMessages({ en: claimsEn, 'zh-CN': claimsZh });
