import { type SyntheticEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import styles from './dashboard.module.css';

/** First and last day (YYYY-MM-DD, both included) in the event's time zone; empty for no bound. */
export interface DayRange {
  from: string;
  to: string;
}

interface DateRangeFilterProps {
  value: DayRange;
  onChange: (range: DayRange) => void;
}

/** Narrows the check-ins and the follow-up tasks (the figures the API can narrow) to some days. */
export function DateRangeFilter({ value, onChange }: DateRangeFilterProps) {
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [error, setError] = useState<string>();

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    if (from && to && to < from) {
      setError('The last day must not be before the first day.');
      return;
    }
    setError(undefined);
    onChange({ from, to });
  }

  return (
    <form className={styles.range} onSubmit={apply} aria-label="Date range" noValidate>
      <p className={styles.rangeHint}>Narrows the check-ins and the follow-up tasks (by due day).</p>
      <div className={styles.rangeFields}>
        <TextField
          id="dashboard-from"
          label="First day"
          type="date"
          value={from}
          onChange={(event) => {
            setFrom(event.target.value);
          }}
        />
        <TextField
          id="dashboard-to"
          label="Last day"
          type="date"
          value={to}
          error={error}
          onChange={(event) => {
            setTo(event.target.value);
          }}
        />
        <div className={styles.rangeActions}>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {(value.from || value.to) && (
            <Button
              variant="ghost"
              onClick={() => {
                setFrom('');
                setTo('');
                setError(undefined);
                onChange({ from: '', to: '' });
              }}
            >
              Clear dates
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
