import { sendToBackground } from '../messaging/send';
import { readToolbarHash } from '../messaging/toolbar-action';
import { browser, t } from '../platform/browser-api';
import { showToolbar, type ToolbarChannel } from '../ui/highlight-toolbar/show-toolbar';

// Read in the reader's language by screen readers.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('toolbarFrameTitle');

const bar = document.getElementById('bar') as HTMLElement;
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
