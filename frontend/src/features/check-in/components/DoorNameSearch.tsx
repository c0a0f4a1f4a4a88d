import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { TextField } from '@/components/ui/TextField';
import type { Registration } from '@/lib/api/types';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useRegistrations } from '@/entities/registration/get-registrations';
import { DoorPerson } from './DoorPerson';
import styles from './DoorNameSearch.module.css';

const MIN_QUERY = 2;

function standing(registration: Registration): string {
  switch (registration.status) {
    case 'CHECKED_IN':
      return registration.checkedInAt ? `Checked in at ${formatLocalMoment(registration.checkedInAt)}` : 'Checked in';
    case 'WAITLISTED':
      return 'On the waitlist: no seat';
    case 'NO_SHOW':
      return 'Marked as a no-show';
    default:
      return 'Registered';
  }
}

interface DoorNameSearchProps {
  eventId: string;
  busyId: string | undefined;
  onCheckIn: (registration: Registration) => void;
}

/** For a guest without their ticket: find them by part of their name and check them in. */
export function DoorNameSearch({ eventId, busyId, onCheckIn }: DoorNameSearchProps) {
  const [name, setName] = useState('');
  const query = useDebouncedValue(name.trim());
  const searching = query.length >= MIN_QUERY;
  const found = useRegistrations(eventId, { status: undefined, q: query }, { enabled: searching });
  const people = (found.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (registration) => registration.status !== 'CANCELLED',
  );

  let results;
  if (!searching) results = null;
  else if (found.isPending) results = <Spinner label="Searching…" />;
  else if (found.isError) results = <p role="alert">We could not search. Check the connection and try again.</p>;
  else if (people.length === 0) results = <p>Nobody registered matches “{query}”.</p>;
  else {
    results = (
      <ul className={styles.people} aria-label="People found">
        {people.map((registration) => (
          <li key={registration.id} className={styles.person}>
            <DoorPerson registration={registration} standing={standing(registration)} />
            {(registration.status === 'REGISTERED' || registration.status === 'CHECKED_IN') && (
              <Button
                variant={registration.status === 'REGISTERED' ? 'primary' : 'secondary'}
                loading={busyId === registration.id}
                aria-label={`Check in ${registration.attendeeName}`}
                onClick={() => {
                  onCheckIn(registration);
                }}
              >
                Check in
              </Button>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="door-name-heading">
      <h2 id="door-name-heading" className={styles.heading}>
        Search by name
      </h2>
      <TextField
        id="door-name"
        label="Name"
        hint={`At least ${MIN_QUERY} letters of the first or last name.`}
        type="search"
        autoComplete="off"
        value={name}
        onChange={(change) => {
          setName(change.target.value);
        }}
      />
      <div aria-live="polite">{results}</div>
    </section>
  );
}
