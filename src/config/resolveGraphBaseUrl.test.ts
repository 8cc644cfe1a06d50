import { resolveGraphBaseUrl } from './resolveGraphBaseUrl';

describe('resolveGraphBaseUrl', () => {
  it('resolves a root-relative URL against the tab origin', () => {
    expect(resolveGraphBaseUrl({ graphBaseUrl: '/graph/v1.0' }, 'http://127.0.0.1:4280')).toBe('http://127.0.0.1:4280/graph/v1.0');
    expect(resolveGraphBaseUrl({ graphBaseUrl: '/graph/v1.0/' }, 'http://localhost:5173/')).toBe('http://localhost:5173/graph/v1.0');
  });

  it('keeps an absolute URL', () => {
    expect(resolveGraphBaseUrl({ graphBaseUrl: 'https://graph.microsoft.com/v1.0' }, 'https://tab.example')).toBe('https://graph.microsoft.com/v1.0');
  });
});
