import { SITE_PATH, startEmulatorUnderTest } from './emulatorTestHarness';
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

describe("request bodies checked against Graph's v1.0 metadata (msgraph-metadata)", () => {
  it('refuses a list whose column carries a property Graph does not define, and creates nothing', async () => {
    const answer = await emu.graph('POST', `${SITE_PATH}:/lists`, {
      body: { displayName: 'MetadataProbe', columns: [{ name: 'Note', text: {}, columnGroup2: 'IV-HO' }], list: { template: 'genericList' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({
      code: 'RequestBodyRead',
      message:
        "The property 'columnGroup2' does not exist on type 'microsoft.graph.columnDefinition'. Make sure to only use property names that are defined by the type or mark the type as open type.",
      innerError: expect.objectContaining({ 'request-id': expect.any(String) }),
    });
    expect((await emu.graph('GET', `/sites/${site}/lists/MetadataProbe`)).status).toBe(404);
    const valid = await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'MetadataProbe', columns: [{ name: 'Note', text: {}, columnGroup: 'IV-HO' }] } });
    expect(valid.status).toBe(201);
  });

  it('refuses a wrong value type and a misnamed item wrapper, but takes any field name (fieldValueSet is open)', async () => {
    const wrongType = await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 7 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error?.message).toBe("Cannot convert the literal '7' to the expected type 'Edm.String' (the property 'displayName').");
    const wrapper = await emu.graph('POST', `/sites/${site}/lists/MetadataProbe/items`, { body: { field: { Title: 'x' } } });
    expect(wrapper.status).toBe(400);
    expect(wrapper.body.error?.code).toBe('RequestBodyRead');
    const created = await emu.graph('POST', `/sites/${site}/lists/MetadataProbe/items`, { body: { fields: { Title: 'x', Note: 'y' } } });
    expect(created.status).toBe(201);
  });

  it('checks each $batch sub-request on its own', async () => {
    const answer = await emu.graph('POST', '/$batch', {
      body: {
        requests: [
          { id: 'good', method: 'POST', url: `/sites/${site}/lists/MetadataProbe/items`, headers: { 'content-type': 'application/json' }, body: { fields: { Title: 'ok' } } },
          { id: 'bad', method: 'POST', url: `/sites/${site}/lists/MetadataProbe/items`, headers: { 'content-type': 'application/json' }, body: { fields: { Title: 'no' }, colour: 'red' } },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const byId = (id: string): GraphBody | undefined => answer.body.responses?.find((response) => response.id === id);
    expect(byId('good')?.status).toBe(201);
    expect(byId('bad')?.status).toBe(400);
    expect(byId('bad')?.body?.error?.message).toContain("The property 'colour' does not exist on type 'microsoft.graph.listItem'");
  });

  it('checks the site permission grant and channel messages too', async () => {
    const grant = await emu.graph('POST', `/sites/${site}/permissions`, { body: { roles: 'write', grantedToIdentities: [{ application: { id: 'a' } }] } });
    expect(grant.status).toBe(400);
    expect(grant.body.error?.code).toBe('RequestBodyRead');
    const config = (await emu.control('GET', '/config')).body as { team?: { id: string }; channels?: { id: string }[] };
    const message = await emu.graph('POST', `/teams/${config.team?.id ?? ''}/channels/${encodeURIComponent(config.channels?.[0]?.id ?? '')}/messages`, {
      body: { body: { content: 'hi' }, subjectLine: 'x' },
    });
    expect(message.status).toBe(400);
    expect(message.body.error?.message).toContain("The property 'subjectLine' does not exist on type 'microsoft.graph.chatMessage'");
  });
});
