import { graphError } from '../graphTypes';
import type { GraphHandler, GraphResponse } from '../graphTypes';
import type { AppFolderStore, AppFolderFile } from './AppFolderStore';

/** Delegated scopes that reach the app folder (the app-folder-only one is what the tab asks for). */
export const APP_FOLDER_SCOPES = ['Files.ReadWrite.AppFolder', 'Files.ReadWrite', 'Files.ReadWrite.All'];

const ITEM_PATH = /^\/me\/drive\/special\/approot:\/([^/:]+):(\/content)?$/;
const CHILDREN_PATH = '/me/drive/special/approot/children';
/** Files the app keeps are small settings; a larger upload is refused as Graph refuses simple uploads over 4 MB. */
const MAX_CONTENT_BYTES = 4 * 1024 * 1024;

function driveItem(file: AppFolderFile): Record<string, unknown> {
  return { id: `approot-${file.name}`, name: file.name, eTag: file.eTag, cTag: file.eTag, lastModifiedDateTime: file.lastModified, size: Buffer.byteLength(file.content), file: { mimeType: 'application/json' } };
}

/**
 * `GET /me/drive/special/approot/children`, `GET /me/drive/special/approot:/{name}` (metadata), `GET .../{name}:/content` and
 * `PUT .../{name}:/content`: the caller's app folder as Graph serves it. A missing file
 * is 404 `itemNotFound`; `If-Match` with a stale eTag is 412; without a Files scope 403.
 */
export function createAppFolderHandler(files: () => AppFolderStore, now: () => Date = () => new Date()): GraphHandler {
  return (request) => {
    if (!APP_FOLDER_SCOPES.some((scope) => request.caller.scopes.includes(scope))) {
      return Promise.resolve(graphError(403, 'accessDenied', `Missing scope permissions on the request. API requires one of '${APP_FOLDER_SCOPES.join(', ')}'.`));
    }
    // The app folder exists from the first access on, as OneDrive creates it then: its children are listed, empty at first.
    if (request.path === CHILDREN_PATH && request.method === 'GET') {
      return Promise.resolve({ status: 200, body: { value: files().list(request.caller.user.id).map(driveItem) } });
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
      return respond(content ? { status: 200, headers: { ETag: existing.eTag }, body: JSON.parse(existing.content) as unknown } : { status: 200, body: driveItem(existing) });
    }
    if (request.method !== 'PUT' || !content) return respond(graphError(405, 'invalidRequest', `${request.method} is not supported here.`));
    const ifMatch = request.headers['if-match'];
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== existing?.eTag) {
      return respond(graphError(412, 'resourceModified', 'The resource has changed since the caller last read it; usually an eTag mismatch'));
    }
    const text = JSON.stringify(request.body ?? null);
    if (Buffer.byteLength(text) > MAX_CONTENT_BYTES) return respond(graphError(413, 'requestTooLarge', 'Simple upload is limited to 4 MB.'));
    const stored = files().put(userId, name, text, now());
    return respond({ status: existing === undefined ? 201 : 200, body: driveItem(stored) });
  };
}
