import { sendToBackground } from '../../messaging/send';
import { t } from '../../platform/browser-api';
import { DetectionSwitch } from '../shared/detection-switch';

/**
 * The onboarding page, opened once on install: what the extension does, and the one choice
 * it asks for. Host access is optional, so the page says plainly that everything works per
 * click without it, and the switch is off until the user turns it on.
 */
export function WelcomeApp() {
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p>{t('welcomeIntro')}</p>
      <ul class="welcome-points">
        <li>{t('welcomeReaders')}</li>
        <li>{t('welcomeFigures')}</li>
        <li>{t('welcomeLibrary')}</li>
      </ul>
      <h2>{t('welcomeChoiceHeading')}</h2>
      <DetectionSwitch intro />
      <p data-testid="per-click-note">{t('welcomePerClick')}</p>
      <p>
        <button type="button" class="link" onClick={() => void sendToBackground('openLibrary', {})}>
          {t('openLibrary')}
        </button>
      </p>
    </main>
  );
}
