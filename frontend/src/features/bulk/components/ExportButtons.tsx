import { Button } from '@/components/ui/Button';
import { errorMessage } from '@/lib/api/error-message';
import { type ExportList, useDownloadExport } from '../api/download-export';
import styles from './bulk.module.css';

const LISTS: { list: ExportList; label: string }[] = [
  { list: 'registrations', label: 'Export registrations (CSV)' },
  { list: 'introductions', label: 'Export introductions (CSV)' },
  { list: 'follow-ups', label: 'Export follow-up outcomes (CSV)' },
];

/** Downloads the event's lists as spreadsheets: contact details only where attendees show them to organizers. */
export function ExportButtons({ eventId }: { eventId: string }) {
  const download = useDownloadExport(eventId);
  return (
    <section aria-labelledby="export-heading" className={styles.section}>
      <h2 id="export-heading" className={styles.heading}>
        Export
      </h2>
      <div className={styles.actions}>
        {LISTS.map(({ list, label }) => (
          <Button
            key={list}
            variant="secondary"
            loading={download.isPending && download.variables === list}
            onClick={() => { download.mutate(list); }}
          >
            {label}
          </Button>
        ))}
      </div>
      {download.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(download.error, 'We could not make the file. Please try again.')}
        </p>
      )}
    </section>
  );
}
