// RFC 4180 quoting and the coverage matrix as CSV.
import { describe, expect, it } from 'vitest';
import { coverageMatrixCsv, csvField, toCsv } from '../../src/io/csv';
import { coverageMatrix } from '../../src/model/queries';
import { answerGraph } from '../fixtures/answerGraph';

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Cybercrime')).toBe('Cybercrime');
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Drugs, arms')).toBe('"Drugs, arms"');
    expect(csvField('the "Dialogue"')).toBe('"the ""Dialogue"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('csvField against spreadsheet formulas', () => {
  it('writes text starting with =, +, -, @, a tab or a CR as text, not as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rx')).toBe('"\'\rx"');
  });

  it('leaves numbers, and text with such a character further in, as they are', () => {
    expect(csvField(-1)).toBe('-1');
    expect(csvField('ASEAN-Japan')).toBe('ASEAN-Japan');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });
});

describe('coverageMatrixCsv', () => {
  it('writes labels and strengths, empty where there is no coverage, and names its unit', () => {
    const g = answerGraph();
    const csv = coverageMatrixCsv(g, coverageMatrix(g, 'area', 'forum'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Crime area (coverage strength 1-4),Forum One,Forum Two,Forum Three,Total strength',
    );
    expect(lines[1]).toBe('Direct Area,4,,,4');
    expect(lines[5]).toBe('Lonely Area,,,,0');
    expect(lines).toHaveLength(7);
  });

  it('follows the order it is given', () => {
    const g = answerGraph();
    const m = coverageMatrix(g, 'area', 'forum');
    const csv = coverageMatrixCsv(g, m, ['area:via-action'], ['forum:f2', 'forum:f1']);
    expect(csv).toBe(
      'Crime area (coverage strength 1-4),Forum Two,Forum One,Total strength\r\nAction Area,2,,2\r\n',
    );
  });
});
