import { Button } from '@/components/ui/Button';
import { CodeField } from '@/components/ui/CodeField';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import styles from './TicketCodeForm.module.css';

/** Ten characters of Crockford base32; the server reads I and L as 1, O as 0, and ignores hyphens and spaces. */
const CODE_LENGTH = 10;

const codeOf = (typed: string) => typed.replace(/[\s-]+/g, '');

/** For a ticket the camera cannot read: type the code printed under the QR code. */
export function TicketCodeForm({ pending, onTicket }: { pending: boolean; onTicket: (ticketCode: string) => void }) {
  const form = useCheckedForm({
    formId: 'door',
    fields: ['code'],
    defaultValues: { code: '' },
    validate: ({ code }) => {
      return codeOf(code).length !== CODE_LENGTH
        ? { code: 'Enter the ticket code shown under the QR code: ten letters and digits, like 7K3QD-9XWMB.' }
        : {};
    },
  });
  return (
    <form
      noValidate
      aria-labelledby="door-code-heading"
      onSubmit={form.submit(({ code }) => {
        onTicket(codeOf(code));
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
