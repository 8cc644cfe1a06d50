import { csvRecordsToCatalogEntries } from './csvRecordsToCatalogEntries';
import { parseCsv } from './parseCsv';
import { validateCatalogEntries } from './validateCatalogEntries';

describe('csvRecordsToCatalogEntries + validateCatalogEntries', () => {
  it('maps cells to Graph fields and validates them with the app\'s Instruments schema', () => {
    const csv = [
      'instrumentkey;Title;Summary;Themes;ProcessSteps;InstrumentType;Audience;Language;DocumentUrl;DocumentDescription;PublishedOn;Tags;Status',
      'k1;T1;S1;privacy | integriteit;beleid;tool;;nl;https://example.org/x;;2024-03-14;a| b;',
      'k2;T2;S2;privacy;;tool;;fr;;;;;',
      'k3;T3;S3;privacy;;tool;;en;ftp://x;;;;gepubliceerd',
    ].join('\n');
    const { entries, rejected } = csvRecordsToCatalogEntries(parseCsv(csv));
    expect(rejected).toEqual([]);
    expect(entries[0]).toEqual({
      row: 2,
      fields: {
        InstrumentKey: 'k1',
        Title: 'T1',
        Summary: 'S1',
        Themes: ['privacy', 'integriteit'],
        ProcessSteps: ['beleid'],
        InstrumentType: 'tool',
        Language: 'nl',
        DocumentLink: 'https://example.org/x',
        PublishedOn: '2024-03-14T00:00:00Z',
        Tags: 'a;b',
        Status: 'published',
      },
    });
    const validation = validateCatalogEntries(entries);
    expect(validation.valid.map((entry) => entry.draft.key)).toEqual(['k1']);
    expect(validation.rejected.map((entry) => [entry.row, entry.key])).toEqual([
      [3, 'k2'],
      [4, 'k3'],
    ]);
    expect(validation.rejected[0]?.reason).toMatch(/^Language: /);
    expect(validation.rejected[1]?.reason).toMatch(/DocumentLink/);
    expect(validation.rejected[1]?.reason).toMatch(/Status/);
  });

  it('rejects a row with more cells than the header and an impossible date, naming the row', () => {
    const { entries, rejected } = csvRecordsToCatalogEntries(parseCsv('InstrumentKey;Title;PublishedOn\nk;a;b;c\nk2;t;30-02-2024\nk3;t;2024-02-29\nk4;t;2024-02-29T10:00:00+01:00'));
    expect(rejected).toEqual([
      { row: 2, key: 'k', reason: 'has 4 cells but the header has 3 (a separator inside an unquoted value?)' },
      { row: 3, key: 'k2', reason: 'PublishedOn: "30-02-2024" is not a date (use 2024-03-14)' },
    ]);
    expect(entries.map((entry) => entry.fields['PublishedOn'])).toEqual(['2024-02-29T00:00:00Z', '2024-02-29T10:00:00+01:00']);
  });

  it('refuses unknown headers and a file without InstrumentKey', () => {
    expect(() => csvRecordsToCatalogEntries(parseCsv('InstrumentKey;Thema\n'))).toThrow(/unknown column Thema in the header/);
    expect(() => csvRecordsToCatalogEntries(parseCsv('Title;Summary\n'))).toThrow('the header has no InstrumentKey column');
  });

  it('rejects a key used twice, case-insensitively, keeping the first', () => {
    const fields = { Title: 't', Summary: 's', Themes: ['privacy'], InstrumentType: 'tool', Language: 'nl', Status: 'published' };
    const validation = validateCatalogEntries([
      { row: 1, fields: { ...fields, InstrumentKey: 'Same' } },
      { row: 2, fields: { ...fields, InstrumentKey: 'same ' } },
    ]);
    expect(validation.valid.map((entry) => entry.row)).toEqual([1]);
    expect(validation.rejected).toEqual([{ row: 2, key: 'same', reason: 'InstrumentKey: "same " is already used in row 1' }]);
  });
});
