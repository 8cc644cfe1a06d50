import type { IncomingMessage, ServerResponse } from 'node:http';

import { FRAMELESS_CLIENT_PARAM } from './browser/framelessParams';

/** The emulator's frameless host module (emulator/teams-host/browser/framelessHost.ts). */
const HOST_SCRIPT = '<script type="module" src="/host/scripts/framelessHost.js"></script>';

/** Whether this request is for the tab's page under the emulated Teams mobile host. */
export function wantsFramelessTab(url: URL, method: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && (url.pathname === '/' || url.pathname === '/index.html') && url.searchParams.get(FRAMELESS_CLIENT_PARAM) === 'teams-mobile';
}

/**
 * Answers the tab's page with the frameless host module placed before the tab's own
 * scripts: the Teams mobile apps inject `window.nativeInterface` into the webview before
 * the page runs, and so does this. The page itself (and its Content-Security-Policy) is
 * fetched from the emulator's own tab server, so a build is served under its real policy;
 * the host module comes from the same origin, which `script-src 'self'` allows.
 */
export async function serveFramelessTab(request: IncomingMessage, response: ServerResponse, url: URL, port: number): Promise<void> {
  request.resume();
  // Asked of the emulator itself on 127.0.0.1: the page does not depend on the name it is served under.
  const plain = new URL(`${url.pathname}${url.search}`, `http://127.0.0.1:${port}`);
  plain.searchParams.delete(FRAMELESS_CLIENT_PARAM);
  const page = await fetch(plain.href, { headers: { Accept: 'text/html' } });
  const html = await page.text();
  const injected = html.includes('<script') ? html.replace('<script', `${HOST_SCRIPT}\n    <script`) : html.replace('</head>', `${HOST_SCRIPT}</head>`);
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  const policy = page.headers.get('content-security-policy');
  if (policy !== null) headers['Content-Security-Policy'] = policy;
  response.writeHead(page.status, headers);
  response.end(request.method === 'HEAD' ? undefined : injected);
}
