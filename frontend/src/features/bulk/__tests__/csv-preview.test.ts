import { defaultMapping, previewCsv, unmappedFields } from '../csv-preview';
import { fileNameOf } from '../api/download-export';

describe('CSV preview and column mapping', () => {
  it('reads the header and the first rows, quoted cells and a byte-order mark included', () => {
    const text = '\uFEFFOrder #,First Name,Last Name,Email\r\n1,Dana,"Reyes, Jr.",dana@example.org\r\n2,Ravi,Patel,ravi@example.org\r\n';

    const preview = previewCsv(text);

    expect(preview.columns).toEqual(['Order #', 'First Name', 'Last Name', 'Email']);
    expect(preview.rows).toEqual([
      ['1', 'Dana', 'Reyes, Jr.', 'dana@example.org'],
      ['2', 'Ravi', 'Patel', 'ravi@example.org'],
    ]);
    expect(preview.notUtf8).toBe(false);
  });

  it('shows at most the first rows of a long file', () => {
    const text = ['First Name,Last Name,Email', ...Array.from({ length: 50 }, (_, i) => `A,B,${i}@example.org`)].join('\n');

    expect(previewCsv(text, 5).rows).toHaveLength(5);
  });

  it('notices text that was not UTF-8', () => {
    expect(previewCsv('First Name\nM\uFFFDller\n').notUtf8).toBe(true);
  });

  it("maps Eventbrite's column names whatever their case, and leaves other files' fields to choose", () => {
    expect(defaultMapping(['Order #', 'first name', ' Last Name ', 'EMAIL'])).toEqual({
      firstNameColumn: 'first name',
      lastNameColumn: ' Last Name ',
      emailColumn: 'EMAIL',
    });
    const other = defaultMapping(['Given name', 'Surname', 'E-mail']);
    expect(other).toEqual({ firstNameColumn: '', lastNameColumn: '', emailColumn: '' });
    expect(unmappedFields(other).map((field) => field.label)).toEqual(['First name', 'Last name', 'Email']);
    expect(unmappedFields({ ...other, emailColumn: 'E-mail' }).map((field) => field.key)).toEqual([
      'firstNameColumn',
      'lastNameColumn',
    ]);
  });

  it("names a downloaded export as the server does, else plainly", () => {
    expect(fileNameOf('attachment; filename="boston-registrations.csv"', 'registrations')).toBe('boston-registrations.csv');
    expect(fileNameOf(null, 'follow-ups')).toBe('rounds-follow-ups.csv');
  });
});
