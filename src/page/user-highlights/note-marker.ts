import { icon } from '../../ui/shared/svg-icons';

/**
 * The small marker at the end of one of the user's highlights, in our closed root: shown when
 * the highlight has a note (hovering it shows the note, in the toolbar frame: the note itself
 * never comes into this script), there for keyboards and screen readers on every highlight
 * (its label says what is highlighted; Tab reaches it, Enter opens the highlight's toolbar).
 */
export function createNoteMarker(
  doc: Document,
  on: { open(focus: boolean): void; preview(): void },
): HTMLButtonElement {
  const marker = doc.createElement('button');
  marker.type = 'button';
  marker.className = 'marker';
  marker.setAttribute('data-testid', 'highlight-marker');
  marker.append(icon(doc, 'note'));
  marker.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    // A click from Enter or Space has no pointer position (detail 0): focus goes into the toolbar.
    on.open(event.detail === 0);
  });
  marker.addEventListener('mouseenter', (event) => {
    if (event.isTrusted) on.preview();
  });
  return marker;
}
