import { parseBatchBody } from './parseBatchBody';
import { resolveSubRequestUrl } from './createBatchHandler';

describe('parseBatchBody', () => {
  it('orders requests so each runs after what it depends on, keeping the sent order otherwise', () => {
    const parsed = parseBatchBody({
      requests: [
        { id: '3', method: 'get', url: '/me', dependsOn: ['2'] },
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'POST', url: '/me', dependsOn: ['1'], headers: { 'Content-Type': 'application/json' }, body: {} },
        { id: '4', method: 'GET', url: '/me' },
      ],
    });
    expect(parsed.ok && parsed.requests.map((request) => request.id)).toEqual(['1', '2', '3', '4']);
    expect(parsed.ok && parsed.requests[0]?.method).toBe('GET');
    expect(parsed.ok && parsed.requests[1]?.headers).toEqual({ 'content-type': 'application/json' });
  });

  it.each([
    ['no requests', { requests: [] }],
    ['21 requests', { requests: Array.from({ length: 21 }, (_, index) => ({ id: String(index), method: 'GET', url: '/me' })) }],
    ['duplicate ids', { requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }] }],
    ['a self-dependency', { requests: [{ id: 'a', method: 'GET', url: '/me', dependsOn: ['a'] }] }],
    ['a non-string header', { requests: [{ id: 'a', method: 'GET', url: '/me', headers: { 'x-n': 1 } }] }],
    ['null', null],
  ])('refuses %s', (_name, body) => {
    expect(parseBatchBody(body).ok).toBe(false);
  });
});

describe('resolveSubRequestUrl', () => {
  it.each(['/me', 'me', '/sites/root/lists?$top=1'])('accepts the relative URL %s', (url) => {
    expect(resolveSubRequestUrl(url).ok).toBe(true);
  });

  it.each(['/v1.0/me', 'v1.0/me', '/beta/me', 'https://graph.microsoft.com/v1.0/me', '//graph.microsoft.com/me'])('refuses %s', (url) => {
    expect(resolveSubRequestUrl(url).ok).toBe(false);
  });

  it('keeps the query of a sub-request', () => {
    const resolved = resolveSubRequestUrl('sites/x/lists/y/items?expand=fields(select=Title)&$top=5');
    expect(resolved.ok && resolved.path).toBe('/sites/x/lists/y/items');
    expect(resolved.ok && resolved.query.get('$top')).toBe('5');
  });
});
