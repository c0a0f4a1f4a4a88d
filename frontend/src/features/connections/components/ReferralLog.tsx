import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextField } from '@/components/ui/TextField';
import { ApiError } from '@/lib/api/api-error';
import type { ReferralReport } from '@/lib/api/types';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useReferralReports } from '../api/get-referral-reports';
import { useRecordReferralReport } from '../api/record-referral-report';
import styles from './ReferralLog.module.css';

type Direction = ReferralReport['direction'];

function thisMonth(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function monthLabel(month: string): string {
  const [year = '2000', number = '1'] = month.split('-');
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(number) - 1, 1)),
  );
}

/** Counts of referrals sent and received, by month: numbers and a procedure tag, never anything about a patient. */
export function ReferralLog({ connectionId, name }: { connectionId: string; name: string }) {
  const reports = useReferralReports(connectionId);
  const record = useRecordReferralReport(connectionId);
  const form = useCheckedForm<{ direction: Direction; month: string; count: string; procedureTag: string }>({
    formId: 'referral',
    fields: ['direction', 'month', 'count', 'procedureTag'],
    defaultValues: { direction: 'RECEIVED', month: thisMonth(), count: '1', procedureTag: '' },
    validate: ({ count }) => {
      const howMany = Number(count);
      return Number.isInteger(howMany) && howMany >= 1 && howMany <= 500
        ? {}
        : { count: 'Enter a whole number from 1 to 500.' };
    },
  });
  const submit = form.submit(({ direction, month, count, procedureTag }) => {
    record.mutate(
      { month, count: Number(count), direction, ...(procedureTag ? { procedureTag } : {}) },
      {
        onError: (failure) => {
          form.setError('count', {
            type: 'server',
            message:
              failure instanceof ApiError && failure.status === 400
                ? (failure.errors[0]?.message ?? failure.detail ?? 'This report cannot be saved.')
                : 'We could not save the report. Try again.',
          });
        },
      },
    );
  });

  return (
    <section aria-labelledby="referrals-heading" className={styles.panel}>
      <h2 id="referrals-heading">Referral log</h2>
      <Notice title="Never patient data">
        <p>
          Record only how many referrals went between you and {name}, and when. No names, dates of birth or case details:
          there is no place for them here, on purpose. Only you see this log.
        </p>
      </Notice>
      <form noValidate className={styles.form} onSubmit={submit}>
        <SelectField {...form.field('direction')} label="Direction">
          <option value="RECEIVED">Received from {name}</option>
          <option value="SENT">Sent to {name}</option>
        </SelectField>
        <TextField {...form.field('month')} label="Month" type="month" max={thisMonth()} />
        <TextField {...form.field('count')} label="How many" type="number" inputMode="numeric" min={1} max={500} />
        <SelectField {...form.field('procedureTag')} label="Procedure (optional)">
          <option value="">Not recorded</option>
          {(reports.data?.procedureTags ?? []).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <Button type="submit" loading={record.isPending}>
          {record.isPending ? 'Saving…' : 'Record referrals'}
        </Button>
        <p role="status" className={styles.saved}>
          {record.isSuccess ? 'Recorded.' : ''}
        </p>
      </form>
      {reports.isPending ? (
        <Spinner label="Loading your referral log…" />
      ) : reports.isError ? (
        <p role="alert">We could not load your referral log.</p>
      ) : reports.data.items.length === 0 ? (
        <p className={styles.empty}>No referrals recorded yet.</p>
      ) : (
        <ul className={styles.reports} aria-label="Recorded referrals">
          {reports.data.items.map((report) => (
            <li key={report.id}>
              {monthLabel(report.month)}: {report.count} {report.direction === 'SENT' ? 'sent' : 'received'}
              {report.procedureTag ? ` · ${report.procedureTag}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
