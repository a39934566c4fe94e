import { useState } from 'preact/hooks';
import { messageOf } from '../../shared/result';
import { t } from '../../platform/browser-api';
import type { Db } from '../../store/open-db';
import { prepareObsidianSend, rememberVault, storedVault } from './obsidian-actions';

/** Opens a custom-scheme link the way a click would; the library page stays where it is. */
function openUri(uri: string): void {
  const a = document.createElement('a');
  a.href = uri;
  a.click();
}

/**
 * "Send to Obsidian" for one selected clipping, with the vault name (empty: the default vault).
 * A note too long for a URI is copied to the clipboard and Obsidian is told to paste it.
 */
export function SendToObsidian(props: { db: Db; ids: readonly string[] }) {
  const [vault, setVault] = useState(storedVault);
  const [status, setStatus] = useState('');
  const only = props.ids.length === 1 ? props.ids[0] : undefined;
  const send = async (id: string) => {
    try {
      const link = await prepareObsidianSend(props.db, id, vault);
      if (link.viaClipboard) await navigator.clipboard.writeText(link.note);
      openUri(link.uri);
      setStatus(t(link.viaClipboard ? 'libObsidianClipboard' : 'libObsidianSent'));
    } catch (thrown) {
      setStatus(t('libObsidianFailed', messageOf(thrown)));
    }
  };
  return (
    <div class="obsidian-send" role="group" aria-label={t('libObsidianSend')}>
      <label>
        <span class="visually-hidden">{t('libObsidianVault')}</span>
        <input
          type="text"
          data-testid="obsidian-vault"
          placeholder={t('libObsidianVault')}
          value={vault}
          onInput={(e) => {
            setVault(e.currentTarget.value);
            rememberVault(e.currentTarget.value);
          }}
        />
      </label>
      <button
        type="button"
        data-testid="send-to-obsidian"
        disabled={only === undefined}
        title={only === undefined ? t('libObsidianOne') : undefined}
        onClick={() => only !== undefined && void send(only)}
      >
        {t('libObsidianSend')}
      </button>
      <span class="muted" role="status">
        {status}
      </span>
    </div>
  );
}
