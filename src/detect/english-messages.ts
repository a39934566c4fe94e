/**
 * The reasons' words where there is no browser to ask (`analyze`, the benchmarks, the unit
 * tests): the extension's own English messages, resolved as `i18n.getMessage` does.
 */
import messages from '../../public/_locales/en/messages.json';
import type { SayMessage } from './explain-verdict';

const table: Record<string, { message: string } | undefined> = messages;

export const sayInEnglish: SayMessage = (key, subs) =>
  (table[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
