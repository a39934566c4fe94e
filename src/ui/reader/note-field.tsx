import { useEffect, useState } from 'preact/hooks';

/**
 * A textarea that saves when it loses focus (or on Ctrl/Cmd+Enter), not on every keystroke:
 * each save bumps `updatedAt`, which decides which copy wins when a backup is imported.
 */
export function NoteField(props: {
  label: string;
  value: string;
  testId?: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  // Reads the field itself, not `draft`: a blur can arrive before the re-render for the last
  // keystroke, when `draft` in this closure is one edit behind.
  const save = (value: string) => {
    if (value !== props.value) props.onSave(value);
  };
  return (
    <label class="note-field">
      <span>{props.label}</span>
      <textarea
        rows={3}
        value={draft}
        data-testid={props.testId}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={(e) => save((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey))
            save((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
    </label>
  );
}
