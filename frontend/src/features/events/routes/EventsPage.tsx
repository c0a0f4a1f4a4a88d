import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import type { EventFilters } from '../api/keys';
import { EventResults } from '../components/EventResults';
import { EventSearchForm } from '../components/EventSearchForm';
import styles from './EventsPage.module.css';

const FILTER_NAMES = ['q', 'city', 'from', 'to'] as const;

function filtersFrom(params: URLSearchParams): EventFilters {
  return {
    q: params.get('q') ?? '',
    city: params.get('city') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

function paramsFrom(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  return params;
}

export function EventsPage() {
  useDocumentTitle('Events');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const filtered = FILTER_NAMES.some((name) => filters[name] !== '');

  return (
    <>
      <PageHeading>Events</PageHeading>
      <p className={styles.lead}>Upcoming networking evenings for physicians. Register to get your door ticket.</p>
      {/* Keyed by the query so that Back, or clearing the filters, resets what the form shows. */}
      <EventSearchForm
        key={searchParams.toString()}
        filters={filters}
        onSearch={(next) => {
          setSearchParams(paramsFrom(next));
        }}
      />
      {filtered && (
        <p className={styles.clear}>
          <Link to="/events">Clear filters</Link>
        </p>
      )}
      <EventResults filters={filters} filtered={filtered} />
    </>
  );
}
