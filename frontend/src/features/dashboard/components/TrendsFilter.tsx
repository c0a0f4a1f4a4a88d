import { type SyntheticEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import styles from './dashboard.module.css';

/** City and first and last day (YYYY-MM-DD, UTC, both included), as kept in the page's query string. */
export interface TrendsForm {
  city: string;
  from: string;
  to: string;
}

/** Narrows the trends to one city and to events starting in some days. */
export function TrendsFilter({ value, onChange }: { value: TrendsForm; onChange: (next: TrendsForm) => void }) {
  const [form, setForm] = useState(value);
  const [error, setError] = useState<string>();

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    if (form.from && form.to && form.to < form.from) {
      setError('The last day must not be before the first day.');
      return;
    }
    setError(undefined);
    onChange({ ...form, city: form.city.trim() });
  }

  return (
    <form className={styles.range} onSubmit={apply} aria-label="Filter events" noValidate>
      <div className={styles.rangeFields}>
        <TextField
          id="trends-city"
          label="City"
          value={form.city}
          maxLength={100}
          onChange={(event) => {
            setForm({ ...form, city: event.target.value });
          }}
        />
        <TextField
          id="trends-from"
          label="First day"
          type="date"
          value={form.from}
          onChange={(event) => {
            setForm({ ...form, from: event.target.value });
          }}
        />
        <TextField
          id="trends-to"
          label="Last day"
          type="date"
          value={form.to}
          error={error}
          onChange={(event) => {
            setForm({ ...form, to: event.target.value });
          }}
        />
        <div className={styles.rangeActions}>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </div>
      </div>
    </form>
  );
}
