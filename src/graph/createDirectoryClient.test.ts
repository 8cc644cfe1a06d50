import { createDirectoryClient } from './createDirectoryClient';
import { createGraphClient } from './createGraphClient';
import { jsonResponse, recordingFetch } from './testing/recordingFetch';
import type { FakeGraphHandler } from './testing/recordingFetch';

const BASE = 'https://graph.microsoft.com/v1.0';

function setup(handler: FakeGraphHandler) {
  const { fetch, requests } = recordingFetch(handler);
  const graph = createGraphClient({ baseUrl: BASE, tokenSource: { getAccessToken: () => Promise.resolve('t') }, fetch, sleep: () => Promise.resolve() });
  return { directory: createDirectoryClient(graph), requests };
}

describe('createDirectoryClient', () => {
  it('searches people with an escaped startswith filter and maps only complete entries', async () => {
    const { directory, requests } = setup(() =>
      jsonResponse(200, {
        value: [
          { displayName: "Sean O'Brien", userPrincipalName: 'sean@contoso.example', jobTitle: 'Coordinator' },
          { displayName: 'No upn' },
          { displayName: 'Ann', userPrincipalName: 'ann@contoso.example', jobTitle: '' },
        ],
      }),
    );
    const people = await directory.searchPeople("  O'B  ", 5);
    expect(people).toEqual([
      { displayName: "Sean O'Brien", userPrincipalName: 'sean@contoso.example', jobTitle: 'Coordinator' },
      { displayName: 'Ann', userPrincipalName: 'ann@contoso.example' },
    ]);
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/v1.0/users');
    expect(url.searchParams.get('$filter')).toBe("startswith(displayName,'O''B') or startswith(givenName,'O''B') or startswith(surname,'O''B') or startswith(mail,'O''B')");
    expect(url.searchParams.get('$top')).toBe('5');
  });

  it('sends nothing for blank text and lists display names for the guard', async () => {
    const { directory, requests } = setup(() => jsonResponse(200, { value: [{ displayName: 'Ann' }, { id: 'x' }, { displayName: 'Bob' }] }));
    await expect(directory.searchPeople('   ')).resolves.toEqual([]);
    expect(requests).toHaveLength(0);
    await expect(directory.listDisplayNames(5000)).resolves.toEqual(['Ann', 'Bob']);
    const url = new URL(requests[0]?.url ?? '');
    expect(url.searchParams.get('$select')).toBe('displayName');
    expect(url.searchParams.get('$top')).toBe('999');
  });
});
