import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { errorMessage } from '@/lib/api/error-message';
import { useAskIntroduction } from '../api/ask-introduction';
import styles from './AskIntroductionForm.module.css';

const MAX_REASON = 500;

export function reasonProblem(reason: string): string | undefined {
  if (reason.trim() === '') return 'Say in a sentence why you want to meet; they will read it before answering.';
  if (reason.length > MAX_REASON) return `Keep the reason to ${MAX_REASON} characters.`;
  return undefined;
}

interface AskIntroductionFormProps {
  eventId: string;
  recipientId: string;
  recipientName: string;
  onSent: () => void;
  onCancel: () => void;
}

/** The short form behind "Ask for an introduction": one required reason, sent to the other person. */
export function AskIntroductionForm({ eventId, recipientId, recipientName, onSent, onCancel }: AskIntroductionFormProps) {
  const ask = useAskIntroduction(eventId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `reason-${useId().replace(/:/g, '')}`;
  return (
    <form
      noValidate
      className={styles.form}
      aria-label={`Ask to meet ${recipientName}`}
      onSubmit={(submit) => {
        submit.preventDefault();
        const problem = reasonProblem(reason);
        setError(problem);
        if (problem) {
          document.getElementById(id)?.focus();
          return;
        }
        ask.mutate(
          { recipientId, reason: reason.trim() },
          {
            onSuccess: onSent,
            onError: (failure) => {
              setError(errorMessage(failure, 'We could not send the request. Check the connection and try again.'));
            },
          },
        );
      }}
    >
      <TextAreaField
        id={id}
        label="Why do you want to meet?"
        hint={`Required. ${recipientName} sees it with your request.`}
        rows={3}
        maxLength={MAX_REASON}
        value={reason}
        error={error}
        autoFocus
        onChange={(change) => {
          setReason(change.target.value);
        }}
      />
      <div className={styles.actions}>
        <Button type="submit" loading={ask.isPending}>
          {ask.isPending ? 'Sending…' : 'Send request'}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={ask.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
