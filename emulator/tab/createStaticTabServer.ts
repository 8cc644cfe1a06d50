import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http/sendJson';
import type { TabServer } from './TabServer';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The policy the build wrote next to itself (see vite.config.mts); undefined for an older build. */
function readBuiltPolicy(root: string): string | undefined {
  try {
    const policy = readFileSync(join(root, 'content-security-policy.txt'), 'utf8').trim();
    return policy === '' ? undefined : policy;
  } catch {
    return undefined;
  }
}

/**
 * Serves a built tab (`vite build` output) from `dir`: files by path, and `index.html`
 * for any extension-less path the files do not cover (client-side routes). Paths that
 * climb out of `dir` are refused. HTML goes out with the build's production
 * Content-Security-Policy, so whatever runs against a build runs under that policy.
 */
export function createStaticTabServer(dir: string): TabServer {
  const root = resolve(dir);
  const policy = readBuiltPolicy(root);
  return {
    handle(request, response) {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        sendJson(response, 405, { error: { code: 'methodNotAllowed', message: `${method} is not served for the tab.` } });
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://tab.invalid').pathname);
      } catch {
        sendJson(response, 400, { error: { code: 'badRequest', message: 'Malformed path.' } });
        return;
      }
      const file = resolve(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        sendJson(response, 404, { error: { code: 'itemNotFound', message: 'Not found.' } });
        return;
      }
      const target = isFile(file) ? file : isFile(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
      if (target !== undefined) {
        sendFile(response, target, method, false, policy);
      } else if (extname(pathname) === '' && isFile(join(root, 'index.html'))) {
        sendFile(response, join(root, 'index.html'), method, true, policy);
      } else {
        sendJson(response, 404, { error: { code: 'itemNotFound', message: `No file ${pathname}.` } });
      }
    },
    close: () => Promise.resolve(),
  };
}

function sendFile(response: ServerResponse, file: string, method: string, isFallback: boolean, policy: string | undefined): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.statusCode = 200;
  response.setHeader('Content-Type', type);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (policy !== undefined && type.startsWith('text/html')) response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Content-Length', statSync(file).size);
  // Hashed assets may be cached; the HTML entry must always be revalidated to pick up a new build.
  response.setHeader('Cache-Control', isFallback || type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600');
  if (method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

