import { Button } from '@/components/ui/Button';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { WebhookSubscription } from '@/lib/api/types';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useCreateWebhookSubscription } from '../api/create-webhook-subscription';
import styles from './webhooks.module.css';

const KINDS = [
  ['event', 'Events'],
  ['registration', 'Registrations'],
  ['profile', 'Profiles'],
  ['introduction', 'Introductions'],
  ['follow_up_task', 'Follow-up tasks'],
] as const;
const OPERATIONS = ['created', 'updated', 'deleted'] as const;
export const EVENT_TYPES = KINDS.flatMap(([kind, label]) =>
  OPERATIONS.map((operation) => ({ value: `${kind}.${operation}`, label: `${label} ${operation}` })),
);

interface Values {
  url: string;
  description: string;
  eventTypes: string[];
}

/** Subscribe a receiver: its URL, what it wants to hear about, and a note saying whose it is. */
export function SubscriptionForm({ onCreated }: { onCreated: (subscription: WebhookSubscription) => void }) {
  const create = useCreateWebhookSubscription();
  const form = useCheckedForm<Values>({
    formId: 'new-webhook',
    fields: ['url', 'eventTypes', 'description'],
    defaultValues: { url: '', description: '', eventTypes: [] },
    fieldLabels: { url: 'The URL', eventTypes: 'The types' },
    validate: ({ url, eventTypes }) => ({
      ...(/^https?:\/\/\S+$/.test(url.trim()) ? {} : { url: 'Enter the receiver’s https URL.' }),
      ...(eventTypes.length > 0 ? {} : { eventTypes: 'Choose at least one type of change.' }),
    }),
  });
  const submit = form.submit(({ url, description, eventTypes }) => {
    create.mutate(
      { url: url.trim(), description: description.trim(), eventTypes },
      {
        onSuccess: (subscription) => {
          form.reset();
          onCreated(subscription);
        },
        onError: (failure) => {
          form.showServerError(failure);
        },
      },
    );
  });
  return (
    <form noValidate className={styles.form} aria-labelledby="new-webhook-title" onSubmit={submit}>
      <h2 id="new-webhook-title">New subscription</h2>
      <FormErrorSummary items={form.summary} />
      <TextField {...form.field('url')} label="Receiver URL" hint="https, on a public address" type="url" />
      <TextField {...form.field('description')} label="Description" hint="Optional: whose receiver this is" maxLength={500} />
      <CheckboxGroup
        id={form.fieldId('eventTypes')}
        legend="Types of change"
        error={form.errorOf('eventTypes')}
        options={EVENT_TYPES}
        values={form.values.eventTypes}
        onChange={(types) => {
          form.choose('eventTypes', types);
        }}
      />
      <Button type="submit" loading={create.isPending}>
        Subscribe
      </Button>
    </form>
  );
}
