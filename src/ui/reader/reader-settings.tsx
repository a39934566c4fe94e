import { t } from '../../platform/browser-api';
import type { Settings } from '../../store/settings-repository';

const MIN_FONT = 14;
const MAX_FONT = 28;

/** Theme and font size of the reader, stored in the settings store. */
export function ReaderSettings(props: {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}) {
  const { settings, onChange } = props;
  const size = settings.readerFontSize;
  return (
    <div class="reader-settings" role="group" aria-label={t('libReaderSettings')}>
      <label>
        {t('libTheme')}{' '}
        <select
          data-testid="reader-theme"
          value={settings.readerTheme}
          onChange={(e) =>
            onChange(
              'readerTheme',
              (e.currentTarget as HTMLSelectElement).value as Settings['readerTheme'],
            )
          }
        >
          <option value="auto">{t('libThemeAuto')}</option>
          <option value="light">{t('libThemeLight')}</option>
          <option value="sepia">{t('libThemeSepia')}</option>
          <option value="dark">{t('libThemeDark')}</option>
        </select>
      </label>
      <button
        type="button"
        title={t('libFontSmaller')}
        disabled={size <= MIN_FONT}
        onClick={() => onChange('readerFontSize', Math.max(MIN_FONT, size - 1))}
      >
        {/* The name starts with what sighted readers see (WCAG label in name), then says it. */}
        A− <span class="visually-hidden">{t('libFontSmaller')}</span>
      </button>
      <span aria-live="polite" class="muted">
        {size}px
      </span>
      <button
        type="button"
        title={t('libFontLarger')}
        disabled={size >= MAX_FONT}
        onClick={() => onChange('readerFontSize', Math.min(MAX_FONT, size + 1))}
      >
        {/* The name starts with what sighted readers see (WCAG label in name), then says it. */}
        A+ <span class="visually-hidden">{t('libFontLarger')}</span>
      </button>
    </div>
  );
}
