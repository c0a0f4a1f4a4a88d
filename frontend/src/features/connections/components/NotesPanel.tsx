import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Spinner } from '@/components/ui/Spinner';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { errorMessage } from '@/lib/api/error-message';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useAddNote } from '../api/add-note';
import { useNotes } from '../api/get-notes';
import styles from './NotesPanel.module.css';

const MAX_NOTE = 4000;

export function noteProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Write something before saving the note.';
  if (text.length > MAX_NOTE) return `Keep a note to ${MAX_NOTE} characters.`;
  return undefined;
}

/** The attendee's private notes on one connection: what to say plainly first, then the form, then the notes. */
export function NotesPanel({ connectionId, name }: { connectionId: string; name: string }) {
  const notes = useNotes(connectionId);
  const add = useAddNote(connectionId);
  const [saved, setSaved] = useState(false);
  const form = useCheckedForm({
    formId: 'note',
    fields: ['body'],
    defaultValues: { body: '' },
    validate: ({ body }) => {
      const problem = noteProblem(body);
      return problem ? { body: problem } : {};
    },
  });
  const body = form.field('body');
  const submit = form.submit((values) => {
    add.mutate(values.body.trim(), {
      onSuccess: () => {
        form.reset({ body: '' });
        setSaved(true);
      },
      onError: (failure) => {
        form.setError('body', {
          type: 'server',
          message: errorMessage(failure, 'We could not save the note. Check the connection and try again.'),
        });
      },
    });
  });

  const items = notes.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="notes-heading" className={styles.panel}>
      <h2 id="notes-heading">Private notes</h2>
      <Notice title="Only you will ever see these notes">
        <p>
          Not {name}, not the organizers, not any connected app. Write about your colleague (what you talked about, what
          they want referred, when to call), and never about a patient: no names, dates of birth or case details.
        </p>
      </Notice>
      <form
        noValidate
        className={styles.form}
        onSubmit={(event) => {
          setSaved(false);
          submit(event);
        }}
      >
        <TextAreaField
          {...body}
          label="New note"
          hint="About your colleague only. No patient information."
          maxLength={MAX_NOTE}
          onChange={(change) => {
            void body.onChange(change);
            setSaved(false);
          }}
        />
        <div className={styles.actions}>
          <Button type="submit" loading={add.isPending}>
            {add.isPending ? 'Saving…' : 'Save note'}
          </Button>
          <p role="status" className={styles.saved}>
            {saved ? 'Note saved.' : ''}
          </p>
        </div>
      </form>
      {notes.isPending ? (
        <Spinner label="Loading your notes…" />
      ) : notes.isLoadingError ? (
        <p role="alert" className={styles.error}>
          We could not load your notes.{' '}
          <Button variant="ghost" size="small" onClick={() => void notes.refetch()}>
            Try again
          </Button>
        </p>
      ) : items.length === 0 ? (
        <p className={styles.empty}>No notes yet.</p>
      ) : (
        <ul className={styles.notes} aria-label="Your notes">
          {items.map((note) => (
            <li key={note.id} className={styles.note}>
              <p className={styles.when}>{formatLocalMoment(note.createdAt)}</p>
              <p className={styles.body}>{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {notes.hasNextPage && (
        <Button variant="secondary" loading={notes.isFetchingNextPage} onClick={() => void notes.fetchNextPage()}>
          {notes.isFetchingNextPage ? 'Loading more…' : 'Older notes'}
        </Button>
      )}
    </section>
  );
}
