import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
  it('reads Excel semicolon CSV with BOM, CRLF, quotes, doubled quotes and line breaks in a cell', () => {
    const table = parseCsv('\uFEFFKey;Title;Summary\r\na;"b; c";"regel 1\r\nregel ""2"""\r\n\r\nd;e;\r\n');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['Key', 'Title', 'Summary']);
    expect(table.records).toEqual([
      { row: 2, cells: ['a', 'b; c', 'regel 1\r\nregel "2"'] },
      { row: 4, cells: ['d', 'e', ''] },
    ]);
  });

  it('detects commas when the header splits on them, ignoring separators inside quotes', () => {
    const table = parseCsv('"Key;x",Title,Summary\nk,"t, u",s');
    expect(table.separator).toBe(',');
    expect(table.header).toEqual(['Key;x', 'Title', 'Summary']);
    expect(table.records[0]?.cells).toEqual(['k', 't, u', 's']);
  });

  it('keeps a last line without a line end and an empty file gives no header', () => {
    expect(parseCsv('A;B\n1;2').records).toEqual([{ row: 2, cells: ['1', '2'] }]);
    expect(parseCsv('')).toEqual({ separator: ';', header: [], records: [] });
  });

  it('names the row of an unterminated quote', () => {
    expect(() => parseCsv('A;B\n1;2\n3;"open\n')).toThrow('row 3: a quoted field is never closed');
  });
});
