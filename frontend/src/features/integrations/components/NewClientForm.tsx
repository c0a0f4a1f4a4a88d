import { Button } from '@/components/ui/Button';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { TextField } from '@/components/ui/TextField';
import type { IssuedIntegrationKey } from '@/lib/api/types';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useCreateIntegrationClient } from '../api/create-integration-client';
import styles from './Integrations.module.css';
import { SCOPE_OPTIONS, type Scope } from './scopes';

const MAX_NAME = 100;

interface NewClientValues {
  name: string;
  scopes: Scope[];
}

function validate(values: NewClientValues) {
  const name = values.name.trim();
  return {
    ...(name === '' ? { name: 'Name the integration, e.g. the CRM it is for.' } : {}),
    ...(name.length > MAX_NAME ? { name: `Use at most ${MAX_NAME} characters.` } : {}),
    ...(values.scopes.length === 0 ? { scopes: 'Choose at least one thing the integration may do.' } : {}),
  };
}

/** Name a client and tick what its key may do; the key comes back once, to {@link onIssued}. */
export function NewClientForm({ onIssued }: { onIssued: (issued: IssuedIntegrationKey) => void }) {
  const create = useCreateIntegrationClient();
  const form = useCheckedForm<NewClientValues>({
    formId: 'integration',
    fields: ['name', 'scopes'],
    defaultValues: { name: '', scopes: [] },
    validate,
    fieldLabels: { name: 'Name', scopes: 'Scopes' },
  });
  const submit = form.submit((values) => {
    create.mutate(
      { name: values.name.trim(), scopes: values.scopes },
      {
        onSuccess: (issued) => {
          form.reset({ name: '', scopes: [] });
          onIssued(issued);
        },
        onError: (failure) => {
          form.showServerError(failure);
        },
      },
    );
  });
  return (
    <form noValidate className={styles.form} onSubmit={submit} aria-labelledby="new-integration-heading">
      <h2 id="new-integration-heading">New integration</h2>
      <FormErrorSummary items={form.summary} />
      <TextField {...form.field('name')} label="Name" hint="Who will hold the key, e.g. “Harbor Eye CRM”." maxLength={MAX_NAME} />
      <CheckboxGroup
        id={form.fieldId('scopes')}
        legend="What the integration may do"
        hint="Give it only what it needs. No key ever reads private notes or referral reports."
        error={form.errorOf('scopes')}
        options={SCOPE_OPTIONS}
        values={form.values.scopes}
        onChange={(scopes) => {
          form.choose('scopes', scopes);
        }}
      />
      <div className={styles.actions}>
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </Button>
      </div>
    </form>
  );
}
