import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ts from 'typescript';
import { handleTeamsHostRequest } from './teamsHostRoutes';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    handleTeamsHostRequest(request, response, url)
      .then((handled) => {
        if (!handled) {
          response.writeHead(404);
          response.end('not handled');
        }
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describe('handleTeamsHostRequest', () => {
  it('serves the host page with landmarks, the status line and its module script', async () => {
    const response = await fetch(`${base}/host?tab=personal&locale=nl-NL`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("frame-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/host/scripts/hostPage.js"></script>');
    expect(html).toContain('data-testid="host-status"');
    for (const landmark of ['<nav', '<header', '<main', '<aside']) expect(html).toContain(landmark);
  });

  it('serves the browser modules as plain JavaScript, with and without .js', async () => {
    for (const path of ['/host/scripts/hostPage.js', '/host/scripts/hostScene']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const code = await response.text();
      // Type annotations are gone: the output parses as JavaScript without diagnostics.
      const check = ts.transpileModule(code, { fileName: 'check.js', reportDiagnostics: true, compilerOptions: { allowJs: true, module: ts.ModuleKind.ES2022 } });
      expect(check.diagnostics ?? []).toEqual([]);
      expect(code).not.toMatch(/^import type /m);
    }
    const page = await (await fetch(`${base}/host/scripts/hostPage.js`)).text();
    expect(page).toContain("from './hostProtocol'");
  });

  it('leaves unknown paths to the caller and refuses other methods', async () => {
    expect((await fetch(`${base}/host/scripts/nothing.js`)).status).toBe(404);
    expect((await fetch(`${base}/host/scripts/..%2Fserver.js`)).status).toBe(404);
    expect((await fetch(`${base}/hostile`)).status).toBe(404);
    const post = await fetch(`${base}/host`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
