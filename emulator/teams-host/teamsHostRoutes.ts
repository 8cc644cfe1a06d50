import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The Teams host page of the emulator: `/host` (HTML), `/host/hostPage.css` and its
 * browser modules at `/host/scripts/<name>.js`, written in TypeScript (./browser) and
 * transpiled on first request. Modules import each other without an extension, so
 * `/host/scripts/<name>` is served too.
 */

const HOST_DIR = __dirname;
const BROWSER_DIR = join(HOST_DIR, 'browser');
const MODULE_PATH = /^\/host\/scripts\/([A-Za-z][A-Za-z0-9]*)(?:\.js)?$/;

/** The page frames only the emulator's own tab (on the other loopback name, see browser/tabOrigin.ts) and loads nothing from elsewhere. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' http://localhost:* http://127.0.0.1:*",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

interface TranspiledModule {
  readonly mtimeMs: number;
  readonly code: string;
}

const transpiled = new Map<string, TranspiledModule>();

/** Transpiles a browser module, cached until its file changes. */
async function loadModule(name: string): Promise<string | undefined> {
  const file = join(BROWSER_DIR, `${name}.ts`);
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = transpiled.get(name);
  if (cached?.mtimeMs === mtimeMs) return cached.code;
  const source = await readFile(file, 'utf8');
  const output = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ES2022,
      target: ts.ScriptTarget.ES2022,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  transpiled.set(name, { mtimeMs, code: output.outputText });
  return output.outputText;
}

function send(response: ServerResponse, status: number, contentType: string, body: string, method: string): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(contentType.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  });
  response.end(method === 'HEAD' ? undefined : body);
}

/**
 * Serves the host page for `/host...` paths. Resolves `false` for a path it does not
 * know, so the caller can answer 404.
 */
export async function handleTeamsHostRequest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  const isPage = path === '/host' || path === '/host/' || path === '/host/index.html';
  const isStyle = path === '/host/hostPage.css';
  const moduleName = MODULE_PATH.exec(path)?.[1];
  if (!isPage && !isStyle && moduleName === undefined) return false;
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'methodNotAllowed', message: `${method} is not allowed on ${path}.` } }));
    return true;
  }
  if (isPage) {
    send(res, 200, 'text/html; charset=utf-8', await readFile(join(HOST_DIR, 'hostPage.html'), 'utf8'), method);
    return true;
  }
  if (isStyle) {
    send(res, 200, 'text/css; charset=utf-8', await readFile(join(HOST_DIR, 'hostPage.css'), 'utf8'), method);
    return true;
  }
  const code = moduleName === undefined ? undefined : await loadModule(moduleName);
  if (code === undefined) return false;
  send(res, 200, 'text/javascript; charset=utf-8', code, method);
  return true;
}
