import { useState } from 'react';
import { useParams } from 'react-router';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { errorMessage } from '@/lib/api/error-message';
import type { CheckInRequest, RoundsEvent } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useCheckIn } from '../api/check-in';
import { useEvent } from '@/entities/event/get-event';
import { CheckInOutcome, type DoorOutcome } from '../components/CheckInOutcome';
import { useCheckInSummary } from '../api/get-check-in-summary';
import { DoorCount, LatestCheckIns } from '../components/DoorCount';
import { DoorNameSearch } from '../components/DoorNameSearch';
import { DoorScanner } from '../components/DoorScanner';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import { TicketCodeForm } from '../components/TicketCodeForm';
import { secretOf } from '@/lib/codes/links';
import styles from './DoorPage.module.css';

const REFUSALS = { 404: 'No ticket with this code for this event.', 400: 'This is not a Rounds ticket code.' };

export function DoorPage() {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Door · ${event.data.title}` : 'Door check-in');

  return (
    <QueryBoundary query={event} loading="Loading the event…" errorTitle="We could not load this event">
      {(found) => <Door event={found} />}
    </QueryBoundary>
  );
}

/**
 * Phone-sized: the live count, the answer to the last check-in, then the camera, the ticket code and the name search,
 * and the latest arrivals. The answer sits in the page's flow above the ways in, so it never covers a list.
 */
function Door({ event }: { event: RoundsEvent }) {
  const checkIn = useCheckIn(event.id);
  const open = event.status === 'PUBLISHED';
  const summary = useCheckInSummary(event.id, { live: open });
  const [outcome, setOutcome] = useState<DoorOutcome | undefined>();

  function send(request: CheckInRequest) {
    setOutcome(undefined);
    checkIn.mutate(request, {
      onSuccess: (result) => {
        setOutcome({ kind: result.alreadyCheckedIn ? 'already' : 'checked-in', registration: result.registration });
      },
      onError: (error) => {
        setOutcome({ kind: 'refused', message: errorMessage(error, undefined, REFUSALS) });
      },
    });
  }

  return (
    <div className={styles.door}>
      <div>
        <PageHeading>Door check-in</PageHeading>
        <p className={styles.event}>{event.title}</p>
      </div>
      <OrganizerEventNav eventId={event.id} current="door" />
      {!open && (
        <Notice tone="warning" title="Check-in is closed">
          <p>
            {event.status === 'DRAFT'
              ? 'Publish the event to open check-in.'
              : `This event is ${event.status === 'CANCELLED' ? 'cancelled' : 'over'}.`}
          </p>
        </Notice>
      )}
      <div>
        <DoorCount summary={summary.data} failed={summary.isError} />
        <div role="status" aria-live="assertive" aria-atomic="true" aria-label="Check-in result" className={styles.outcome}>
          {checkIn.isPending && <p className={styles.pending}>Checking in…</p>}
          {outcome && <CheckInOutcome outcome={outcome} />}
        </div>
      </div>
      {open && (
        <>
          <DoorScanner
            onTicket={(scanned) => {
              send({ ticketToken: secretOf('t', scanned) });
            }}
          />
          <TicketCodeForm
            pending={checkIn.isPending && checkIn.variables.ticketCode !== undefined}
            onTicket={(ticketCode) => {
              send({ ticketCode });
            }}
          />
          <DoorNameSearch
            eventId={event.id}
            busyId={checkIn.isPending ? checkIn.variables.registrationId : undefined}
            onCheckIn={(registration) => {
              send({ registrationId: registration.id });
            }}
          />
        </>
      )}
      <LatestCheckIns summary={summary.data} />
    </div>
  );
}
