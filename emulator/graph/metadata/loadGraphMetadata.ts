import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphMetadata } from './GraphMetadata';
import { graphMetadataSchema } from './GraphMetadata';

/** The committed trimmed copy of Graph's v1.0 metadata (see scripts/graph-metadata). */
export const GRAPH_METADATA_FILE = join(__dirname, 'graphMetadata.v1.json');

let loaded: GraphMetadata | undefined;

/**
 * Reads and checks the trimmed metadata once per process. Read from disk, not imported:
 * typing a 60 KB JSON module would slow every typecheck for nothing zod does not check.
 */
export function loadGraphMetadata(): GraphMetadata {
  loaded ??= graphMetadataSchema.parse(JSON.parse(readFileSync(GRAPH_METADATA_FILE, 'utf8')));
  return loaded;
}
