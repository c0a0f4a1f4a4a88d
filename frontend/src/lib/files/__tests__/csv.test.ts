import { csvBlob, toCsv } from '../csv';

describe('toCsv', () => {
  it('writes a header row and one CRLF-ended record per row', () => {
    expect(
      toCsv(
        ['Specialty', 'Attendees'],
        [
          ['Cardiology', 4],
          ['Ophthalmology', 0],
        ],
      ),
    ).toBe('Specialty,Attendees\r\nCardiology,4\r\nOphthalmology,0\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(toCsv(['a', 'b', 'c'], [['Eye, Ear', 'the "best" pair', 'two\nlines']])).toBe(
      'a,b,c\r\n"Eye, Ear","the ""best"" pair","two\nlines"\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['cell'], [['=HYPERLINK("x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx']])).toBe(
      'cell\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2+3\r\n\'@SUM(A1)\r\n\'\tx\r\n',
    );
  });

  it('keeps numbers as numbers, negative ones too, and leaves missing values empty', () => {
    expect(toCsv(['n', 'rate', 'none'], [[-3, 0.5, null], [Number.NaN, 1, undefined]])).toBe(
      'n,rate,none\r\n-3,0.5,\r\n,1,\r\n',
    );
  });

  it('neutralises a header cell too', () => {
    expect(toCsv(['=cmd'], [])).toBe("'=cmd\r\n");
  });
});

describe('csvBlob', () => {
  it('is text/csv with the header announced', async () => {
    const blob = csvBlob(['a'], [['b']]);
    expect(blob.type).toBe('text/csv;charset=utf-8;header=present');
    expect(await blob.text()).toBe('a\r\nb\r\n');
  });
});
