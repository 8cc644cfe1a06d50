import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting only where needed, per language', () => {
    expect(toCsv([['a', 'b;c', 'd,e'], ['regel\nnieuw', 'zei "ja"', 3.5]], 'nl')).toBe('\uFEFFa;"b;c";d,e\r\n"regel\nnieuw";"zei ""ja""";3.5\r\n');
    expect(toCsv([['a', 'b;c', 'd,e']], 'en')).toBe('\uFEFFa,b;c,"d,e"\r\n');
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv([[-1.5, '-1,5']], 'nl')).toBe("\uFEFF-1.5;'-1,5\r\n");
  });

  it('neutralises spreadsheet formulas and writes empty cells for missing values', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', null, undefined, '-']], 'en')).toBe('\uFEFF"\'=HYPERLINK(""x"")",\'+1,,,\'-\r\n');
  });
});
