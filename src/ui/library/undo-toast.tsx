import { useEffect } from 'preact/hooks';
import { t } from '../../platform/browser-api';

/** How long "Undo" stays offered; long enough to notice, short enough not to linger. */
export const UNDO_MS = 10_000;

/** A status message with an Undo button, announced politely to screen readers. */
export function UndoToast(props: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const { onDismiss } = props;
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, [onDismiss, props.message]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{props.message}</span>
      <button type="button" data-testid="undo" onClick={props.onUndo}>
        {t('libUndo')}
      </button>
      <button type="button" aria-label={t('libDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
