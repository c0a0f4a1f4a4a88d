import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { OrganizerEventNav } from '@/components/navigation/OrganizerEventNav';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useEvent } from '@/entities/event/get-event';
import type { EventDashboard, RoundsEvent } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { localToRfc3339 } from '@/lib/time/zoned-time';
import { isLive, LIVE_REFRESH_MS, useEventDashboard } from '../api/get-event-dashboard';
import type { DashboardRange } from '../api/keys';
import { DateRangeFilter, type DayRange } from '../components/DateRangeFilter';
import { FollowUpSection } from '../components/FollowUpSection';
import { FunnelSection } from '../components/FunnelSection';
import { OutcomesSection } from '../components/OutcomesSection';
import { RegistrationSection } from '../components/RegistrationSection';
import { SpecialtiesSection } from '../components/SpecialtiesSection';
import styles from '../components/dashboard.module.css';

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Whole days in the event's zone as the API's [from, to) instants. */
function rangeOf(days: DayRange, timeZone: string): DashboardRange {
  return {
    from: days.from ? localToRfc3339(`${days.from}T00:00`, timeZone) : undefined,
    to: days.to ? localToRfc3339(`${nextDay(days.to)}T00:00`, timeZone) : undefined,
  };
}

function isBrandNew(dashboard: EventDashboard): boolean {
  const { registration, introductions } = dashboard;
  return registration.registered + registration.waitlisted + registration.cancelled + introductions.requested === 0;
}

/**
 * What one event produced: registration, the introduction funnel, follow-up, outcomes and specialties; `levers`
 * (what other features let the organizer do about it) follow the figures.
 */
export function EventDashboardPage({ levers }: { levers?: ReactNode }) {
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `Dashboard · ${event.data.title}` : 'Dashboard');
  return (
    <div className={styles.page}>
      <PageHeading>Dashboard{event.data ? `: ${event.data.title}` : ''}</PageHeading>
      <OrganizerEventNav eventId={eventId} current="dashboard" />
      <QueryBoundary query={event} loading="Loading the event…" errorTitle="We could not load this event">
        {(found) => <EventFigures event={found} />}
      </QueryBoundary>
      {levers}
    </div>
  );
}

function EventFigures({ event }: { event: RoundsEvent }) {
  const [params, setParams] = useSearchParams();
  const days: DayRange = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const dashboard = useEventDashboard(event.id, rangeOf(days, event.timeZone));
  return (
    <>
      <DateRangeFilter
        key={`${days.from}/${days.to}`}
        value={days}
        onChange={(range) => {
          const next = new URLSearchParams();
          if (range.from) next.set('from', range.from);
          if (range.to) next.set('to', range.to);
          setParams(next, { replace: true });
        }}
      />
      <QueryBoundary query={dashboard} loading="Counting the figures…" errorTitle="We could not load the figures">
        {(figures) =>
          isBrandNew(figures) ? (
            <EmptyState
              title="Nothing to count yet"
              actions={<Link to={`/organizer/events/${event.id}/registrations`}>Manage registrations</Link>}
            >
              <p>
                Nobody has registered for this event yet. Figures appear here as attendees register, ask for
                introductions and follow up.
              </p>
            </EmptyState>
          ) : (
            <>
              <p className={styles.asOf}>
                {isLive(figures) ? `Live: the figures refresh every ${LIVE_REFRESH_MS / 1000} seconds. ` : ''}
                Counted at{' '}
                {new Intl.DateTimeFormat('en-US', { timeZone: event.timeZone, hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(new Date(figures.asOf))}
                .
              </p>
              <RegistrationSection dashboard={figures} timeZone={event.timeZone} />
              <FunnelSection dashboard={figures} />
              <FollowUpSection dashboard={figures} />
              <OutcomesSection dashboard={figures} />
              <SpecialtiesSection dashboard={figures} />
            </>
          )
        }
      </QueryBoundary>
    </>
  );
}
