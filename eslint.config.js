import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Communication globals live in a mechanism's transport.ts (or the safe storage helper), so every
// browser quirk has one home and every page stays testable with a fake transport.
const commsGlobals = [
  'WebSocket',
  'EventSource',
  'BroadcastChannel',
  'localStorage',
  'sessionStorage',
].map((name) => ({
  name,
  message: `Use ${name} only in a mechanism's transport.ts or src/lib/safe-storage.ts.`,
}));
const commsProperties = [
  ['window', 'open'],
  ['window', 'localStorage'],
  ['window', 'sessionStorage'],
  ['navigator', 'serviceWorker'],
].map(([object, property]) => ({
  object,
  property,
  message: `${object}.${property} belongs in a mechanism's transport.ts.`,
}));
const htmlSinks = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render text, never HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, never HTML.',
  },
  { selector: 'TSEnumDeclaration', message: 'Use a union of string literals instead of an enum.' },
];
const mechanismIds = readdirSync(new URL('./src/mechanisms', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: forbidden,
            message:
              'Imports flow one way: shared → lib/store/hooks/components/i18n → mechanisms → app.',
          },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.test-output',
      '.bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Module augmentation (mechanism i18n keys) is an empty interface with one `extends`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': ['error', ...commsGlobals],
      'no-restricted-properties': ['error', ...commsProperties],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    // window-messaging/ is the transport the window mechanisms share (frames, popups, the race).
    files: [
      'src/mechanisms/*/transport.ts',
      'src/lib/window-messaging/*.ts',
      'src/lib/safe-storage.ts',
    ],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  layer(['src/shared/**'], String.raw`^\.\./(lib|store|hooks|components|i18n|mechanisms|app)(/|$)`),
  // The contracts (lib/transport-types.ts, lib/mechanism-types.ts) sit below mechanisms/.
  layer(['src/{lib,store,hooks,components,i18n}/**'], String.raw`^(\.\./)+(app|mechanisms)(/|$)`),
  // Mechanisms never import each other, nor the app that composes them.
  layer(
    ['src/mechanisms/*/**'],
    String.raw`^(\.\./(${mechanismIds.join('|')})(/|$)|\.\./\.\./app(/|$))`,
  ),
);
