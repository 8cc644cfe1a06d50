import { ALL_LISTS } from '../../../src/lists/schemas';
import { PRIVACY, READER, SITE_PATH, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest, GraphBody } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
let site: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  site = await emu.siteId();
});
afterAll(async () => {
  await emu.stop();
});

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('site resolve: GET /sites/{hostname}:/{path}', () => {
  it('resolves the demo site to an id of the form host,guid,guid', async () => {
    const answer = await emu.graph('GET', SITE_PATH);
    expect(answer.status).toBe(200);
    expect(answer.body.id).toMatch(new RegExp(`^contoso\\.sharepoint\\.com,${GUID},${GUID}$`, 'i'));
    expect(answer.body.displayName).toBe('Integrale Veiligheid');
  });

  it('answers the same site by its id, and 404 for a path that is not a site', async () => {
    const byId = await emu.graph('GET', `/sites/${site}`);
    expect(byId.status).toBe(200);
    expect(byId.body.id).toBe(site);
    const missing = await emu.graph('GET', '/sites/contoso.sharepoint.com:/sites/elsewhere');
    expect(missing.status).toBe(404);
    expect(missing.body.error?.code).toBe('itemNotFound');
  });
});

describe('path addressing continued past the site: /sites/{hostname}:/{path}:/lists/...', () => {
  it('reads, pages, deltas and batches items by site path and list name as by ids', async () => {
    const byPath = `${SITE_PATH}:/lists/Instruments/items`;
    const byId = `/sites/${site}/lists/Instruments/items`;
    const first = await emu.graph('GET', `${byPath}?expand=fields(select=Title)&$top=5`);
    expect(first.status).toBe(200);
    const same = await emu.graph('GET', `${byId}?expand=fields(select=Title)&$top=5`);
    expect(first.body.value?.map((item) => item.id)).toEqual(same.body.value?.map((item) => item.id));
    expect(first.body['@odata.nextLink']).toEqual(expect.any(String));
    const latest = await emu.graph('GET', `${byPath}/delta?token=latest`);
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.deltaLink']).toEqual(expect.any(String));
    const itemId = String(first.body.value?.[0]?.id);
    const batch = await emu.graph('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `${byPath}/${itemId}?expand=fields(select=Title)`.slice(1) }] },
    });
    expect(batch.body.responses?.[0]?.status).toBe(200);
    expect(batch.body.responses?.[0]?.body?.id).toBe(itemId);
    expect((await emu.graph('GET', `${SITE_PATH}:/lists/Unknown/items`)).status).toBe(404);
  });
});

describe('lists by id and by display name', () => {
  it('lists every list of ALL_LISTS on the demo site', async () => {
    const answer = await emu.graph('GET', `/sites/${site}/lists`);
    expect(answer.status).toBe(200);
    const names = answer.body.value?.map((list) => list.displayName);
    expect(names).toEqual(expect.arrayContaining(ALL_LISTS.map((list) => list.displayName)));
  });

  it('finds a list by display name and by its id, and 404s an unknown one', async () => {
    const byName = await emu.graph('GET', `/sites/${site}/lists/Instruments`);
    expect(byName.status).toBe(200);
    expect(byName.body.id).toMatch(new RegExp(`^${GUID}$`, 'i'));
    const byId = await emu.graph('GET', `/sites/${site}/lists/${String(byName.body.id)}`);
    expect(byId.status).toBe(200);
    expect(byId.body.displayName).toBe('Instruments');
    expect((await emu.graph('GET', `/sites/${site}/lists/Unknown`)).status).toBe(404);
  });

  it('shows the schema columns with their indexed, required and unique flags', async () => {
    const answer = await emu.graph('GET', `/sites/${site}/lists/Lessons/columns`);
    expect(answer.status).toBe(200);
    const submission = answer.body.value?.find((column) => column.name === 'SubmissionId');
    expect(submission).toMatchObject({ indexed: true, required: true, enforceUniqueValues: true });
  });
});

describe('list creation with every column type and indexed/required/unique', () => {
  const columns = [
    { name: 'Code', text: { maxLength: 20 }, indexed: true, required: true, enforceUniqueValues: true },
    { name: 'Kind', choice: { choices: ['a', 'b'], displayAs: 'dropDownMenu' }, indexed: true },
    { name: 'Tags', choice: { choices: ['x', 'y', 'z'], displayAs: 'checkBoxes' } },
    { name: 'Score', number: { decimalPlaces: 'none', minimum: 0, maximum: 10 }, indexed: true },
    { name: 'Due', dateTime: { format: 'dateTime' }, indexed: true },
    { name: 'Done', boolean: {} },
    { name: 'Link', hyperlinkOrPicture: { isPicture: false } },
    { name: 'Owner', personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly' } },
  ];
  let created: GraphBody;

  beforeAll(async () => {
    const answer = await emu.graph('POST', `/sites/${site}/lists`, {
      body: { displayName: 'ColumnProbe', columns, list: { template: 'genericList' } },
    });
    expect(answer.status).toBe(201);
    created = answer.body;
  });

  it('creates the list with each column as defined', async () => {
    expect(created.displayName).toBe('ColumnProbe');
    const listed = await emu.graph('GET', `/sites/${site}/lists/${String(created.id)}/columns`);
    for (const column of columns) {
      const found = listed.body.value?.find((entry) => entry.name === column.name);
      expect(found).toBeDefined();
      expect(Boolean(found?.indexed)).toBe(column.indexed === true);
      expect(Boolean(found?.required)).toBe(column.required === true);
      expect(Boolean(found?.enforceUniqueValues)).toBe(column.enforceUniqueValues === true);
    }
  });

  it('shows no type for a hyperlink column and refuses writes to one, as Graph does', async () => {
    const listed = await emu.graph('GET', `/sites/${site}/lists/${String(created.id)}/columns`);
    const link = listed.body.value?.find((entry) => entry.name === 'Link');
    // "columnDefinition resource type": responses "won't contain … hyperlinkOrPicture".
    expect(Object.keys(link ?? {}).filter((key) => ['text', 'choice', 'number', 'dateTime', 'boolean', 'hyperlinkOrPicture', 'personOrGroup'].includes(key))).toEqual([]);
    expect(listed.body.value?.find((entry) => entry.name === 'Code')).toHaveProperty('text');
    // microsoft-graph-docs #1965: any hyperlink write is "malformed or incorrect".
    for (const value of [{ Url: 'https://example.org/doc', Description: 'Document' }, 'https://example.org/doc, Document']) {
      const refused = await emu.graph('POST', `/sites/${site}/lists/ColumnProbe/items`, { body: { fields: { Title: 'Link', Code: 'L-1', Link: value } } });
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toBe('The request is malformed or incorrect.');
    }
  });

  it('stores an item holding every writable column type and reads it back', async () => {
    const fields = {
      Title: 'Alles',
      Code: 'C-1',
      Kind: 'b',
      'Tags@odata.type': 'Collection(Edm.String)',
      Tags: ['x', 'z'],
      Score: 7,
      Due: '2026-12-01T10:00:00Z',
      Done: true,
      OwnerLookupId: '7',
    };
    const answer = await emu.graph('POST', `/sites/${site}/lists/ColumnProbe/items`, { body: { fields } });
    expect(answer.status).toBe(201);
    const read = await emu.graph('GET', `/sites/${site}/lists/ColumnProbe/items/${String(answer.body.id)}?expand=fields`);
    expect(read.body.fields).toMatchObject({
      Title: 'Alles',
      Code: 'C-1',
      Kind: 'b',
      Tags: ['x', 'z'],
      Score: 7,
      Due: '2026-12-01T10:00:00Z',
      Done: true,
      OwnerLookupId: '7',
    });
  });

  it('refuses a second list of the same name, a bad column and a caller without site rights', async () => {
    const again = await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'ColumnProbe', columns: [] } });
    expect(again.status).toBe(409);
    const badColumn = await emu.graph('POST', `/sites/${site}/lists`, {
      body: { displayName: 'BadProbe', columns: [{ name: 'U', text: {}, enforceUniqueValues: true }] },
    });
    expect(badColumn.status).toBe(400);
    const noFacet = await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'BadProbe', columns: [{ name: 'N' }] } });
    expect(noFacet.status).toBe(400);
    // A visitor (Read) lacks Manage Lists; the site's Members have it through Edit, as in every Teams site.
    const forbidden = await emu.graph('POST', `/sites/${site}/lists`, { user: READER, body: { displayName: 'Probe-visitor', columns: [] } });
    expect(forbidden.status).toBe(403);
    expect((await emu.graph('POST', `/sites/${site}/lists`, { user: PRIVACY, body: { displayName: 'Probe-member', columns: [] } })).status).toBe(201);
  });
});
