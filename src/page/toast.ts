import type { OverlayHost } from './overlay-host';

/** A short, polite message in the page's corner (after a save from a shortcut or menu). */
export function showToast(overlay: OverlayHost, message: string, ms = 4000): void {
  const doc = overlay.root.ownerDocument;
  const toast = doc.createElement('div');
  toast.className = 'panel toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('data-testid', 'toast');
  toast.textContent = message;
  overlay.root.append(toast);
  setTimeout(() => toast.remove(), ms);
}
