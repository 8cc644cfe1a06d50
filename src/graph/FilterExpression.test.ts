import { buildItemsQuery, expandFields } from './buildItemsQuery';
import { and, encodeFilter, field, isFilterExpression, odataLiteral, or, startsWith } from './FilterExpression';
import type { FilterExpression } from './FilterExpression';

describe('filter builder', () => {
  it('writes each comparison operator against fields/<name>', () => {
    const status = field('Status');
    expect(status.eq('published').odata).toBe("fields/Status eq 'published'");
    expect(status.ne('retired').odata).toBe("fields/Status ne 'retired'");
    expect(field('Score').lt(3).odata).toBe('fields/Score lt 3');
    expect(field('Score').gt(-1.5).odata).toBe('fields/Score gt -1.5');
    expect(field('Score').le(0).odata).toBe('fields/Score le 0');
    expect(field('Score').ge(5).odata).toBe('fields/Score ge 5');
    expect(field('IsOpen').eq(true).odata).toBe('fields/IsOpen eq true');
    expect(field('IsOpen').eq(false).odata).toBe('fields/IsOpen eq false');
    expect(field('PublishedOn').ge(new Date(Date.UTC(2025, 0, 31, 12))).odata).toBe("fields/PublishedOn ge '2025-01-31T12:00:00.000Z'");
  });

  it('doubles single quotes so a value cannot close the literal', () => {
    const expression = field('Title').eq("O'Brien' or fields/Status ne 'x");
    expect(expression.odata).toBe("fields/Title eq 'O''Brien'' or fields/Status ne ''x'");
    expect(odataLiteral("''")).toBe("''''''");
  });

  it('URL-encodes the whole filter so &, #, %, + and spaces stay inside $filter', () => {
    const value = "a&b=c#d%20e+f?g/h'i";
    const encoded = encodeFilter(field('Title').eq(value));
    expect(encoded).toMatch(/^[A-Za-z0-9%\-_.~]+$/);
    expect(encoded).toBe(
      'fields%2FTitle%20eq%20%27a%26b%3Dc%23d%2520e%2Bf%3Fg%2Fh%27%27i%27',
    );
    expect(decodeURIComponent(encoded)).toBe("fields/Title eq 'a&b=c#d%20e+f?g/h''i'");
    const params = new URLSearchParams(`$filter=${encoded}&$top=1`);
    expect(params.get('$filter')).toBe("fields/Title eq 'a&b=c#d%20e+f?g/h''i'");
    expect(params.get('$top')).toBe('1');
  });

  it('keeps unicode intact through encoding', () => {
    const value = 'Brandveiligheid — ‘ontruiming’ 🚒 café ß 中文';
    const encoded = encodeFilter(startsWith('Title', value));
    expect(encoded).toMatch(/^[A-Za-z0-9%\-_.~]+$/);
    expect(decodeURIComponent(encoded)).toBe(`startswith(fields/Title,'${value}')`);
  });

  it('handles very long strings without truncation', () => {
    const value = "x'".repeat(20_000);
    const expression = field('Body').eq(value);
    expect(expression.odata).toHaveLength('fields/Body eq '.length + 2 + 20_000 * 3);
    expect(decodeURIComponent(encodeFilter(expression))).toBe(expression.odata);
  });

  it('rejects field names that could change the expression', () => {
    for (const name of ['', 'Status eq 1 or Title', 'fields/Status', "Title'", 'Tit le', '1Title', 'Title)', 'Títle', 'a&b', 'x#']) {
      expect(() => field(name)).toThrow(TypeError);
      expect(() => startsWith(name, 'x')).toThrow(TypeError);
    }
    expect(field('_Private_1').name).toBe('_Private_1');
  });

  it('rejects values that have no OData literal', () => {
    expect(() => field('Score').eq(Number.NaN)).toThrow(TypeError);
    expect(() => field('Score').eq(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => field('When').eq(new Date('not a date'))).toThrow(TypeError);
    expect(() => field('X').eq({} as unknown as string)).toThrow(TypeError);
  });

  it('combines with and/or, parenthesising or inside and', () => {
    const expression = and(field('Status').eq('published'), or(field('Language').eq('nl'), field('Language').eq('en')), startsWith(field('Title'), 'Br'));
    expect(expression.odata).toBe("fields/Status eq 'published' and (fields/Language eq 'nl' or fields/Language eq 'en') and startswith(fields/Title,'Br')");
    expect(expression.fields).toEqual(['Status', 'Language', 'Title']);
    expect(or(and(field('A').eq(1), field('B').eq(2)), field('C').eq(3)).odata).toBe('fields/A eq 1 and fields/B eq 2 or fields/C eq 3');
    expect(and(field('A').eq(1)).odata).toBe('fields/A eq 1');
    expect(() => and()).toThrow(TypeError);
  });

  it('accepts only expressions the builder made', () => {
    const forged = { odata: "1 eq 1') or true", fields: [], isOr: false } as unknown as FilterExpression;
    expect(isFilterExpression(forged)).toBe(false);
    expect(() => encodeFilter(forged)).toThrow(TypeError);
    expect(() => and(field('A').eq(1), forged)).toThrow(TypeError);
    expect(isFilterExpression(field('A').eq(1))).toBe(true);
  });
});

describe('buildItemsQuery', () => {
  it('expands the selected fields, pages by 5000 and appends the encoded filter', () => {
    const query = buildItemsQuery({ select: ['Title', 'Status'], filter: field('Status').eq("it's") });
    expect(query).toBe("?expand=fields(select=Title,Status)&$top=5000&$filter=fields%2FStatus%20eq%20%27it%27%27s%27");
  });

  it('validates select names and $top', () => {
    expect(() => buildItemsQuery({ select: ['Title,Body'] })).toThrow(TypeError);
    expect(() => buildItemsQuery({ select: ['Title)&$top=1'] })).toThrow(TypeError);
    expect(() => buildItemsQuery({ select: [], top: 0 })).toThrow(RangeError);
    expect(() => buildItemsQuery({ select: [], top: 5001 })).toThrow(RangeError);
    expect(buildItemsQuery({ select: [], top: 10 })).toBe('?expand=fields&$top=10');
    expect(expandFields(['A'])).toBe('expand=fields(select=A)');
  });
});
