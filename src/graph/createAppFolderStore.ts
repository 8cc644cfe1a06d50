import type { GraphClient } from './createGraphClient';
import { isGraphError } from './GraphError';

/** Small JSON files in the user's OneDrive app folder: settings that follow the user across devices. */
export interface AppFolderStore {
  /** The file's JSON, or undefined when it does not exist yet. */
  readJson(name: string): Promise<unknown>;
  /** Writes the file (creating it when needed). */
  writeJson(name: string, value: unknown): Promise<void>;
}

const APP_FOLDER = '/me/drive/special/approot';
/** The instance annotation with a file's pre-authenticated download URL. */
const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

interface DriveItemSummary {
  readonly name?: unknown;
  readonly [DOWNLOAD_URL]?: unknown;
}

function itemPath(name: string): string {
  return `${APP_FOLDER}:/${encodeURIComponent(name)}`;
}

/**
 * JSON files in `special/approot` (`Files.ReadWrite.AppFolder`: the app sees only its
 * own folder, never the rest of the user's OneDrive). Reading never touches `/content`:
 * Graph answers that with a 302 to another origin, which a browser cannot follow with a
 * token ("Download driveItem content"). The app reads the file's
 * `@microsoft.graph.downloadUrl` instead, without a token. A missing file reads as
 * undefined; other failures are GraphErrors.
 */
export function createAppFolderStore(graph: GraphClient): AppFolderStore {
  /** The file's download URL, or undefined when there is no such file. */
  async function downloadUrlOf(name: string): Promise<string | undefined> {
    // Listing first: reading a file that does not exist yet is a 404, which browsers log as an error.
    const listing = (await graph.send({ method: 'GET', path: `${APP_FOLDER}/children?$select=name`, idempotent: true })).body as { value?: DriveItemSummary[] } | undefined;
    if (!(listing?.value ?? []).some((item) => typeof item.name === 'string' && item.name.toLowerCase() === name.toLowerCase())) return undefined;
    // Exactly as Microsoft's page selects it: `select=` without the `$`, which drops the
    // annotation (microsoft-graph-docs #20212).
    const item = (await graph.send({ method: 'GET', path: `${itemPath(name)}?select=id,${DOWNLOAD_URL}`, idempotent: true })).body as DriveItemSummary | undefined;
    return typeof item?.[DOWNLOAD_URL] === 'string' ? item[DOWNLOAD_URL] : undefined;
  }

  return {
    async readJson(name) {
      let url: string | undefined;
      try {
        url = await downloadUrlOf(name);
      } catch (error: unknown) {
        // Deleted between the listing and the item read.
        if (isGraphError(error) && error.kind === 'notFound') return undefined;
        throw error;
      }
      if (url === undefined) return undefined;
      let text: string;
      try {
        text = await graph.download(url);
      } catch (error: unknown) {
        if (isGraphError(error) && error.kind === 'notFound') return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // A file someone else wrote badly is treated as no file; the next save replaces it.
        return undefined;
      }
    },
    async writeJson(name, value) {
      // Writing the whole file again is harmless, so a retried PUT is safe.
      await graph.send({ method: 'PUT', path: `${itemPath(name)}:/content`, body: value, idempotent: true });
    },
  };
}
