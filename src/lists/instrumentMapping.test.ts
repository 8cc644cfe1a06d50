import { parseInstrumentItem, readInstruments, toInstrumentFields, type InstrumentDraft } from './instrumentMapping';

/** An Instruments item the way Graph returns it from `items?expand=fields(select=...)`. */
function graphInstrumentItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"4f2a8c1e-5b7d-4e8a-9c3f-1a2b3c4d5e6f,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2024-03-01T09:12:44Z',
    lastModifiedDateTime: '2024-03-05T14:02:10Z',
    webUrl: `https://contoso.sharepoint.com/sites/ivho/Lists/Instruments/${id}_.000`,
    createdBy: { user: { displayName: 'System Account' } },
    parentReference: { id: 'c6b1a0f2-0f0e-4f4b-8d51-2f3a1f0c9e11', siteId: 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222' },
    contentType: { id: '0x0100A1B2C3', name: 'Item' },
    'fields@odata.context': `https://graph.microsoft.com/v1.0/$metadata#sites('x')/lists('y')/items('${id}')/fields/$entity`,
    fields: {
      '@odata.etag': etag,
      Title: 'Stappenplan datalek melden',
      InstrumentKey: 'stappenplan-datalek-melden',
      Summary: 'Van ontdekking tot melding binnen 72 uur.',
      Body: '<div class="ExternalClass12"><p>Meld direct.</p><script>alert(1)</script></div>',
      'Themes@odata.type': 'Collection(Edm.String)',
      Themes: ['privacy'],
      'ProcessSteps@odata.type': 'Collection(Edm.String)',
      ProcessSteps: ['organisatie', 'continuiteit'],
      InstrumentType: 'stappenplan',
      'Audience@odata.type': 'Collection(Edm.String)',
      Audience: ['coordinator'],
      Language: 'nl',
      DocumentLink: 'https://example.org/ivho/privacy/datalek',
      DocumentLabel: 'Download',
      SourceOrganisation: 'Platform IV-HO',
      PublishedOn: '2022-10-03T00:00:00Z',
      Tags: 'datalek; meldplicht;avg;;',
      Status: 'published',
      ...fieldOverrides,
    },
  };
}

describe('readInstruments', () => {
  it('maps a complete Graph item to an Instrument, keeping the body unsanitised', () => {
    const { items, skipped } = readInstruments([graphInstrumentItem('7')]);
    expect(skipped).toEqual([]);
    expect(items).toEqual([
      {
        id: '7',
        eTag: '"4f2a8c1e-5b7d-4e8a-9c3f-1a2b3c4d5e6f,7"',
        lastModified: '2024-03-05T14:02:10Z',
        key: 'stappenplan-datalek-melden',
        title: 'Stappenplan datalek melden',
        summary: 'Van ontdekking tot melding binnen 72 uur.',
        // SharePoint's ExternalClass wrapper removed; the body itself is not sanitised here (the view does that).
        bodyHtml: '<p>Meld direct.</p><script>alert(1)</script>',
        themes: ['privacy'],
        processSteps: ['organisatie', 'continuiteit'],
        type: 'stappenplan',
        audience: ['coordinator'],
        language: 'nl',
        documentUrl: { url: 'https://example.org/ivho/privacy/datalek', description: 'Download' },
        sourceOrganisation: 'Platform IV-HO',
        publishedOn: '2022-10-03T00:00:00Z',
        tags: ['datalek', 'meldplicht', 'avg'],
        status: 'published',
      },
    ]);
  });

  it('leaves optional properties out when Graph omits the empty columns', () => {
    const item = graphInstrumentItem('8');
    const fields = item['fields'] as Record<string, unknown>;
    for (const name of ['Body', 'ProcessSteps', 'Audience', 'DocumentLink', 'DocumentLabel', 'SourceOrganisation', 'PublishedOn', 'Tags']) {
      delete fields[name];
    }
    fields['SourceOrganisation'] = null;
    const { items, skipped } = readInstruments([item]);
    expect(skipped).toEqual([]);
    const instrument = items[0];
    expect(instrument).toBeDefined();
    expect(instrument?.bodyHtml).toBe('');
    expect(instrument?.processSteps).toEqual([]);
    expect(instrument?.audience).toEqual([]);
    expect(instrument?.tags).toEqual([]);
    expect(instrument).not.toHaveProperty('documentUrl');
    expect(instrument).not.toHaveProperty('sourceOrganisation');
    expect(instrument).not.toHaveProperty('publishedOn');
  });

  it('takes the eTag and modification time from fields when the item-level ones are not selected', () => {
    const item = graphInstrumentItem('9');
    delete item['eTag'];
    delete item['lastModifiedDateTime'];
    (item['fields'] as Record<string, unknown>)['Modified'] = '2025-01-02T03:04:05Z';
    const { items } = readInstruments([item]);
    expect(items[0]?.eTag).toBe('"4f2a8c1e-5b7d-4e8a-9c3f-1a2b3c4d5e6f,9"');
    expect(items[0]?.lastModified).toBe('2025-01-02T03:04:05Z');
  });

  it('skips malformed items with a reason per item and keeps the good ones', () => {
    const noEtag = graphInstrumentItem('15');
    delete noEtag['eTag'];
    delete (noEtag['fields'] as Record<string, unknown>)['@odata.etag'];
    const raw: unknown[] = [
      graphInstrumentItem('10'),
      graphInstrumentItem('11', { Summary: undefined }),
      graphInstrumentItem('12', { Themes: ['privacy', 'astrologie'] }),
      graphInstrumentItem('13', { Language: 3 }),
      graphInstrumentItem('14', { DocumentLink: 'javascript:alert(1)', DocumentLabel: 'x' }),
      noEtag,
      graphInstrumentItem('16', { PublishedOn: 'gisteren' }),
      graphInstrumentItem('17', { Themes: [] }),
      { id: '18' },
      'not an item',
      null,
      graphInstrumentItem('19', { Status: 'draft' }),
    ];
    const { items, skipped } = readInstruments(raw);
    expect(items.map((item) => item.id)).toEqual(['10']);
    expect(skipped.map((skip) => skip.itemId)).toEqual(['11', '12', '13', '14', '15', '16', '17', '18', '(unknown)', '(unknown)', '19']);
    const reasonOf = (id: string): string => skipped.find((skip) => skip.itemId === id)?.reason ?? '';
    expect(reasonOf('11')).toBe('Summary: is missing');
    expect(reasonOf('12')).toMatch(/^Themes\[1\]: /);
    expect(reasonOf('13')).toMatch(/^Language: /);
    expect(reasonOf('14')).toMatch(/^DocumentLink: /);
    expect(reasonOf('15')).toBe('eTag: missing');
    expect(reasonOf('16')).toMatch(/^PublishedOn: /);
    expect(reasonOf('17')).toMatch(/^Themes: /);
    expect(reasonOf('18')).toMatch(/fields/);
    expect(reasonOf('19')).toMatch(/^Status: /);
  });

  it('never echoes field values in a skip reason', () => {
    const { skipped } = readInstruments([graphInstrumentItem('20', { Language: 'jan.jansen@example.org' })]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.reason).not.toContain('jan.jansen');
  });
});

describe('parseInstrumentItem', () => {
  it('uses the link itself as its label when the list has none, and no link when the text is blank', () => {
    const result = parseInstrumentItem(graphInstrumentItem('21', { DocumentLink: ' https://example.org/a ', DocumentLabel: null }));
    expect(result.ok && result.value.documentUrl).toEqual({ url: 'https://example.org/a', description: 'https://example.org/a' });
    const blank = parseInstrumentItem(graphInstrumentItem('22', { DocumentLink: '  ', DocumentLabel: 'Lees meer' }));
    expect(blank.ok && blank.value).not.toHaveProperty('documentUrl');
  });
});

describe('toInstrumentFields', () => {
  const draft: InstrumentDraft = {
    key: 'bhv-oefenplan',
    title: 'BHV-oefenplan',
    summary: 'Een jaarlijks oefenplan.',
    bodyHtml: '<p>Oefen elk kwartaal.</p>',
    themes: ['fysieke-veiligheid'],
    processSteps: ['organisatie'],
    type: 'stappenplan',
    audience: [],
    language: 'nl',
    documentUrl: { url: 'https://example.org/ivho/bhv', description: 'Oefenplan' },
    tags: ['bhv', 'oefenen'],
    status: 'published',
  };

  it('writes multi-choice arrays with their OData type, the link as two text fields and tags as text', () => {
    expect(toInstrumentFields(draft)).toEqual({
      Title: 'BHV-oefenplan',
      InstrumentKey: 'bhv-oefenplan',
      Summary: 'Een jaarlijks oefenplan.',
      Body: '<p>Oefen elk kwartaal.</p>',
      'Themes@odata.type': 'Collection(Edm.String)',
      Themes: ['fysieke-veiligheid'],
      'ProcessSteps@odata.type': 'Collection(Edm.String)',
      ProcessSteps: ['organisatie'],
      InstrumentType: 'stappenplan',
      'Audience@odata.type': 'Collection(Edm.String)',
      Audience: [],
      Language: 'nl',
      DocumentLink: 'https://example.org/ivho/bhv',
      DocumentLabel: 'Oefenplan',
      Tags: 'bhv;oefenen',
      Status: 'published',
    });
  });

  it('clears empty optional columns with null on update only', () => {
    const created = toInstrumentFields(draft);
    const updated = toInstrumentFields(draft, 'update');
    expect(created).not.toHaveProperty('PublishedOn');
    expect(updated['PublishedOn']).toBeNull();
    expect(updated['SourceOrganisation']).toBeNull();
  });

  it('round-trips through a Graph item', () => {
    const fields = toInstrumentFields(draft);
    const { items, skipped } = readInstruments([{ id: '30', eTag: '"e,1"', lastModifiedDateTime: '2025-01-01T00:00:00Z', fields }]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({ ...draft, id: '30', eTag: '"e,1"', lastModified: '2025-01-01T00:00:00Z' });
  });
});
