/** `provision --seed` and `npm run import-catalog` against the emulator over real HTTP. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCatalog } from '../../../scripts/provision/runImportCatalog';
import { DEFAULT_CATALOG_FILE, runProvision } from '../../../scripts/provision/runProvision';
import { runCommand, startProvisioningBed } from './provisioningTestBed';
import type { ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;
let workDir: string;
const catalog = JSON.parse(readFileSync(DEFAULT_CATALOG_FILE, 'utf8')) as { instruments: Record<string, unknown>[] };

beforeAll(async () => {
  bed = await startProvisioningBed();
  workDir = mkdtempSync(join(tmpdir(), 'ivho-catalog-'));
});

afterAll(async () => {
  await bed?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

async function instrumentFields(siteId: string): Promise<Record<string, unknown>[]> {
  const answer = await bed.graph('GET', `/sites/${siteId}/lists/Instruments/items?expand=fields&$top=5000`);
  return ((answer.body['value'] as { fields: Record<string, unknown> }[] | undefined) ?? []).map((item) => item.fields);
}

describe('provision --seed', () => {
  it('loads the catalog once, updates a changed title and never duplicates', async () => {
    const site = bed.emptySite('seeded');
    const first = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Instruments: ${catalog.instruments.length} created, 0 updated, 0 unchanged`);
    expect(bed.emulator.store.countItems(site.siteId, 'Instruments')).toBe(catalog.instruments.length);

    const second = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed']);
    expect(second.out).toContain(`Instruments: 0 created, 0 updated, ${catalog.instruments.length} unchanged`);
    expect(bed.emulator.store.countItems(site.siteId, 'Instruments')).toBe(catalog.instruments.length);

    const changed = { instruments: catalog.instruments.map((entry, index) => (index === 2 ? { ...entry, Title: 'Een nieuwe titel' } : entry)) };
    const changedFile = join(workDir, 'changed.json');
    writeFileSync(changedFile, JSON.stringify(changed));
    const third = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed'], { catalogFile: changedFile });
    expect(third.code).toBe(0);
    expect(third.out).toContain(`Instruments: 0 created, 1 updated, ${catalog.instruments.length - 1} unchanged`);
    const stored = await instrumentFields(site.siteId);
    expect(stored).toHaveLength(catalog.instruments.length);
    expect(stored.find((fields) => fields['InstrumentKey'] === catalog.instruments[2]?.['InstrumentKey'])?.['Title']).toBe('Een nieuwe titel');
  });

  it('loads the whole catalog through throttled $batch sub-requests', async () => {
    const site = bed.emptySite('seed-throttled');
    expect((await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs])).code).toBe(0);
    await bed.setFaults({ throttleRate: 0.3, throttleStatuses: [429], retryAfterSeconds: 0, seed: 3 });
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed']);
    await bed.setFaults({});
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(bed.emulator.store.countItems(site.siteId, 'Instruments')).toBe(catalog.instruments.length);
  });

  it("changes nothing on a second import although SharePoint stored the rich text its own way (wrapped, re-serialised)", async () => {
    const site = bed.emptySite('seed-rich-text');
    const rich = {
      instruments: catalog.instruments.slice(0, 3).map((entry, index) => ({ ...entry, Body: `<P CLASS='lead'>Stap ${index}<BR/>daarna</P><ul><li>een</li></ul>` })),
    };
    const richFile = join(workDir, 'rich.json');
    writeFileSync(richFile, JSON.stringify(rich));
    expect((await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed'], { catalogFile: richFile })).code).toBe(0);
    const stored = String((await instrumentFields(site.siteId))[0]?.['Body']);
    expect(stored).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><p class="lead">Stap \d<br>daarna<\/p>/);
    const again = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed'], { catalogFile: richFile });
    expect(again.out).toContain('Instruments: 0 created, 0 updated, 3 unchanged');
    // A real change still counts.
    const edited = { instruments: rich.instruments.map((entry, index) => (index === 1 ? { ...entry, Body: '<p>Anders</p>' } : entry)) };
    writeFileSync(richFile, JSON.stringify(edited));
    const third = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed'], { catalogFile: richFile });
    expect(third.out).toContain('Instruments: 0 created, 1 updated, 2 unchanged');
  });

  it('changes nothing in a dry run', async () => {
    const site = bed.emptySite('seed-dry');
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--seed', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Instruments: would create ${catalog.instruments.length} (the list does not exist yet)`);
    expect((await bed.graph('GET', `/sites/${site.siteId}/lists`)).body['value']).toEqual([]);
  });
});

const GOOD_AND_BAD_CSV = [
  '\uFEFFInstrumentKey;Title;Summary;Themes;ProcessSteps;InstrumentType;Audience;Language;DocumentUrl;DocumentDescription;PublishedOn;Tags;Status',
  'csv-goed-1;"Handreiking; met puntkomma";"Twee regels:\r\ntweede regel";privacy|cybersecurity;beleid;handreiking;bestuur|medewerker;nl;https://example.org/a;Lees meer;14-03-2024;avg|datalek;published',
  'csv-fout-thema;Onbekend thema;Samenvatting;ruimtevaart;;tool;;nl;;;;;',
  'csv-geen-titel;;Samenvatting;privacy;;tool;;nl;;;;;',
  'csv-goed-2;"Quote ""binnen"" de titel";Samenvatting;integriteit;;tool;;en;;;2025-01-31;;retired',
  'csv-goed-1;Dubbele sleutel;Samenvatting;privacy;;tool;;nl;;;;;',
  'csv-foute-datum;Titel;Samenvatting;privacy;;tool;;nl;;;31-02-2024;;',
  '',
].join('\r\n');

describe('import-catalog', () => {
  let siteUrl: string;
  let siteId: string;
  const csvFile = () => join(workDir, 'catalog.csv');

  beforeAll(async () => {
    const site = bed.emptySite('imports');
    siteUrl = site.url;
    siteId = site.siteId;
    writeFileSync(csvFile(), GOOD_AND_BAD_CSV, 'utf8');
    expect((await runCommand(runProvision, ['--site', siteUrl, ...bed.emulatorArgs])).code).toBe(0);
  });

  it('changes nothing in a dry run but still reports the bad rows', async () => {
    const run = await runCommand(runImportCatalog, [csvFile(), '--site', siteUrl, ...bed.emulatorArgs, '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.out).toContain('Instruments: 2 would be created, 0 would be updated, 0 unchanged');
    expect(bed.emulator.store.countItems(siteId, 'Instruments')).toBe(0);
  });

  it('lists each bad row with its number and reason and loads the good ones', async () => {
    const run = await runCommand(runImportCatalog, [csvFile(), '--site', siteUrl, ...bed.emulatorArgs]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('2 valid, 4 rejected');
    expect(run.err).toMatch(/row 3 \(csv-fout-thema\): Themes\[0\]: /);
    expect(run.err).toContain('row 4 (csv-geen-titel): Title: is missing');
    expect(run.err).toContain('row 6 (csv-goed-1): InstrumentKey: "csv-goed-1" is already used in row 2');
    expect(run.err).toContain('row 7 (csv-foute-datum): PublishedOn: "31-02-2024" is not a date');
    expect(run.out).toContain('Instruments: 2 created, 0 updated, 0 unchanged');

    const stored = await instrumentFields(siteId);
    expect(stored).toHaveLength(2);
    const first = stored.find((fields) => fields['InstrumentKey'] === 'csv-goed-1');
    expect(first?.['Title']).toBe('Handreiking; met puntkomma');
    expect(first?.['Summary']).toBe('Twee regels:\r\ntweede regel');
    expect(first?.['Themes']).toEqual(['privacy', 'cybersecurity']);
    expect(first?.['Audience']).toEqual(['bestuur', 'medewerker']);
    expect(first?.['PublishedOn']).toBe('2024-03-14T00:00:00Z');
    expect(first?.['Tags']).toBe('avg;datalek');
    expect(first).toMatchObject({ DocumentLink: 'https://example.org/a', DocumentLabel: 'Lees meer' });
    expect(stored.find((fields) => fields['InstrumentKey'] === 'csv-goed-2')?.['Title']).toBe('Quote "binnen" de titel');

    const again = await runCommand(runImportCatalog, [csvFile(), '--site', siteUrl, ...bed.emulatorArgs]);
    expect(again.out).toContain('Instruments: 0 created, 0 updated, 2 unchanged');
    expect(bed.emulator.store.countItems(siteId, 'Instruments')).toBe(2);
  });

  it('imports a comma-separated file and exits 0 when every row is good', async () => {
    const file = join(workDir, 'comma.csv');
    writeFileSync(file, 'InstrumentKey,Title,Summary,Themes,InstrumentType,Language\ncomma-1,"Komma, in titel",Kort,"privacy;integriteit",tool,nl\n');
    const run = await runCommand(runImportCatalog, [file, '--site', siteUrl, ...bed.emulatorArgs]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const stored = (await instrumentFields(siteId)).find((fields) => fields['InstrumentKey'] === 'comma-1');
    expect(stored?.['Title']).toBe('Komma, in titel');
    expect(stored?.['Themes']).toEqual(['privacy', 'integriteit']);
    expect(stored?.['Status']).toBe('published');
  });

  it('refuses a file it cannot read, an unknown column, and a site without the Instruments list', async () => {
    const missing = await runCommand(runImportCatalog, [join(workDir, 'nope.csv'), '--site', siteUrl, ...bed.emulatorArgs]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Cannot read .*nope\.csv/);

    const typo = join(workDir, 'typo.csv');
    writeFileSync(typo, 'InstrumentKey;Titel\nx;y\n');
    const unknown = await runCommand(runImportCatalog, [typo, '--site', siteUrl, ...bed.emulatorArgs]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown column Titel');

    const empty = bed.emptySite('no-instruments');
    const noList = await runCommand(runImportCatalog, [csvFile(), '--site', empty.url, ...bed.emulatorArgs]);
    expect(noList.code).toBe(4);
    expect(noList.err).toContain('run npm run provision');
  });
});
