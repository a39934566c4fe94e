/**
 * The store's record types, seen by the pure serialisers.
 *
 * Pure folders may not import `store/` (it opens IndexedDB); this file imports *types only*,
 * which `verbatimModuleSyntax` erases at build time, so no browser code can follow. It is the
 * one place the lint exception lives. It can go when the lint rule allows type imports
 * (`@typescript-eslint/no-restricted-imports` with `allowTypeImports`).
 */
// eslint-disable-next-line no-restricted-imports
export type {
  Clipping,
  UserAnnotation,
  StoredImage,
  SettingRecord,
  HighlightColor,
} from '../store/schema';
