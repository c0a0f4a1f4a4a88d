import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary, type SummaryItem } from '@/components/ui/FormErrorSummary';
import { SelectField } from '@/components/ui/SelectField';
import { Table } from '@/components/ui/Table';
import { TextField } from '@/components/ui/TextField';
import { errorMessage } from '@/lib/api/error-message';
import { useStartImport } from '../api/start-import';
import {
  type ColumnMapping,
  type CsvPreview,
  defaultMapping,
  IMPORT_FIELDS,
  readPreview,
  unmappedFields,
} from '../csv-preview';
import styles from './bulk.module.css';

/** Pick a CSV file, see its first rows, say which column holds what, and start the import. */
export function ImportForm({ eventId, onStarted }: { eventId: string; onStarted: (importId: string) => void }) {
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<CsvPreview>();
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const start = useStartImport(eventId);

  async function choose(chosen: File | undefined) {
    setFile(chosen);
    setPreview(undefined);
    setProblems([]);
    if (!chosen) return;
    try {
      const read = await readPreview(chosen);
      setPreview(read);
      setMapping(defaultMapping(read.columns));
    } catch {
      setProblems([{ fieldId: 'import-file', message: 'This file could not be read. Choose a CSV file.' }]);
    }
  }

  function submit() {
    if (!file || !mapping) {
      setProblems([{ fieldId: 'import-file', message: 'Choose the CSV file to import.' }]);
      return;
    }
    const missing = unmappedFields(mapping);
    if (missing.length > 0) {
      setProblems(
        missing.map((field) => ({ fieldId: `column-${field.key}`, message: `Choose the column that holds ${field.label}.` })),
      );
      return;
    }
    setProblems([]);
    start.mutate({ file, mapping }, { onSuccess: (job) => { onStarted(job.id); } });
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <FormErrorSummary items={problems} />
      <TextField
        id="import-file"
        label="CSV file"
        type="file"
        accept=".csv,text/csv"
        className={styles.file}
        hint="An attendee list with a header row, e.g. Eventbrite's attendee export, saved as CSV UTF-8."
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {preview?.notUtf8 && (
        <p role="alert" className={styles.error}>
          This file does not look like UTF-8 text: save it as “CSV UTF-8” in your spreadsheet and choose it again.
        </p>
      )}
      {preview && mapping && (
        <>
          <h2 className={styles.heading}>Which column holds what</h2>
          <div className={styles.mapping}>
            {IMPORT_FIELDS.map((field) => (
              <SelectField
                key={field.key}
                id={`column-${field.key}`}
                label={field.label}
                value={mapping[field.key]}
                onChange={(event) => { setMapping({ ...mapping, [field.key]: event.target.value }); }}
              >
                <option value="">Choose a column</option>
                {preview.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          <h2 className={styles.heading}>The first rows</h2>
          <Table caption="The first rows of the file">
            <thead>
              <tr>
                {preview.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, index) => (
                // The preview rows have nothing but their place to tell them apart.
                <tr key={index}>
                  {preview.columns.map((column, cell) => (
                    <td key={column}>{row[cell] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      {start.isError && (
        <p role="alert" className={styles.error}>
          {errorMessage(start.error, 'We could not start the import. Please try again.')}
        </p>
      )}
      <Button type="submit" loading={start.isPending}>
        {start.isPending ? 'Uploading…' : 'Start import'}
      </Button>
    </form>
  );
}
