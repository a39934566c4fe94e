import { readFileSync } from 'node:fs';

export type Messages = Record<string, { message: string; description?: string } | undefined>;

/** The shipped messages of one locale (`_locales/<lang>/messages.json`). */
export function readMessages(lang: 'en' | 'vi'): Messages {
  const file = `${process.cwd()}/public/_locales/${lang}/messages.json`;
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/**
 * `t` of src/platform/browser-api over the shipped messages, resolved as `i18n.getMessage`
 * does ($1 → the first substitution); a key missing from the locale throws, so a test fails.
 */
export function translatorFor(
  lang: 'en' | 'vi',
): (key: string, subs?: string | string[]) => string {
  const messages = readMessages(lang);
  return (key, subs) => {
    const text = messages[key]?.message;
    if (text === undefined) throw new Error(`no message ${key} in ${lang}`);
    const args = [subs ?? []].flat();
    return text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  };
}
