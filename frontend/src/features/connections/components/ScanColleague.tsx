import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { QrScanner } from '@/components/ui/QrScanner';
import { CodeField } from '@/components/ui/CodeField';
import { ApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/api/error-message';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import type { Connection } from '@/lib/api/types';
import { useScanConnectCode } from '../api/scan-connect-code';
import styles from './ScanColleague.module.css';

export function scanRefusal(error: unknown): string {
  if (error instanceof ApiError) {
    const about = error.errors.find((fieldError) => fieldError.field === 'code');
    if (about) return `This code ${about.message}.`;
  }
  return errorMessage(error);
}

/** Reads a colleague's connect code with the camera, or takes it typed, and connects the two at once. */
export function ScanColleague() {
  const scan = useScanConnectCode();
  const form = useCheckedForm({
    formId: 'connect',
    fields: ['code'],
    defaultValues: { code: '' },
    validate: ({ code }) => (code.trim() === '' ? { code: 'Enter the code shown under your colleague’s QR code.' } : {}),
  });
  const [connected, setConnected] = useState<Connection | undefined>();

  function send(code: string) {
    setConnected(undefined);
    scan.mutate(code, {
      onSuccess: (connection) => {
        setConnected(connection);
        form.reset({ code: '' });
      },
    });
  }

  return (
    <div className={styles.scan}>
      <QrScanner
        startLabel="Scan a colleague’s code"
        hint="Hold their connect QR code in the frame."
        fallback="type the code shown under their QR code"
        onCode={send}
      />
      <form
        noValidate
        className={styles.form}
        onSubmit={form.submit(({ code }) => {
          send(code.trim());
        })}
      >
        <CodeField
          {...form.field('code')}
          label="Their code"
          hint="No camera? Type the code shown under their QR code."
        />
        <Button type="submit" variant="secondary" fullWidth loading={scan.isPending}>
          {scan.isPending ? 'Connecting…' : 'Connect'}
        </Button>
      </form>
      <div role="status" aria-live="assertive" aria-atomic="true" aria-label="Scan result">
        {connected && (
          <Notice tone="success" title={`Connected with ${connected.person.fullName}`}>
            <p>
              <Link to={`/connections/${connected.id}`}>Open the connection</Link> to add a private note or save their
              contact card.
            </p>
          </Notice>
        )}
        {scan.isError && (
          <Notice tone="warning" title="Not connected">
            <p>{scanRefusal(scan.error)}</p>
          </Notice>
        )}
      </div>
    </div>
  );
}
