import type { ListClient } from '../../src/graph';
import type { CliIo } from './CommandContext';
import { readCatalogFile } from './catalog/readCatalogFile';
import { upsertInstruments } from './catalog/upsertInstruments';
import { validateCatalogEntries } from './catalog/validateCatalogEntries';
import { toCliError } from './toCliError';

/** How a catalog load ended. */
export interface CatalogLoadResult {
  /** Rows rejected by validation plus writes Graph refused. */
  readonly problems: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Reads, validates and upserts a catalog file into the Instruments list, printing each
 * rejected row with its number and reason and a one-line summary. With `listMissing`
 * (a dry run before the list exists) it only says how many would be created.
 */
export async function loadCatalog(
  lists: ListClient,
  file: string,
  options: { readonly dryRun: boolean; readonly listMissing?: boolean },
  io: CliIo,
): Promise<CatalogLoadResult> {
  const read = readCatalogFile(file);
  const validation = validateCatalogEntries(read.entries);
  const rejected = [...read.rejected, ...validation.rejected].sort((a, b) => a.row - b.row);
  io.out(`Catalog ${file}: ${validation.valid.length} valid, ${rejected.length} rejected`);
  for (const entry of rejected) {
    io.err(`  row ${entry.row}${entry.key === undefined ? '' : ` (${entry.key})`}: ${entry.reason}`);
  }
  if (options.listMissing === true) {
    io.out(`Instruments: would create ${validation.valid.length} (the list does not exist yet)`);
    return { problems: rejected.length, created: validation.valid.length, updated: 0, unchanged: 0 };
  }
  let outcome;
  try {
    outcome = await upsertInstruments(lists, validation.valid, { dryRun: options.dryRun });
  } catch (error: unknown) {
    throw toCliError(error, 'loading the catalog into the Instruments list');
  }
  for (const failure of outcome.failed) io.err(`  row ${failure.row} (${failure.key}): not stored: ${failure.reason}`);
  const verb = options.dryRun ? 'would be ' : '';
  io.out(
    `Instruments: ${outcome.created.length} ${verb}created, ${outcome.updated.length} ${verb}updated, ${outcome.unchanged.length} unchanged` +
      (outcome.failed.length > 0 ? `, ${outcome.failed.length} failed` : ''),
  );
  return {
    problems: rejected.length + outcome.failed.length,
    created: outcome.created.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged.length,
  };
}
