import { useId } from 'react';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { errorMessage } from '@/lib/api/error-message';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useAskIntroduction } from '../api/ask-introduction';
import styles from './cards.module.css';

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
  const form = useCheckedForm({
    formId: `ask-${useId()}`,
    fields: ['reason'],
    defaultValues: { reason: '' },
    validate: ({ reason }) => {
      const problem = reasonProblem(reason);
      return problem ? { reason: problem } : {};
    },
  });
  const submit = form.submit(({ reason }) => {
    ask.mutate(
      { recipientId, reason: reason.trim() },
      {
        onSuccess: onSent,
        onError: (failure) => {
          form.setError('reason', {
            type: 'server',
            message: errorMessage(failure, 'We could not send the request. Check the connection and try again.'),
          });
        },
      },
    );
  });
  return (
    <form noValidate className={styles.form} aria-label={`Ask to meet ${recipientName}`} onSubmit={submit}>
      <TextAreaField
        {...form.field('reason')}
        label="Why do you want to meet?"
        hint={`Required. ${recipientName} sees it with your request.`}
        rows={3}
        maxLength={MAX_REASON}
        autoFocus
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
