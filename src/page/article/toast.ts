import type { OverlayHost } from './overlay-host';

/**
 * A short, polite message in the page's corner (after a save from a shortcut or menu). In the
 * overlay's closed root: that the reader saved this page is theirs, not the page's to read.
 */
export function showToast(overlay: OverlayHost, message: string, ms = 4000): void {
  const root = overlay.privateRoot();
  const doc = root.ownerDocument;
  const toast = doc.createElement('div');
  toast.className = 'panel toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('data-testid', 'toast');
  toast.textContent = message;
  root.append(toast);
  setTimeout(() => toast.remove(), ms);
}
