import { THEME_IDS } from '../../lists/vocabulary';
import type { AppRoute } from './AppRoute';
import { parseRoute, parseRouteFromUrl, parseSubPageId } from './parseRoute';
import { routeToEntityId, routeToSubPageId, routeToUrl } from './routeFormat';

describe('parseSubPageId', () => {
  it.each<[string, AppRoute | undefined]>([
    ['library', { screen: 'library' }],
    ['library:theme=privacy', { screen: 'library', theme: 'privacy' }],
    ['library:theme=privacy&q=phishing%20mail', { screen: 'library', theme: 'privacy', query: 'phishing mail' }],
    ['library:theme=no-such-theme', { screen: 'library' }],
    ['instrument:42', { screen: 'instrument', id: '42' }],
    ['instrument:IVHO-PRIV-001', { screen: 'instrument', id: 'IVHO-PRIV-001' }],
    ['instrument:', undefined],
    ['instrument:a\u0000b', undefined],
    ['assessment:7', { screen: 'assessments', id: '7' }],
    ['report:7', undefined],
    ['instrument-7', undefined],
    ['', undefined],
  ])('reads %j', (subPageId, expected) => {
    expect(parseSubPageId(subPageId)).toEqual(expected);
  });
});

describe('parseRouteFromUrl', () => {
  it('reads a channel tab contentUrl', () => {
    expect(parseRouteFromUrl('https://ivho.example.org/?view=library&theme=kennisveiligheid&q=%20export%20')).toEqual({
      screen: 'library',
      theme: 'kennisveiligheid',
      query: 'export',
    });
    expect(parseRouteFromUrl('/?view=instrument&id=12')).toEqual({ screen: 'instrument', id: '12' });
  });

  it('falls back to the library for a URL without a route or with a bad one', () => {
    expect(parseRouteFromUrl('https://ivho.example.org/')).toEqual({ screen: 'library' });
    expect(parseRouteFromUrl('/?view=instrument')).toEqual({ screen: 'library' });
    expect(parseRouteFromUrl('/?view=nothing&theme=privacy')).toEqual({ screen: 'library', theme: 'privacy' });
  });

  it('reads a subPageId in a browser link', () => {
    expect(parseRouteFromUrl('/?subPageId=instrument%3A9')).toEqual({ screen: 'instrument', id: '9' });
  });
});

describe('parseRoute', () => {
  it('prefers the subPageId over the URL', () => {
    expect(parseRoute({ subPageId: 'instrument:5', url: '/?view=library&theme=privacy' })).toEqual({ route: { screen: 'instrument', id: '5' } });
  });

  it('opens the URL route and reports an unknown subPageId', () => {
    expect(parseRoute({ subPageId: 'report:2024', url: '/?view=library&theme=privacy' })).toEqual({
      route: { screen: 'library', theme: 'privacy' },
      unknownSubPageId: 'report:2024',
    });
  });

  it('opens the library home without any source', () => {
    expect(parseRoute({})).toEqual({ route: { screen: 'library' } });
    expect(parseRoute({ subPageId: '  ' })).toEqual({ route: { screen: 'library' } });
  });
});

describe('route formatting round-trips', () => {
  const routes: AppRoute[] = [
    { screen: 'library' },
    { screen: 'library', query: 'a&b=c d' },
    ...THEME_IDS.map((theme): AppRoute => ({ screen: 'library', theme })),
    { screen: 'library', theme: 'privacy', query: 'datalek' },
    { screen: 'instrument', id: 'IVHO-01:x/y' },
    { screen: 'assessments' },
    { screen: 'assessments', id: '7f0c2a4e-1b9d-4c1e-9a57-3d2f1e0b8c6a' },
    { screen: 'incidents' },
    { screen: 'incidents', id: 'case:42' },
  ];
  it.each(routes)('%j through subPageId and URL', (route) => {
    expect(parseSubPageId(routeToSubPageId(route))).toEqual(route);
    expect(parseRouteFromUrl(routeToUrl('https://ivho.example.org/tab/?old=1#x', route))).toEqual(route);
  });

  it('opens the self-assessment and incident-learning sections from subPageIds and URLs', () => {
    expect(parseRoute({ subPageId: 'assessments' })).toEqual({ route: { screen: 'assessments' } });
    expect(parseRoute({ subPageId: 'assessment:abc' })).toEqual({ route: { screen: 'assessments', id: 'abc' } });
    expect(parseRoute({ subPageId: 'incident:xyz' })).toEqual({ route: { screen: 'incidents', id: 'xyz' } });
    expect(parseRoute({ url: '/?view=incidents' })).toEqual({ route: { screen: 'incidents' } });
    // A record link without an id names nothing; an overview with extra text is unknown too.
    expect(parseRoute({ subPageId: 'assessment:' })).toEqual({ route: { screen: 'library' }, unknownSubPageId: 'assessment:' });
    expect(parseRoute({ subPageId: 'incidents:old' })).toEqual({ route: { screen: 'library' }, unknownSubPageId: 'incidents:old' });
    // An id with control characters opens the overview rather than a broken record.
    expect(parseRoute({ url: '/?view=assessments&id=%00x' })).toEqual({ route: { screen: 'assessments' } });
    expect(routeToEntityId({ screen: 'assessments' })).toBe('assessments');
    expect(routeToEntityId({ screen: 'incidents', id: 'x' })).toMatch(/^incidents-[0-9a-z]+$/);
  });

  it('writes readable URLs', () => {
    expect(routeToUrl('https://ivho.example.org/', { screen: 'library', theme: 'privacy' })).toBe('https://ivho.example.org/?view=library&theme=privacy');
    expect(routeToSubPageId({ screen: 'library', theme: 'privacy', query: 'x y' })).toBe('library:theme=privacy&q=x+y');
  });
});
