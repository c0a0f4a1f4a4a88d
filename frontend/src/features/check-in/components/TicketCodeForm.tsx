import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import styles from './TicketCodeForm.module.css';

const MIN_LENGTH = 8;
const MAX_LENGTH = 64;

/** For a ticket the camera cannot read: type the code printed under the QR code. */
export function TicketCodeForm({ pending, onTicket }: { pending: boolean; onTicket: (ticketToken: string) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      aria-labelledby="door-code-heading"
      onSubmit={(submitEvent) => {
        submitEvent.preventDefault();
        const token = code.replace(/\s+/g, '');
        if (token.length < MIN_LENGTH || token.length > MAX_LENGTH) {
          setError('Enter the ticket code shown under the QR code.');
          document.getElementById('door-code')?.focus();
          return;
        }
        setError(undefined);
        onTicket(token);
      }}
    >
      <h2 id="door-code-heading" className={styles.heading}>
        Ticket code
      </h2>
      <TextField
        id="door-code"
        label="Code"
        hint="Shown under the QR code on the attendee’s ticket."
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={code}
        error={error}
        onChange={(change) => {
          setCode(change.target.value);
        }}
      />
      <Button type="submit" variant="secondary" fullWidth loading={pending}>
        Check in ticket
      </Button>
    </form>
  );
}
