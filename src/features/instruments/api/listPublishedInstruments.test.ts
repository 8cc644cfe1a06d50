import catalog from '../../../../config/catalog/instruments.json';
import type { ListClient, ListItem, ListItemsOptions } from '../../../graph';
import { INSTRUMENT_SELECT } from '../../../lists/instrumentMapping';
import { listPublishedInstruments } from './listPublishedInstruments';

function asListItem(fields: Record<string, unknown>, index: number): ListItem {
  return {
    id: String(index + 1),
    eTag: `"item,${index + 1}"`,
    fields,
    createdDateTime: '2026-01-01T00:00:00Z',
    lastModifiedDateTime: '2026-01-02T00:00:00Z',
    webUrl: undefined,
  };
}

/** A list client whose listItems answers from `items` and records its calls; any other call fails the test. */
function fakeListClient(items: ListItem[]): { client: ListClient; calls: [string, ListItemsOptions][] } {
  const calls: [string, ListItemsOptions][] = [];
  const unexpected = (): never => {
    throw new Error('unexpected list client call');
  };
  const client: ListClient = {
    siteId: unexpected,
    listId: unexpected,
    listItems: (list, options) => {
      calls.push([list, options]);
      return Promise.resolve(items);
    },
    getItem: unexpected,
    createItem: unexpected,
    updateItemFields: unexpected,
    deleteItem: unexpected,
    deltaItems: unexpected,
    batch: unexpected,
  };
  return { client, calls };
}

describe('listPublishedInstruments', () => {
  const published = catalog.instruments.filter((instrument) => instrument.Status === 'published');

  it('asks for the selected fields of published items only', async () => {
    const { client, calls } = fakeListClient([]);
    await listPublishedInstruments(client, 'Instrumenten');
    expect(calls).toHaveLength(1);
    const [list, options] = calls[0] ?? [];
    expect(list).toBe('Instrumenten');
    expect(options?.select).toEqual(INSTRUMENT_SELECT);
    expect(JSON.stringify(options?.filter)).toContain('Status');
    expect(JSON.stringify(options?.filter)).toContain('published');
  });

  it('maps the items, sorted by title, and counts malformed ones', async () => {
    const items = published.map((fields, index) => asListItem(fields, index));
    items.push(asListItem({ Title: 'Kapot', Status: 'published' }, items.length));
    const { client } = fakeListClient(items.reverse());
    const result = await listPublishedInstruments(client, 'Instruments');
    expect(result.skipped).toBe(1);
    const titles = result.instruments.map((instrument) => instrument.title);
    expect(titles).toHaveLength(published.length);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true })));
    expect(new Set(titles)).toEqual(new Set(published.map((instrument) => instrument.Title)));
  });
});
