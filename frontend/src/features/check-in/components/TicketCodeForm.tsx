import { Button } from '@/components/ui/Button';
import { CodeField } from '@/components/ui/CodeField';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import styles from './TicketCodeForm.module.css';

const MIN_LENGTH = 8;
const MAX_LENGTH = 64;

/** The code as printed, without the spaces a reader may type between its groups. */
const tokenOf = (typed: string) => typed.replace(/\s+/g, '');

/** For a ticket the camera cannot read: type the code printed under the QR code. */
export function TicketCodeForm({ pending, onTicket }: { pending: boolean; onTicket: (ticketToken: string) => void }) {
  const form = useCheckedForm({
    formId: 'door',
    fields: ['code'],
    defaultValues: { code: '' },
    validate: ({ code }) => {
      const length = tokenOf(code).length;
      return length < MIN_LENGTH || length > MAX_LENGTH ? { code: 'Enter the ticket code shown under the QR code.' } : {};
    },
  });
  return (
    <form
      noValidate
      aria-labelledby="door-code-heading"
      onSubmit={form.submit(({ code }) => {
        onTicket(tokenOf(code));
      })}
    >
      <h2 id="door-code-heading" className={styles.heading}>
        Ticket code
      </h2>
      <CodeField
        {...form.field('code')}
        label="Code"
        hint="Shown under the QR code on the attendee’s ticket."
      />
      <Button type="submit" variant="secondary" fullWidth loading={pending}>
        Check in ticket
      </Button>
    </form>
  );
}
