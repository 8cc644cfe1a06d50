import { graphError } from '../graphTypes';
import type { GraphHandler, GraphResponse } from '../graphTypes';
import type { AppFolderStore, AppFolderFile } from './AppFolderStore';

/** Delegated scopes that reach the app folder (the app-folder-only one is what the tab asks for). */
export const APP_FOLDER_SCOPES = ['Files.ReadWrite.AppFolder', 'Files.ReadWrite', 'Files.ReadWrite.All'];

/** `approot:/{name}` (the closing colon may be left off), or `approot:/{name}:/content`. */
const ITEM_PATH = /^\/me\/drive\/special\/approot:\/([^/:]+)(?::(\/content)?)?$/;
const CHILDREN_PATH = '/me/drive/special/approot/children';
/** Files the app keeps are small settings; a larger upload is refused as Graph refuses simple uploads over 4 MB. */
const MAX_CONTENT_BYTES = 4 * 1024 * 1024;

/** The instance annotation that carries a file's pre-authenticated download URL. */
const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

/** Makes a pre-authenticated download URL on the file host's origin (see emulator/files). */
export type DownloadUrlFor = (userId: string, name: string) => string;

function driveItem(file: AppFolderFile, downloadUrl: string): Record<string, unknown> {
  return {
    id: `approot-${file.name}`,
    name: file.name,
    eTag: file.eTag,
    cTag: file.eTag,
    lastModifiedDateTime: file.lastModified,
    size: Buffer.byteLength(file.content),
    file: { mimeType: 'application/json' },
    [DOWNLOAD_URL]: downloadUrl,
  };
}

/**
 * Selection as Graph applies it to driveItems, strictest reading of what is reported:
 * - `select=…@microsoft.graph.downloadUrl` (no `$`) returns the URL, as "Download
 *   driveItem content" shows; `$select=` silently drops it (microsoft-graph-docs #20212),
 *   unless `content.downloadUrl` is named (onedrive-api-docs #606, microsoft-graph-docs #11671);
 * - without a selection, a single item carries it ("driveItem resource type", instance
 *   attributes) and a listing does not (it is "not always present": msgraph-sdk-objc-models #65).
 */
function selected(item: Record<string, unknown>, query: URLSearchParams, single: boolean): Record<string, unknown> {
  const dollar = query.get('$select');
  const plain = query.get('select');
  const selection = dollar ?? plain;
  if (selection === null || selection.trim() === '') {
    return single ? item : Object.fromEntries(Object.entries(item).filter(([name]) => name !== DOWNLOAD_URL));
  }
  const names = new Set(selection.split(',').map((name) => name.trim()));
  const withUrl = names.has('content.downloadUrl') || (dollar === null && names.has(DOWNLOAD_URL));
  return Object.fromEntries(Object.entries(item).filter(([name]) => (name === DOWNLOAD_URL ? withUrl : names.has(name))));
}

/**
 * `GET /me/drive/special/approot/children`, `GET /me/drive/special/approot:/{name}` (metadata), `GET .../{name}:/content` and
 * `PUT .../{name}:/content`: the caller's app folder as Graph serves it. Reading
 * `/content` answers 302 to a pre-authenticated URL on another origin ("Download
 * driveItem content"), the same URL that a driveItem carries as `@microsoft.graph.downloadUrl`.
 * A missing file is 404 `itemNotFound`; `If-Match` with a stale eTag is 412; without a Files scope 403.
 */
export function createAppFolderHandler(files: () => AppFolderStore, downloadUrlFor: DownloadUrlFor, now: () => Date = () => new Date()): GraphHandler {
  return (request) => {
    if (!APP_FOLDER_SCOPES.some((scope) => request.caller.scopes.includes(scope))) {
      return Promise.resolve(graphError(403, 'accessDenied', `Missing scope permissions on the request. API requires one of '${APP_FOLDER_SCOPES.join(', ')}'.`));
    }
    // The app folder exists from the first access on, as OneDrive creates it then: its children are listed, empty at first.
    if (request.path === CHILDREN_PATH && request.method === 'GET') {
      const userId = request.caller.user.id;
      const value = files()
        .list(userId)
        .map((file) => selected(driveItem(file, downloadUrlFor(userId, file.name)), request.query, false));
      return Promise.resolve({ status: 200, body: { value } });
    }
    const match = ITEM_PATH.exec(request.path);
    if (match === null) return Promise.resolve(graphError(404, 'itemNotFound', `Resource not found for the segment '${request.path}'.`));
    let name: string;
    try {
      name = decodeURIComponent(match[1] ?? '');
    } catch {
      return Promise.resolve(graphError(400, 'invalidRequest', 'The file name is not correctly percent-encoded.'));
    }
    const content = match[2] !== undefined;
    const userId = request.caller.user.id;
    const existing = files().get(userId, name);
    const respond = (response: GraphResponse) => Promise.resolve(response);
    if (request.method === 'GET') {
      if (existing === undefined) return respond(graphError(404, 'itemNotFound', 'The resource could not be found.'));
      const downloadUrl = downloadUrlFor(userId, existing.name);
      // The content itself is never served by Graph: it redirects, and the Location is on another origin.
      return respond(content ? { status: 302, headers: { Location: downloadUrl } } : { status: 200, body: selected(driveItem(existing, downloadUrl), request.query, true) });
    }
    if (request.method !== 'PUT' || !content) return respond(graphError(405, 'invalidRequest', `${request.method} is not supported here.`));
    const ifMatch = request.headers['if-match'];
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== existing?.eTag) {
      return respond(graphError(412, 'resourceModified', 'The resource has changed since the caller last read it; usually an eTag mismatch'));
    }
    const text = JSON.stringify(request.body ?? null);
    if (Buffer.byteLength(text) > MAX_CONTENT_BYTES) return respond(graphError(413, 'requestTooLarge', 'Simple upload is limited to 4 MB.'));
    const stored = files().put(userId, name, text, now());
    return respond({ status: existing === undefined ? 201 : 200, body: driveItem(stored, downloadUrlFor(userId, stored.name)) });
  };
}
