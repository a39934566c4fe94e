import type { HighlightColor } from '../model/stored-records';

/** What the highlight toolbar shows: over a selection, over one of the user's highlights, or a note. */
export type ToolbarMode = 'selection' | 'highlight' | 'note';

/**
 * What the user did in the highlight toolbar (an extension frame in the page), relayed by the
 * background to the page's content script. `token` names the toolbar showing it: an action
 * from a toolbar that has been replaced since is ignored. No user data travels here (`noted`
 * says only whether a note was left, for its marker).
 */
export type ToolbarAction =
  | { token: string; action: 'color'; color: HighlightColor }
  | { token: string; action: 'note' }
  | { token: string; action: 'delete' }
  | { token: string; action: 'close'; noted?: boolean };

const COLORS: readonly string[] = ['yellow', 'green', 'blue', 'pink'];

/** Messages are never trusted: anything but exactly an action is refused. */
export function isToolbarAction(value: unknown): value is ToolbarAction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.token !== 'string' || v.token.length > 64) return false;
  if (v.action === 'color') return typeof v.color === 'string' && COLORS.includes(v.color);
  if (v.action === 'close') return v.noted === undefined || typeof v.noted === 'boolean';
  return v.action === 'note' || v.action === 'delete';
}

/** The toolbar frame's address fragment: what to show, for which toolbar, and which highlight. */
export interface ToolbarView {
  mode: ToolbarMode;
  token: string;
  /** The highlight whose note the frame edits (note mode only). */
  id: string | null;
  /** Opened from the keyboard: the frame puts focus on its first control. */
  focus?: boolean;
}

export function toolbarHash(view: ToolbarView): string {
  const params = new URLSearchParams({ mode: view.mode, token: view.token });
  if (view.id !== null) params.set('id', view.id);
  if (view.focus) params.set('focus', '1');
  return `#${params.toString()}`;
}

export function readToolbarHash(hash: string): ToolbarView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = params.get('mode');
  const token = params.get('token');
  if (mode !== 'selection' && mode !== 'highlight' && mode !== 'note') return null;
  if (token === null) return null;
  return { mode, token, id: params.get('id'), focus: params.get('focus') === '1' };
}
