import { parseItemFilter } from './parseItemFilter';

describe('parseItemFilter', () => {
  it('parses comparisons, startswith, and/or precedence and parentheses', () => {
    expect(parseItemFilter("fields/A eq 'x' or fields/B eq 1 and startswith(fields/C,'p')")).toEqual({
      kind: 'or',
      left: { kind: 'compare', operator: 'eq', field: 'A', value: 'x' },
      right: {
        kind: 'and',
        left: { kind: 'compare', operator: 'eq', field: 'B', value: 1 },
        right: { kind: 'startswith', field: 'C', value: 'p' },
      },
    });
    expect(parseItemFilter("(fields/A eq 'x' or fields/B ne -2.5) and not fields/D eq true")).toMatchObject({
      kind: 'and',
      left: { kind: 'or' },
      right: { kind: 'not', operand: { kind: 'compare', field: 'D', value: true } },
    });
  });

  it("reads '' as an escaped quote and keeps unquoted dates as strings", () => {
    expect(parseItemFilter("fields/T eq 'O''Brien'")).toMatchObject({ value: "O'Brien" });
    expect(parseItemFilter('fields/D ge 2026-01-05T10:00:00Z')).toMatchObject({ operator: 'ge', value: '2026-01-05T10:00:00Z' });
    expect(parseItemFilter('fields/D eq null')).toMatchObject({ value: null });
  });

  it.each([
    "fields/A eq 'unterminated",
    'fields/A eq',
    "fields/A like 'x'",
    "A eq 'x'",
    "fields/A/B eq 'x'",
    "(fields/A eq 'x'",
    "fields/A eq 'x')",
    "fields/A eq 'x' and",
    "startswith(fields/A, 3)",
    "fields/A eq 'x' # y",
    '',
    `${'('.repeat(100)}fields/A eq 1${')'.repeat(100)}`,
  ])('refuses %j with 400 invalidRequest', (filter) => {
    expect(() => parseItemFilter(filter)).toThrow(expect.objectContaining({ status: 400, code: 'invalidRequest' }));
  });
});
