import { useState } from 'react';
import { Avatar } from '@/components/ui/Avatar';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import type { Suggestion } from '@/lib/api/types';
import { AskIntroductionForm } from './AskIntroductionForm';
import styles from './cards.module.css';

function practice(suggestion: Suggestion): string {
  const { attendee } = suggestion;
  const specialty = attendee.subspecialty
    ? `${attendee.specialty.name} (${attendee.subspecialty.name})`
    : attendee.specialty.name;
  return [specialty, attendee.practiceName, attendee.city].filter(Boolean).join(' · ');
}

interface SuggestionCardProps {
  eventId: string;
  suggestion: Suggestion;
  /** No requests left at this event: asking is not offered. */
  capReached: boolean;
}

/** One person worth meeting, why, and a one-tap request. */
export function SuggestionCard({ eventId, suggestion, capReached }: SuggestionCardProps) {
  const { attendee } = suggestion;
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const name = attendee.credentials.length > 0 ? `${attendee.fullName}, ${attendee.credentials.join(', ')}` : attendee.fullName;
  const introduction = sent ? 'PENDING' : suggestion.introduction;
  return (
    <article className={styles.card} aria-label={attendee.fullName}>
      <div className={styles.person}>
        <Avatar name={attendee.fullName} photoUrl={attendee.photoUrl} />
        <div className={styles.personBody}>
          <h3 className={styles.name}>{name}</h3>
          <p className={styles.practice}>{practice(suggestion)}</p>
        </div>
      </div>
      <ul className={styles.reasons} aria-label={`Why meet ${attendee.fullName}`}>
        {suggestion.reasons.map((reason) => (
          <li key={`${reason.kind}:${reason.tag ?? ''}`}>{reason.text}</li>
        ))}
      </ul>
      {introduction === 'PENDING' && (
        <p role={sent ? 'status' : undefined}>
          <Badge tone="primary">Request sent</Badge> {sent ? `${attendee.fullName} will be told.` : ''}
        </p>
      )}
      {introduction === 'ACCEPTED' && <Badge tone="success">Introduced</Badge>}
      {!introduction &&
        (asking ? (
          <AskIntroductionForm
            eventId={eventId}
            recipientId={attendee.attendeeId}
            recipientName={attendee.fullName}
            onSent={() => {
              setSent(true);
              setAsking(false);
            }}
            onCancel={() => {
              setAsking(false);
            }}
          />
        ) : (
          <Button
            disabled={capReached}
            aria-label={`Ask for an introduction to ${attendee.fullName}`}
            onClick={() => {
              setAsking(true);
            }}
          >
            Ask for an introduction
          </Button>
        ))}
    </article>
  );
}
