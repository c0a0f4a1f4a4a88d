import { type SubmitEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import type { EventFilters } from '../api/keys';
import styles from './EventSearchForm.module.css';

interface EventSearchFormProps {
  filters: EventFilters;
  onSearch: (filters: EventFilters) => void;
}

/** Free text, city and a date range; the page keeps what is sent in its query string. */
export function EventSearchForm({ filters, onSearch }: EventSearchFormProps) {
  const [values, setValues] = useState(filters);
  const [rangeError, setRangeError] = useState<string | undefined>();

  function change(field: keyof EventFilters) {
    return (event: { target: { value: string } }) => {
      const next = { ...values, [field]: event.target.value };
      setValues(next);
      if (rangeError && !rangeProblem(next)) setRangeError(undefined);
    };
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = rangeProblem(values);
    setRangeError(problem);
    if (problem) {
      document.getElementById('event-search-to')?.focus();
      return;
    }
    onSearch({ q: values.q.trim(), city: values.city.trim(), from: values.from, to: values.to });
  }

  return (
    <form role="search" aria-label="Find events" noValidate onSubmit={submit} className={styles.form}>
      <TextField
        id="event-search-q"
        label="Search"
        hint="Title, venue or topic"
        type="search"
        value={values.q}
        onChange={change('q')}
        className={styles.wide}
      />
      <TextField
        id="event-search-city"
        label="City"
        value={values.city}
        onChange={change('city')}
        autoComplete="address-level2"
      />
      <TextField id="event-search-from" label="From" type="date" value={values.from} onChange={change('from')} />
      <TextField
        id="event-search-to"
        label="To"
        type="date"
        value={values.to}
        min={values.from || undefined}
        onChange={change('to')}
        error={rangeError}
      />
      <div className={styles.actions}>
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}

function rangeProblem({ from, to }: EventFilters): string | undefined {
  return from && to && to < from ? 'Choose an end date on or after the start date.' : undefined;
}
