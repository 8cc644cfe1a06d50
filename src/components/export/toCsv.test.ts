import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting only where needed, per language', () => {
    expect(toCsv([['a', 'b;c', 'd,e'], ['regel\nnieuw', 'zei "ja"', 3.5]], 'nl')).toBe('\uFEFFa;"b;c";d,e\r\n"regel\nnieuw";"zei ""ja""";3.5\r\n');
    expect(toCsv([['a', 'b;c', 'd,e']], 'en')).toBe('\uFEFFa,b;c,"d,e"\r\n');
  });

  it('keeps negative numbers as numbers, and treats text that looks like one as text', () => {
    // A numeric column passed as numbers stays summable; the same value as text is neutralised.
    expect(toCsv([[-1.5, -3, 0, '-1,5', '-3']], 'nl')).toBe("\uFEFF-1.5;-3;0;'-1,5;'-3\r\n");
    // A number that is not finite is not a spreadsheet number: written as (neutralised) text.
    expect(toCsv([[Number.NEGATIVE_INFINITY, Number.NaN]], 'en')).toBe("\uFEFF'-Infinity,NaN\r\n");
  });

  it('neutralises spreadsheet formulas and writes empty cells for missing values', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', null, undefined, '-']], 'en')).toBe('\uFEFF"\'=HYPERLINK(""x"")",\'+1,,,\'-\r\n');
  });

  it.each([
    ['leading spaces', '  =1+1', "'  =1+1"],
    ['a leading tab before a sign', '\t+1', "'\t+1"],
    ['a leading no-break space', '\u00A0-2+3', "'\u00A0-2+3"],
    ['a leading line break', '\n@SUM(A1)', '"\'\n@SUM(A1)"'],
    ['a full-width equals sign', '\uFF1DHYPERLINK("x")', '"\'\uFF1DHYPERLINK(""x"")"'],
    ['a full-width plus sign', '\uFF0B1', "'\uFF0B1"],
    ['a full-width minus sign', ' \uFF0D1', "' \uFF0D1"],
    ['a full-width at sign', '\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ['a leading tab', '\tplain', "'\tplain"],
    ['a leading carriage return', '\rplain', '"\'\rplain"'],
    ['a leading NUL', '\0plain', "'\0plain"],
  ])('neutralises a formula behind %s', (_, cell, expected) => {
    expect(toCsv([[cell]], 'en')).toBe(`\uFEFF${expected}\r\n`);
  });

  it('leaves text alone whose signs are not at its start', () => {
    expect(toCsv([[' spatie', 'e-mail', 'a=b', 'j@contoso.example', '2+2']], 'en')).toBe('\uFEFF spatie,e-mail,a=b,j@contoso.example,2+2\r\n');
  });
});
