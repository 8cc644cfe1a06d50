import { readDeepLink } from '../../emulator/teams-host/browser/readDeepLink';
import { buildTabDeepLink } from './buildTabDeepLink';

const APP_ID = '2b7f6c1e-4a3d-4e5f-9a0b-1c2d3e4f5a6b';

describe('buildTabDeepLink', () => {
  it('builds a personal-tab link whose context carries the subEntityId', () => {
    const link = buildTabDeepLink({ appId: APP_ID, entityId: 'instruments', subPageId: 'instrument:42' });
    const url = new URL(link);
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname).toBe(`/l/entity/${APP_ID}/instruments`);
    expect(JSON.parse(url.searchParams.get('context') ?? 'null')).toEqual({ subEntityId: 'instrument:42' });
    // No `+` for spaces or raw JSON in the query: every value is percent-encoded.
    expect(link).toContain('context=%7B%22subEntityId%22%3A%22instrument%3A42%22%7D');
  });

  it('adds channel, label and web URL for a channel tab', () => {
    const link = buildTabDeepLink({
      appId: APP_ID,
      entityId: 'library-privacy',
      subPageId: 'library:theme=privacy',
      channelId: '19:general@thread.tacv2',
      label: 'Privacy & AVG',
      webUrl: 'https://ivho.example.org/?view=library&theme=privacy',
    });
    const url = new URL(link);
    expect(url.searchParams.get('label')).toBe('Privacy & AVG');
    expect(url.searchParams.get('webUrl')).toBe('https://ivho.example.org/?view=library&theme=privacy');
    expect(JSON.parse(url.searchParams.get('context') ?? 'null')).toEqual({ subEntityId: 'library:theme=privacy', channelId: '19:general@thread.tacv2' });
  });

  it('links to the tab home without a context when there is no subPageId', () => {
    expect(buildTabDeepLink({ appId: APP_ID, entityId: 'instruments' })).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/instruments`);
  });

  it('is understood by the emulator host page', () => {
    const link = buildTabDeepLink({ appId: APP_ID, entityId: 'instruments', subPageId: 'instrument:a b/ç' });
    expect(readDeepLink(link, 'http://127.0.0.1:4280')).toEqual({ kind: 'subPage', subPageId: 'instrument:a b/ç', entityId: 'instruments' });
  });

  it('refuses an empty app or entity id', () => {
    expect(() => buildTabDeepLink({ appId: ' ', entityId: 'instruments' })).toThrow('appId is empty');
    expect(() => buildTabDeepLink({ appId: APP_ID, entityId: '' })).toThrow('entityId is empty');
  });
});
