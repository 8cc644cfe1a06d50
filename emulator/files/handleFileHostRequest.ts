import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/sendJson';
import type { AppFolderStore } from '../graph/drive/AppFolderStore';
import type { DownloadUrlSigner } from './DownloadUrlSigner';

/** What the file host reads from. */
export interface FileHostDeps {
  readonly signer: DownloadUrlSigner;
  /** A getter: a reset replaces the store. */
  readonly appFolder: () => AppFolderStore;
}

/**
 * The emulator's stand-in for `{tenant}-my.sharepoint.com`, the other origin that
 * OneDrive's pre-authenticated download URLs point to ("Download driveItem content").
 *
 * Microsoft's page says a JavaScript app cannot follow `/content`'s 302 because a
 * redirect is prohibited when the request needed a CORS preflight (it carried an
 * `Authorization` header), and that the `@microsoft.graph.downloadUrl` can be read
 * "without a CORS preflight". So this host answers a plain GET to any origin and refuses
 * everything a credentialed or redirected read would bring: a preflight gets no CORS
 * headers, a request with an `Authorization` header or a cookie is refused, and so is
 * `Origin: null`, which is what a browser sends after following a cross-origin redirect.
 * Real SharePoint may be more lenient on the last two; the stricter answer keeps an app
 * that relies on them from passing here (docs/emulator-conformance.md).
 */
export function handleFileHostRequest(request: IncomingMessage, response: ServerResponse, deps: FileHostDeps): void {
  request.resume();
  const method = (request.method ?? 'GET').toUpperCase();
  const refuse = (status: number, code: string, message: string): void => sendJson(response, status, { error: { code, message } });
  if (method === 'OPTIONS') {
    refuse(403, 'preflightRefused', 'Pre-authenticated download URLs are read with a simple GET, without credentials.');
    return;
  }
  if (method !== 'GET') {
    refuse(405, 'invalidRequest', `${method} is not supported on a download URL.`);
    return;
  }
  if (request.headers.authorization !== undefined || request.headers.cookie !== undefined) {
    refuse(401, 'credentialsNotAccepted', 'A pre-authenticated download URL takes no Authorization header or cookie.');
    return;
  }
  if (request.headers.origin === 'null') {
    refuse(403, 'redirectedReadRefused', 'A download reached through a redirect is refused; read @microsoft.graph.downloadUrl instead.');
    return;
  }
  const grant = deps.signer.check(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (grant === undefined) {
    refuse(401, 'invalidDownloadUrl', 'The download URL is malformed or has expired; ask Graph for a new one.');
    return;
  }
  const file = deps.appFolder().get(grant.userId, grant.name);
  if (file === undefined) {
    refuse(404, 'itemNotFound', 'The file no longer exists.');
    return;
  }
  if (response.headersSent || response.destroyed) return;
  response.statusCode = 200;
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Content-Type', 'application/octet-stream');
  response.setHeader('Content-Length', Buffer.byteLength(file.content));
  response.end(file.content);
}
