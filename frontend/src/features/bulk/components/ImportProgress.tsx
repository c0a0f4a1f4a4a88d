import type { ImportJob } from '@/lib/api/types';
import styles from './bulk.module.css';

/** How far an import has come, as a progress bar screen readers can read, and its counts so far. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const percent = job.totalRows === 0 ? 100 : Math.round((job.processedRows / job.totalRows) * 100);
  const done = job.state === 'COMPLETED';
  return (
    <section aria-labelledby="progress-heading" className={styles.section}>
      <h2 id="progress-heading" className={styles.heading}>
        {done ? 'Import complete' : 'Importing…'}
      </h2>
      <div
        role="progressbar"
        aria-label="Rows imported"
        aria-valuemin={0}
        aria-valuemax={job.totalRows}
        aria-valuenow={job.processedRows}
        aria-valuetext={`${job.processedRows} of ${job.totalRows} rows`}
        className={styles.bar}
      >
        <div className={styles.fill} style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite">
        {job.processedRows} of {job.totalRows} rows
      </p>
      <dl className={styles.counts}>
        <div>
          <dt>New accounts (invited)</dt>
          <dd>{job.created}</dd>
        </div>
        <div>
          <dt>Existing accounts</dt>
          <dd>{job.matched}</dd>
        </div>
        <div>
          <dt>Already registered</dt>
          <dd>{job.alreadyRegistered}</dd>
        </div>
        <div>
          <dt>Waitlisted</dt>
          <dd>{job.waitlisted}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{job.skipped}</dd>
        </div>
      </dl>
    </section>
  );
}
