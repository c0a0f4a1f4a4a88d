import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { FilterTabs } from '@/components/ui/FilterTabs';
import { TextField } from '@/components/ui/TextField';
import { errorMessage } from '@/lib/api/error-message';
import type { Registration, RegistrationStatus, RoundsEvent } from '@/lib/api/types';
import { useRegistrations } from '@/entities/registration/get-registrations';
import { useUpdateRegistration } from '../api/update-registration';
import styles from './RegistrationsManager.module.css';
import { RegistrationList } from './RegistrationList';

const TABS: { status: RegistrationStatus; label: string; empty: string }[] = [
  { status: 'REGISTERED', label: 'Registered', empty: 'Nobody holds a seat yet.' },
  { status: 'WAITLISTED', label: 'Waitlisted', empty: 'Nobody is waiting for a seat.' },
  { status: 'CHECKED_IN', label: 'Checked in', empty: 'Nobody has been checked in yet.' },
  { status: 'CANCELLED', label: 'Cancelled', empty: 'No registration has been cancelled.' },
  { status: 'NO_SHOW', label: 'No-shows', empty: 'Nobody is marked as a no-show.' },
];

/** The event's registrations by status and name, with the waitlist and removal actions. */
export function RegistrationsManager({ event }: { event: RoundsEvent }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = TABS.find((candidate) => candidate.status === searchParams.get('status')) ?? TABS[0];
  const status = tab?.status ?? 'REGISTERED';
  const q = searchParams.get('q') ?? '';
  const [query, setQuery] = useState(q);
  const registrations = useRegistrations(event.id, { status, q });
  const update = useUpdateRegistration(event.id);
  const [removing, setRemoving] = useState<Registration | undefined>();
  const [news, setNews] = useState<{ text: string; error: boolean } | undefined>();
  const newsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (news) newsRef.current?.focus();
  }, [news]);

  const href = (next: RegistrationStatus) => {
    const params = new URLSearchParams({ status: next });
    if (q) params.set('q', q);
    return `?${params.toString()}`;
  };

  function promote(registration: Registration) {
    update.mutate(
      { registrationId: registration.id, status: 'REGISTERED' },
      {
        onSuccess: () => {
          setNews({ text: `${registration.attendeeName} moved off the waitlist and now has a seat.`, error: false });
        },
        onError: (error) => {
          setNews({ text: errorMessage(error, 'We could not reach Rounds. Please try again.'), error: true });
        },
      },
    );
  }

  function remove(registration: Registration) {
    update.mutate(
      { registrationId: registration.id, status: 'CANCELLED' },
      {
        onSuccess: () => {
          setRemoving(undefined);
          setNews({ text: `${registration.attendeeName} was removed and has been told.`, error: false });
        },
      },
    );
  }

  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading" className={styles.heading}>
        Attendees
      </h2>
      <FilterTabs
        label="Registration status"
        tabs={TABS.map((candidate) => ({
          label: candidate.label,
          to: href(candidate.status),
          selected: candidate.status === status,
        }))}
      />
      <form
        role="search"
        aria-label="Search attendees by name"
        className={styles.search}
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          const params = new URLSearchParams({ status });
          if (query.trim()) params.set('q', query.trim());
          setSearchParams(params, { replace: true });
        }}
      >
        <TextField
          id="registration-search"
          label="Name"
          type="search"
          value={query}
          onChange={(change) => {
            setQuery(change.target.value);
          }}
          className={styles.searchField}
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <div ref={newsRef} tabIndex={-1} role="status" className={styles.news}>
        {news && <p className={news.error ? styles.error : styles.ok}>{news.text}</p>}
      </div>
      <RegistrationList
        registrations={registrations}
        caption={`${tab?.label ?? 'Registrations'}${q ? ` matching “${q}”` : ''}`}
        empty={
          q
            ? { title: `Nobody named “${q}” here`, text: 'Check the spelling, or look under another status.' }
            : { title: 'Nobody here yet', text: tab?.empty ?? '' }
        }
        seatFree={event.seatsLeft > 0}
        busyId={update.isPending && !removing ? update.variables.registrationId : undefined}
        onPromote={promote}
        onRemove={(registration) => {
          update.reset();
          setRemoving(registration);
        }}
      />
      {status === 'WAITLISTED' && event.seatsLeft <= 0 && (
        <p className={styles.hint}>Every seat is taken: raise the capacity to move people off the waitlist.</p>
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title={`Remove ${removing?.attendeeName ?? 'this attendee'}?`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        pending={update.isPending}
        error={update.isError ? errorMessage(update.error, 'We could not reach Rounds. Please try again.') : undefined}
        onConfirm={() => {
          if (removing) remove(removing);
        }}
        onClose={() => {
          setRemoving(undefined);
          update.reset();
        }}
      >
        <p>Their registration is cancelled and they are told. A freed seat goes to the first person on the waitlist.</p>
      </ConfirmDialog>
    </section>
  );
}
