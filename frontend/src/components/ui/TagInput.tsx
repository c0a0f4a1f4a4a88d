import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { Field } from './Field';
import fieldStyles from './Field.module.css';
import styles from './TagInput.module.css';

interface TagInputProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** A problem with the list as a whole, e.g. from the server. */
  error?: string | undefined;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Offered as one-press additions; those already in the list are left out. */
  suggestions?: readonly string[];
  /** Puts a typed tag into its stored form (e.g. trimmed, lower case). */
  normalise?: (raw: string) => string;
  /** Why a tag cannot be added, or undefined when it can. */
  check?: (tag: string, tags: readonly string[]) => string | undefined;
  onBlur?: () => void;
}

const SHOWN_SUGGESTIONS = 8;

/**
 * A list of short tags: type one and press Enter (or a comma) to add it, or pick a suggestion.
 * Each tag has its own remove button; additions and removals are announced.
 */
export function TagInput({
  id,
  label,
  hint,
  error,
  tags,
  onChange,
  suggestions = [],
  normalise = (raw) => raw.trim(),
  check,
  onBlur,
}: TagInputProps) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');

  function add(raw: string): boolean {
    const tag = normalise(raw);
    if (tag === '') return false;
    if (tags.includes(tag)) {
      setDraftError(`“${tag}” is already in the list.`);
      return false;
    }
    const problem = check?.(tag, tags);
    if (problem) {
      setDraftError(problem);
      return false;
    }
    onChange([...tags, tag]);
    setDraftError(undefined);
    setAnnouncement(`Added ${tag}.`);
    return true;
  }

  function remove(tag: string) {
    onChange(tags.filter((existing) => existing !== tag));
    setAnnouncement(`Removed ${tag}.`);
    document.getElementById(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      if (add(draft)) setDraft('');
    }
  }

  const typed = normalise(draft);
  const offered = suggestions
    .filter((suggestion) => !tags.includes(suggestion) && (typed === '' || suggestion.includes(typed)))
    .slice(0, SHOWN_SUGGESTIONS);
  const shownError = draftError ?? error;

  return (
    <Field id={id} label={label} hint={hint} error={shownError} className={styles.tagInput}>
      {(control) => (
        <>
          {tags.length > 0 && (
            <ul className={styles.tags} aria-label={label}>
              {tags.map((tag) => (
                <li key={tag} className={styles.tag}>
                  <span>{tag}</span>
                  <button
                    type="button"
                    className={styles.remove}
                    aria-label={`Remove ${tag}`}
                    onClick={() => {
                      remove(tag);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className={styles.entry}>
            <input
              {...control}
              type="text"
              className={fieldStyles.input}
              value={draft}
              enterKeyHint="done"
              autoComplete="off"
              onChange={(event) => {
                setDraft(event.target.value);
                if (draftError) setDraftError(undefined);
              }}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            <button
              type="button"
              className={styles.addButton}
              aria-label={`Add to ${label}`}
              onClick={() => {
                if (add(draft)) setDraft('');
                document.getElementById(id)?.focus();
              }}
            >
              Add
            </button>
          </div>
          {offered.length > 0 && (
            <div className={styles.suggestions}>
              <p className={styles.suggestionsTitle}>Suggestions</p>
              <ul className={styles.suggestionList}>
                {offered.map((suggestion) => (
                  <li key={suggestion}>
                    <button
                      type="button"
                      className={styles.suggestion}
                      aria-label={`Add ${suggestion} to ${label}`}
                      onClick={() => {
                        add(suggestion);
                      }}
                    >
                      + {suggestion}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </>
      )}
    </Field>
  );
}
