import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSyntaxError, parseCsv, parseCsvObjects, parseCsvRows } from './csv.js';

describe('parseCsv', () => {
  it('parses simple rows with LF and CRLF', () => {
    expect(parseCsvRows('a,b\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('handles quotes, escaped quotes, commas and line breaks inside quotes', () => {
    const text = 'code,name\r\n"01","Hà Nội, ""thủ đô"""\r\n"02","line1\r\nline2"\r\n03,x\r\n';
    const records = parseCsv(text);
    expect(records.map((r) => r.fields)).toEqual([
      ['code', 'name'],
      ['01', 'Hà Nội, "thủ đô"'],
      ['02', 'line1\r\nline2'],
      ['03', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(records[2]?.raw).toBe('"02","line1\r\nline2"');
  });

  it('strips a BOM, skips empty lines, keeps empty fields and a trailing comma', () => {
    expect(parseCsvRows('\uFEFFa,b\n\n,\n1,\n\r\n')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['1', ''],
    ]);
    expect(parseCsvRows('x,')).toEqual([['x', '']]);
    expect(parseCsvRows('""')).toEqual([['']]);
    expect(parseCsvRows('')).toEqual([]);
  });

  it('accepts lone CR line endings', () => {
    expect(parseCsv('a\rb\rc').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('reports malformed records without throwing', () => {
    const records = parseCsv('a,"b"c\nd"e,f\n"open,g');
    expect(records.map((r) => r.problems)).toEqual([
      ['text-after-closing-quote'],
      ['quote-in-unquoted-field'],
      ['unterminated-quote'],
    ]);
    expect(() => parseCsvRows('"open')).toThrow(CsvSyntaxError);
  });

  it('maps rows to objects by header', () => {
    expect(parseCsvObjects('code, name\r\n01,Hà Nội\r\n')).toEqual([
      { code: '01', name: 'Hà Nội' },
    ]);
    expect(() => parseCsvObjects('a,b\n1')).toThrow(/expected 2 fields/);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('a', 'ă', ',', '"', '\n', '\r', ' ', '1') }), {
            minLength: 1,
            maxLength: 4,
          }),
          { maxLength: 6 },
        ),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(eol);
          expect(parseCsvRows(text)).toEqual(rows);
        },
      ),
    );
  });
});
