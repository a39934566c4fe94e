import { readFileSync } from 'node:fs';

export type Messages = Record<
  string,
  | {
      message: string;
      description?: string;
      placeholders?: Record<string, { content: string }>;
    }
  | undefined
>;

/** The shipped messages of one locale (`_locales/<lang>/messages.json`). */
export function readMessages(lang: 'en' | 'vi'): Messages {
  const file = `${process.cwd()}/public/_locales/${lang}/messages.json`;
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/**
 * `t` of src/platform/browser-api over the shipped messages, resolved as `i18n.getMessage`
 * does (a named placeholder `$QUOTE$` → its content, then $1 → the first substitution); a key
 * missing from the locale throws, so a test fails.
 */
export function translatorFor(
  lang: 'en' | 'vi',
): (key: string, subs?: string | string[]) => string {
  const messages = readMessages(lang);
  return (key, subs) => {
    const entry = messages[key];
    if (entry === undefined) throw new Error(`no message ${key} in ${lang}`);
    const named = entry.placeholders ?? {};
    const text = entry.message.replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (whole, name: string) => named[name.toLowerCase()]?.content ?? whole,
    );
    const args = [subs ?? []].flat();
    return text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  };
}
