import { obsidianLink, obsidianNote, type ObsidianLink } from '../../export/to-obsidian';
import type { Db } from '../../store/open-db';
import { readForExport } from '../../store/read-for-export';

/** What sending one clipping to Obsidian takes: the note, and how to open it. */
export interface ObsidianSend extends ObsidianLink {
  note: string;
}

/** Reads a clipping with its annotations and builds its Obsidian note and URI. */
export async function prepareObsidianSend(
  db: Db,
  id: string,
  vault: string,
): Promise<ObsidianSend> {
  const { clippings, annotations } = await readForExport(db, [id], { withImages: false });
  const clipping = clippings[0];
  if (!clipping) throw new Error(`no clipping ${id}`);
  const note = obsidianNote(clipping, annotations);
  return { note, ...obsidianLink(note, clipping.metadata.title ?? clipping.url, vault) };
}

const VAULT_KEY = 'reader-assistant.obsidian-vault';

/** The vault name chosen on this device; empty means Obsidian's default (last opened) vault. */
export function storedVault(): string {
  try {
    return globalThis.localStorage?.getItem(VAULT_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberVault(vault: string): void {
  try {
    globalThis.localStorage?.setItem(VAULT_KEY, vault);
  } catch {
    // Storage may be disabled; the name then lasts for this page only.
  }
}
