import { t } from '../../platform/browser-api';
import {
  DEFAULT_CHOICE,
  type ImportChoice,
  type ImportPreview,
  type ItemKind,
  type PreviewItem,
} from '../../store/import-preview';

// Rows shown one by one; beyond, items take their default (a 10,000-row form helps nobody).
const MAX_ROWS = 300;
// The items that need a look come first.
const ORDER: Record<ItemKind, number> = { conflict: 0, newer: 1, older: 2, new: 3, same: 4 };
const CHOICES: Record<ItemKind, ImportChoice[]> = {
  new: ['add', 'skip'],
  same: ['skip'],
  newer: ['replace', 'keep-both', 'skip'],
  older: ['skip', 'replace', 'keep-both'],
  conflict: ['keep-both', 'replace', 'skip'],
};

/** "3 new, 1 newer than yours, 0 older, 2 conflicts (4 already up to date)." */
export function previewCounts(p: ImportPreview): string {
  const c = p.counts;
  return t('libImportPreview', [c.new, c.newer, c.older, c.conflict, c.same].map(String));
}

function Row(props: {
  item: PreviewItem;
  choice: ImportChoice;
  onChoice: (id: string, choice: ImportChoice) => void;
}) {
  const { item } = props;
  return (
    <li class={`import-item import-${item.kind}`} data-testid="import-item">
      <span class="import-kind">{t(`libImportKind_${item.kind}`)}</span>{' '}
      <span class="import-title" title={item.url}>
        {item.title}
      </span>{' '}
      <select
        aria-label={t('libImportChoiceFor', item.title.slice(0, 80))}
        data-testid="import-choice"
        value={props.choice}
        onChange={(e) =>
          props.onChoice(item.id, (e.currentTarget as HTMLSelectElement).value as ImportChoice)
        }
      >
        {CHOICES[item.kind].map((choice) => (
          <option key={choice} value={choice}>
            {t(`libImportChoice_${choice.replace('-', '_')}`)}
          </option>
        ))}
      </select>
    </li>
  );
}

/** The preview of an import: counts, then one choice per clipping that is not already here. */
export function ImportPreviewList(props: {
  preview: ImportPreview;
  choices: ReadonlyMap<string, ImportChoice>;
  onChoice: (id: string, choice: ImportChoice) => void;
}) {
  const items = props.preview.items
    .filter((i) => i.kind !== 'same')
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const shown = items.slice(0, MAX_ROWS);
  return (
    <div class="import-preview" data-testid="import-preview">
      <p data-testid="import-counts">{previewCounts(props.preview)}</p>
      <ul class="import-items">
        {shown.map((item) => (
          <Row
            key={item.id}
            item={item}
            choice={props.choices.get(item.id) ?? DEFAULT_CHOICE[item.kind]}
            onChoice={props.onChoice}
          />
        ))}
      </ul>
      {items.length > shown.length && (
        <p class="muted">{t('libImportMore', String(items.length - shown.length))}</p>
      )}
    </div>
  );
}
