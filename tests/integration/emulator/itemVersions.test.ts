/**
 * SharePoint's version history of a list item over Graph ("List versions of a listItem",
 * "Get a ListItemVersion resource"): one version per create and update, newest first,
 * who changed it and when; a version's fields only with expand=fields; hidden from a user
 * who may not read the item, like the item itself.
 */
import { COORDINATOR, PRIVACY, STAFF, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
let cases: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  cases = `/sites/${await emu.siteId()}/lists/IncidentCases/items`;
});

afterAll(async () => {
  await emu.stop();
});


interface Version {
  readonly id: string;
  readonly lastModifiedDateTime: string;
  readonly lastModifiedBy: { readonly user: { readonly displayName: string } };
  readonly fields?: Record<string, unknown>;
}

describe('item versions', () => {
  it('keeps every version with who and when, newest first, fields only when expanded', async () => {
    const created = await emu.graph('POST', cases, { user: STAFF, body: { fields: { Title: 'Pas kwijt', SubmissionId: 'versions-1', Kind: 'incident', WhatHappened: 'Eerste tekst', CaseStatus: 'open' } } });
    expect(created.status).toBe(201);
    const id = String(created.body['id']);
    expect((await emu.graph('PATCH', `${cases}/${id}/fields`, { user: STAFF, body: { WhatHappened: 'Tweede tekst' } })).status).toBe(200);
    expect((await emu.graph('PATCH', `${cases}/${id}/fields`, { user: PRIVACY, body: { CaseStatus: 'inProgress' } })).status).toBe(200);

    const listed = await emu.graph('GET', `${cases}/${id}/versions?expand=fields`, { user: PRIVACY });
    expect(listed.status).toBe(200);
    const versions = listed.body['value'] as unknown as Version[];
    expect(versions.map((version) => [version.id, version.lastModifiedBy.user.displayName])).toEqual([
      ['3.0', 'Priya Bakker'],
      ['2.0', 'Sam Visser'],
      ['1.0', 'Sam Visser'],
    ]);
    expect(versions.every((version) => version.fields === undefined)).toBe(true);

    const first = await emu.graph('GET', `${cases}/${id}/versions/1.0?expand=fields`, { user: PRIVACY });
    expect((first.body as unknown as Version).fields).toMatchObject({ WhatHappened: 'Eerste tekst', CaseStatus: 'open', _UIVersionString: '1.0' });
    const latest = await emu.graph('GET', `${cases}/${id}/versions/3.0?expand=fields`, { user: PRIVACY });
    expect((latest.body as unknown as Version).fields).toMatchObject({ WhatHappened: 'Tweede tekst', CaseStatus: 'inProgress' });
    expect((await emu.graph('GET', `${cases}/${id}/versions/9.0`, { user: PRIVACY })).status).toBe(404);
  });

  it('hides the versions of an item from whoever may not read it', async () => {
    const created = await emu.graph('POST', cases, { user: PRIVACY, body: { fields: { Title: 'Van het casusteam', SubmissionId: 'versions-2', Kind: 'nearMiss', WhatHappened: 'Tekst', CaseStatus: 'open' } } });
    const id = String(created.body['id']);
    // Item-level security: staff reads only their own reports.
    expect((await emu.graph('GET', `${cases}/${id}/versions`, { user: STAFF })).status).toBe(404);
    expect((await emu.graph('GET', `${cases}/${id}/versions`, { user: COORDINATOR })).status).toBe(200);
  });
});
