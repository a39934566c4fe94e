// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Pure code: runs under Node (tests, `npm run analyze`), never touches a browser API. */
const PURE_FOLDERS = [
  'src/model/**',
  'src/shared/**',
  'src/detect/**',
  'src/extract/**',
  'src/annotate/**',
  'src/export/**',
  'src/pipeline/**',
];
const BROWSER_GLOBAL = {
  name: '__BROWSER__',
  message: 'Ask platform/browser-differences.ts (or platform/target-browser.ts) instead.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'demo/**', 'artifacts/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Markup from a page reaches the DOM only through DOMPurify; Preact's raw-HTML escape
      // hatch is never used (docs/store-listing.md tells AMO's reviewers so).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render markup through DOMPurify-sanitised nodes, not dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    // Pure pipeline code runs under Node (tests, `analyze`): it must never reach for browser APIs.
    files: PURE_FOLDERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'webextension-polyfill',
                '**/platform/**',
                '**/page/**',
                '**/store/**',
                '**/ui/**',
                '**/entries/**',
              ],
              message: 'Pure pipeline code must not import browser-bound modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'chrome',
        'browser',
        'window',
        'document',
        'location',
        'indexedDB',
        BROWSER_GLOBAL,
      ],
    },
  },
  {
    // Which browser a bundle is for is read in one place (platform/target-browser.ts) and the
    // differences follow from it there (platform/browser-differences.ts).
    files: ['src/**'],
    ignores: ['src/platform/**', ...PURE_FOLDERS],
    rules: { 'no-restricted-globals': ['error', BROWSER_GLOBAL] },
  },
);
