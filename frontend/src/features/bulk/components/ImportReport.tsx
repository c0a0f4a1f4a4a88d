import { LoadMore } from '@/components/ui/LoadMore';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { Table } from '@/components/ui/Table';
import type { ImportRow } from '@/lib/api/types';
import { useImportRows } from '../api/get-import-rows';

const OUTCOMES: Record<ImportRow['outcome'], string> = {
  PENDING: 'Not imported yet',
  CREATED: 'Registered, new account invited',
  MATCHED: 'Registered',
  ALREADY_REGISTERED: 'Already registered',
  WAITLISTED: 'Waitlisted',
  SKIPPED: 'Skipped',
};

export function outcomeText(row: ImportRow): string {
  if (row.outcome === 'SKIPPED') return `Skipped: ${row.reason ?? 'no reason given'}`;
  if (row.outcome === 'WAITLISTED' && row.accountCreated) return 'Waitlisted, new account invited';
  return OUTCOMES[row.outcome];
}

/** What became of each row of the file, in file order. */
export function ImportReport({ importId }: { importId: string }) {
  const rows = useImportRows(importId, { enabled: true });
  return (
    <QueryBoundary query={rows} loading="Loading the report…" errorTitle="We could not load the report">
      {(pages) => (
        <>
          <Table caption="Import report">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {pages.pages
                .flatMap((page) => page.items)
                .map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <td>{`${row.firstName} ${row.lastName}`.trim()}</td>
                    <td>{row.email}</td>
                    <td>{outcomeText(row)}</td>
                  </tr>
                ))}
            </tbody>
          </Table>
          <LoadMore query={rows} label="More rows" />
        </>
      )}
    </QueryBoundary>
  );
}
