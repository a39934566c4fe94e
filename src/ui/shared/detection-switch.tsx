import { useEffect, useState } from 'preact/hooks';
import type { DetectionStatus } from '../../messaging/detection-status';
import { sendToBackground } from '../../messaging/send';
import { browser, t } from '../../platform/browser-api';
import { removeDetectionAccess, requestDetectionAccess } from '../../platform/host-access';

/**
 * The automatic-detection switch, in the popup and on the welcome page. Switching it on asks
 * for host access (the browser shows its prompt), switching it off gives the access back; the
 * background registers or unregisters the detector to match. Also follows changes made
 * elsewhere (the browser's settings, another of our pages) while it is open.
 */
export function DetectionSwitch(props: { intro?: boolean }) {
  const [status, setStatus] = useState<DetectionStatus | null>(null);
  const refresh = () =>
    void sendToBackground('syncDetection', null).then((reply) => {
      // A new object each time, so a refused request re-renders and unticks the checkbox.
      if (reply.ok) setStatus({ ...reply.value });
    });

  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const onChange = (on: boolean) => {
    // `permissions.request` must run inside the user's gesture: called here, before any await.
    // A refusal or a failure leaves the mode as it was, and refresh() shows that.
    const change = on ? requestDetectionAccess() : removeDetectionAccess();
    void change.catch(() => false).then(refresh);
  };

  const automatic = status?.mode === 'automatic';
  return (
    <section class="detection" data-testid="detection" data-mode={status?.mode ?? 'checking'}>
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          data-testid="auto-detect"
          checked={automatic}
          disabled={status === null}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {t('autoDetection')}
      </label>
      <p class="muted" data-testid="detection-mode">
        {status === null ? t('statusChecking') : automatic ? t('modeAutomatic') : t('modePerClick')}
      </p>
      {props.intro && <p class="muted">{t('autoDetectionWhy')}</p>}
    </section>
  );
}
