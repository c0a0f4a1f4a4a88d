import { Link } from 'react-router';
import { Table } from '@/components/ui/Table';
import type { RoundsEvent } from '@/lib/api/types';
import { formatEventMoment } from '@/lib/time/event-time';
import { EventStatusBadge } from './EventStatusBadge';
import layout from '@/styles/layout.module.css';
import styles from './EventsTable.module.css';

export function EventsTable({ events }: { events: RoundsEvent[] }) {
  return (
    <Table caption="Events" stacked>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Starts</th>
          <th scope="col">Status</th>
          <th scope="col">Registered</th>
          <th scope="col">Waitlist</th>
          <th scope="col">
            <span className="visually-hidden">Pages</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <th scope="row" className={styles.event}>
              <Link to={`/organizer/events/${event.id}/edit`} className={layout.tapTarget}>{event.title}</Link>
              <span className={styles.city}>{event.city}</span>
            </th>
            <td className={styles.when} data-label="Starts">
              {formatEventMoment(event.startsAt, event.timeZone)}
            </td>
            <td data-label="Status">
              <EventStatusBadge status={event.status} />
            </td>
            <td data-label="Registered">
              {event.registeredCount} of {event.capacity}
            </td>
            <td data-label="Waitlist">{event.waitlistCount}</td>
            <td>
              <div className={styles.links}>
                <Link
                  to={`/organizer/events/${event.id}/registrations`}
                  className={layout.tapTarget}
                  aria-label={`Registrations for ${event.title}`}
                >
                  Registrations
                </Link>
                <Link
                  to={`/organizer/events/${event.id}/door`}
                  className={layout.tapTarget}
                  aria-label={`Door check-in for ${event.title}`}
                >
                  Door
                </Link>
                <Link
                  to={`/organizer/events/${event.id}/dashboard`}
                  className={layout.tapTarget}
                  aria-label={`Dashboard for ${event.title}`}
                >
                  Dashboard
                </Link>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
