import { sendToBackground } from '../messaging/send';
import { readToolbarHash } from '../messaging/toolbar-action';
import { t } from '../platform/browser-api';
import { showToolbar, type ToolbarChannel } from '../ui/highlight-toolbar/show-toolbar';
import { localizeDocument } from '../ui/shared/localize-document';

localizeDocument(document, 'toolbarFrameTitle');
const bar = document.getElementById('bar') as HTMLElement;
bar.setAttribute('aria-label', t('toolbarFrameTitle'));
const channel: ToolbarChannel = {
  act: (action) => void sendToBackground('toolbarAction', action),
  async getNote(id) {
    const reply = await sendToBackground('getNote', { id });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value.note;
  },
  async saveNote(id, note, token) {
    const reply = await sendToBackground('saveNote', { id, note, token });
    if (!reply.ok) throw new Error(reply.error);
  },
};

// The content script makes a fresh frame for every view; the fragment says which.
const view = readToolbarHash(location.hash);
if (view) showToolbar(bar, view, channel);
