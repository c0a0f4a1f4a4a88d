import { useId, useState } from 'react';
import { Avatar } from '@/components/ui/Avatar';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { errorMessage } from '@/lib/api/error-message';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import type { PairSuggestion } from '@/lib/api/types';
import { useBrokerIntroduction } from '../api/broker-introduction';
import styles from './cards.module.css';

type Attendee = PairSuggestion['first'];

function who(attendee: Attendee): string {
  return [attendee.fullName, attendee.specialty.name, attendee.city].filter(Boolean).join(' · ');
}

/** A pair worth introducing, why, and "Broker introduction" with a reason both will read. */
export function PairSuggestionCard({ eventId, pair }: { eventId: string; pair: PairSuggestion }) {
  const broker = useBrokerIntroduction(eventId);
  const [open, setOpen] = useState(false);
  const form = useCheckedForm({
    formId: `broker-${useId()}`,
    fields: ['reason'],
    defaultValues: { reason: '' },
    validate: ({ reason }) =>
      reason.trim() === '' ? { reason: 'Say why the two should meet; both read it before answering.' } : {},
  });
  const propose = form.submit(({ reason }) => {
    broker.mutate(
      { partyAId: pair.first.attendeeId, partyBId: pair.second.attendeeId, reason: reason.trim() },
      {
        onError: (failure) => {
          form.setError('reason', {
            type: 'server',
            message: errorMessage(failure, 'We could not send the proposal. Check the connection and try again.'),
          });
        },
      },
    );
  });
  const names = `${pair.first.fullName} and ${pair.second.fullName}`;
  const introduced = broker.isSuccess ? 'PENDING' : pair.introduction;
  return (
    <article className={styles.card} aria-label={names}>
      <div className={styles.person}>
        <span className={styles.faces}>
          <Avatar name={pair.first.fullName} photoUrl={pair.first.photoUrl} size="small" />
          <Avatar name={pair.second.fullName} photoUrl={pair.second.photoUrl} size="small" />
        </span>
        <h2 className={styles.names}>
          <span>{who(pair.first)}</span>
          <span>{who(pair.second)}</span>
        </h2>
      </div>
      <ul className={styles.reasons} aria-label={`Why introduce ${names}`}>
        {pair.reasons.map((reason) => (
          <li key={`${reason.kind}:${reason.tag ?? ''}`}>{reason.text}</li>
        ))}
      </ul>
      {introduced === 'PENDING' && (
        <p role={broker.isSuccess ? 'status' : undefined}>
          <Badge tone="primary">Introduction proposed</Badge>
        </p>
      )}
      {introduced === 'ACCEPTED' && <Badge tone="success">Introduced</Badge>}
      {!introduced && !open && (
        <Button
          variant="secondary"
          aria-label={`Broker introduction: ${names}`}
          onClick={() => {
            form.reset({ reason: pair.reasons[0]?.text ?? '' });
            setOpen(true);
          }}
        >
          Broker introduction
        </Button>
      )}
      {!introduced && open && (
        <form noValidate className={styles.form} onSubmit={propose}>
          <TextAreaField
            {...form.field('reason')}
            label="Why should they meet?"
            hint="Required. Both see it with your proposal; each accepts or declines."
            rows={3}
            maxLength={500}
          />
          <div className={styles.actions}>
            <Button type="submit" loading={broker.isPending}>
              {broker.isPending ? 'Proposing…' : 'Propose introduction'}
            </Button>
            <Button variant="ghost" disabled={broker.isPending} onClick={() => {
                setOpen(false);
              }}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
