import type { GraphClient } from './createGraphClient';
import { isGraphError } from './GraphError';

/** Small JSON files in the user's OneDrive app folder: settings that follow the user across devices. */
export interface AppFolderStore {
  /** The file's JSON, or undefined when it does not exist yet. */
  readJson(name: string): Promise<unknown>;
  /** Writes the file (creating it when needed). */
  writeJson(name: string, value: unknown): Promise<void>;
}

function contentPath(name: string): string {
  return `/me/drive/special/approot:/${encodeURIComponent(name)}:/content`;
}

/**
 * `GET/PUT /me/drive/special/approot:/{name}:/content` (`Files.ReadWrite.AppFolder`: the
 * app sees only its own folder, never the rest of the user's OneDrive). A missing file
 * reads as undefined; other failures are GraphErrors.
 */
export function createAppFolderStore(graph: GraphClient): AppFolderStore {
  return {
    async readJson(name) {
      // List first: reading a file that does not exist yet is a 404, which browsers log as an error.
      const listing = (await graph.send({ method: 'GET', path: '/me/drive/special/approot/children?$select=name', idempotent: true })).body as { value?: Array<{ name?: unknown }> } | undefined;
      if (!(listing?.value ?? []).some((item) => typeof item.name === 'string' && item.name.toLowerCase() === name.toLowerCase())) return undefined;
      try {
        return (await graph.send({ method: 'GET', path: contentPath(name), idempotent: true })).body;
      } catch (error: unknown) {
        // Deleted between the listing and the read.
        if (isGraphError(error) && error.kind === 'notFound') return undefined;
        throw error;
      }
    },
    async writeJson(name, value) {
      // Writing the whole file again is harmless, so a retried PUT is safe.
      await graph.send({ method: 'PUT', path: contentPath(name), body: value, idempotent: true });
    },
  };
}
