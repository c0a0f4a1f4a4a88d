import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Table } from '@/components/ui/Table';
import { type CsvCell, csvBlob } from '@/lib/files/csv';
import { saveBlob } from '@/lib/files/save-blob';
import { Definition } from './Figures';
import styles from './dashboard.module.css';

export interface Column<R> {
  header: string;
  /** What the cell exports; also what it shows unless `show` says otherwise. */
  value: (row: R) => CsvCell;
  show?: (row: R) => ReactNode;
}

interface DataTableProps<R> {
  /** Heading and caption of the table, and the name of its CSV file. */
  title: string;
  rows: R[];
  rowKey: (row: R) => string;
  /** The first column names the row (th scope="row"). */
  columns: [Column<R>, ...Column<R>[]];
  definition?: string | undefined;
  /** The same figures drawn; hidden from assistive technology, which reads the table instead. */
  chart?: ReactNode;
  empty: string;
  fileName: string;
}

/** One set of figures as a chart, as an accessible table, and as a CSV download of that table. */
export function DataTable<R>({ title, rows, rowKey, columns, definition, chart, empty, fileName }: DataTableProps<R>) {
  const [first, ...rest] = columns;
  return (
    <section className={styles.block} aria-label={title}>
      <div className={styles.blockHeader}>
        <h3>
          {title}
          <Definition label={title} text={definition} />
        </h3>
        {rows.length > 0 && (
          <Button
            variant="secondary"
            size="small"
            aria-label={`Export as CSV: ${title}`}
            onClick={() => {
              saveBlob(
                csvBlob(
                  columns.map((column) => column.header),
                  rows.map((row) => columns.map((column) => column.value(row))),
                ),
                `${fileName}.csv`,
              );
            }}
          >
            Export as CSV
          </Button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <>
          {chart && (
            <div className={styles.chart} aria-hidden="true">
              {chart}
            </div>
          )}
          <Table caption={title}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  <th scope="row">{first.show ? first.show(row) : first.value(row)}</th>
                  {rest.map((column) => (
                    <td key={column.header}>{column.show ? column.show(row) : column.value(row)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
