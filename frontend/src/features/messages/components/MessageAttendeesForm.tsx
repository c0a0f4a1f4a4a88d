import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { TextField } from '@/components/ui/TextField';
import type { EventMessage } from '@/lib/api/types';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useSendEventMessage } from '../api/send-event-message';
import styles from './MessageAttendeesForm.module.css';

/** The API's limits (EventMessageRequest). */
export const SUBJECT_MAX = 150;
export const TEXT_MAX = 5000;

interface MessageValues {
  subject: string;
  text: string;
}

function validate(values: MessageValues) {
  const subject = values.subject.trim();
  const text = values.text.trim();
  return {
    ...(subject === '' ? { subject: 'Write a subject.' } : {}),
    ...(subject.length > SUBJECT_MAX ? { subject: `Use at most ${SUBJECT_MAX} characters.` } : {}),
    ...(text === '' ? { text: 'Write the message.' } : {}),
    ...(text.length > TEXT_MAX ? { text: `Use at most ${TEXT_MAX} characters.` } : {}),
  };
}

/** 128 random bits as hex; crypto.randomUUID would need a secure context, which a venue's plain-HTTP address is not. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function people(count: number): string {
  return count === 1 ? '1 attendee' : `${count.toLocaleString('en-US')} attendees`;
}

/**
 * Organizers write to everyone holding a seat at the event; each gets one mail. `seated` is the count the page
 * already knows, shown before sending; the answer says how many the mail actually goes to.
 */
export function MessageAttendeesForm({ eventId, seated }: { eventId: string; seated: number }) {
  const send = useSendEventMessage(eventId);
  const [sent, setSent] = useState<EventMessage>();
  // One key per composed message: sending again after a failure is a retry, after a success a new message.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const form = useCheckedForm<MessageValues>({
    formId: 'event-message',
    fields: ['subject', 'text'],
    defaultValues: { subject: '', text: '' },
    validate,
    fieldLabels: { subject: 'Subject', text: 'Message' },
  });
  const submit = form.submit((values) => {
    setSent(undefined);
    send.mutate(
      { message: { subject: values.subject.trim(), text: values.text.trim() }, idempotencyKey },
      {
        onSuccess: (message) => {
          setIdempotencyKey(newIdempotencyKey());
          form.reset({ subject: '', text: '' });
          setSent(message);
        },
        onError: (failure) => {
          form.showServerError(failure);
        },
      },
    );
  });
  return (
    <form noValidate className={styles.form} onSubmit={submit} aria-labelledby="message-heading">
      <h2 id="message-heading">Message the attendees</h2>
      <p>
        By email to the {people(seated)} holding a seat (registered or checked in), not to the waitlist. Those who
        switched event mails off in their preferences are left out.
      </p>
      {sent && (
        <Notice tone="success" live title="Message on its way">
          It goes to {people(sent.recipients)}, once each.
        </Notice>
      )}
      <FormErrorSummary items={form.summary} />
      <TextField {...form.field('subject')} label="Subject" maxLength={SUBJECT_MAX} />
      <TextAreaField
        {...form.field('text')}
        label="Message"
        hint="Plain text; line breaks are kept. Never write about patients."
        rows={6}
        maxLength={TEXT_MAX}
      />
      <div className={styles.actions}>
        <Button type="submit" loading={send.isPending} disabled={seated === 0}>
          {send.isPending ? 'Sending…' : `Send to ${people(seated)}`}
        </Button>
      </div>
    </form>
  );
}
