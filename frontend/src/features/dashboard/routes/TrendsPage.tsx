import { useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { formatEventDay } from '@/lib/time/event-time';
import { useTrends } from '../api/get-trends';
import type { TrendsFilters } from '../api/keys';
import { BarsChart, COLORS } from '../components/BarsChart';
import { DataTable } from '../components/DataTable';
import { share } from '../components/format';
import { TrendsFilter, type TrendsForm } from '../components/TrendsFilter';
import styles from '../components/dashboard.module.css';

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function filtersOf(form: TrendsForm): TrendsFilters {
  return {
    city: form.city || undefined,
    from: form.from ? `${form.from}T00:00:00Z` : undefined,
    to: form.to ? `${nextDay(form.to)}T00:00:00Z` : undefined,
  };
}

const perAttendee = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Events over time: attendance (first-timers and returning), connections, follow-up, referrals; and who never comes. */
export function TrendsPage() {
  useDocumentTitle('Trends');
  const [params, setParams] = useSearchParams();
  const form: TrendsForm = { city: params.get('city') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const trends = useTrends(filtersOf(form));
  return (
    <div className={styles.page}>
      <PageHeading>Trends across events</PageHeading>
      <TrendsFilter
        key={`${form.city}/${form.from}/${form.to}`}
        value={form}
        onChange={(next) => {
          const query = new URLSearchParams();
          if (next.city) query.set('city', next.city);
          if (next.from) query.set('from', next.from);
          if (next.to) query.set('to', next.to);
          setParams(query, { replace: true });
        }}
      />
      <QueryBoundary query={trends} loading="Counting the figures…" errorTitle="We could not load the trends">
        {(data) => {
          if (data.events.length === 0) {
            return (
              <EmptyState title="No events to compare" actions={<ButtonLink to="/organizer/events">Manage events</ButtonLink>}>
                <p>No published or held event starts in this city and date range.</p>
              </EmptyState>
            );
          }
          const rows = data.events.map((event) => ({ ...event, day: formatEventDay(event.startsAt, 'UTC') }));
          return (
            <>
              <DataTable
                title="Events over time"
                fileName="trends"
                definition={data.definitions['events.attended']}
                empty="No events."
                rows={rows}
                rowKey={(event) => event.eventId}
                columns={[
                  { header: 'Event', value: (event) => event.title },
                  { header: 'Starts (UTC)', value: (event) => event.startsAt, show: (event) => event.day },
                  { header: 'City', value: (event) => event.city },
                  { header: 'Registered', value: (event) => event.registered },
                  { header: 'Attended', value: (event) => event.attended },
                  { header: 'First-timers', value: (event) => event.firstTimers },
                  { header: 'Returning', value: (event) => event.returning },
                  {
                    header: 'Connections per attendee',
                    value: (event) => event.connectionsPerAttendee,
                    show: (event) =>
                      event.connectionsPerAttendee === undefined ? '—' : perAttendee.format(event.connectionsPerAttendee),
                  },
                  { header: 'Follow-up done', value: (event) => event.followUpRate, show: (event) => share(event.followUpRate) },
                  { header: 'Referrals', value: (event) => event.referrals },
                ]}
                chart={
                  <BarsChart
                    data={rows}
                    category="day"
                    stacked
                    series={[
                      { key: 'firstTimers', label: 'First-timers', color: COLORS.accent },
                      { key: 'returning', label: 'Returning', color: COLORS.primary },
                    ]}
                  />
                }
              />
              <DataTable
                title="Registered often, never came"
                fileName="never-came"
                definition={data.definitions.neverCame}
                empty="Nobody held a seat at two ended events here without coming to one."
                rows={data.neverCame}
                rowKey={(absentee) => absentee.attendeeId}
                columns={[
                  { header: 'Physician', value: (absentee) => absentee.name },
                  { header: 'Seats held, none used', value: (absentee) => absentee.registrations },
                ]}
              />
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
