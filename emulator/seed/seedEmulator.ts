import { ALL_LISTS } from '../../src/lists/schemas';
import type { EmulatorConfig } from '../config/loadEmulatorConfig';
import type { EmulatorStore } from '../graph/store/openEmulatorStore';
import { applyDemoSecurity } from './applyDemoSecurity';
import { DEMO_ACTIONS, DEMO_INCIDENT_CASES, DEMO_LESSONS } from './demoCaseRecords';
import { readCatalogInstruments } from './readCatalogInstruments';

/** Meta key set once the demo data is in; its presence means "do not seed again". */
const SEEDED_KEY = 'emulator.seededAt';

/** What a start found or put in the store. */
export interface SeedOutcome {
  readonly siteId: string;
  /** False when the store already held seeded data. */
  readonly seededNow: boolean;
  readonly instruments: number;
  /** One line per item or file that could not be seeded. */
  readonly warnings: readonly string[];
}

/**
 * Makes sure the demo site and all lists of ALL_LISTS exist, and on the first start of
 * a data directory fills them: the catalog's instruments plus a small incident story.
 * The site's groups and the app's permission model are applied on every start too.
 * Site and lists are ensured on every start, so a list added to the schemas later
 * appears without a reset.
 */
export function seedEmulator(store: EmulatorStore, config: EmulatorConfig, catalogFile: string): SeedOutcome {
  const { hostname, path, displayName } = config.site;
  return store.transaction(() => {
    const siteId = store.ensureSite(hostname, path, displayName);
    for (const schema of ALL_LISTS) store.ensureList(siteId, schema);
    applyDemoSecurity(store, siteId, config);
    if (store.tables.readMeta(SEEDED_KEY) !== undefined) {
      return { siteId, seededNow: false, instruments: store.countItems(siteId, 'Instruments'), warnings: [] };
    }
    const warnings: string[] = [];
    const catalog = readCatalogInstruments(catalogFile);
    let instruments = 0;
    if (catalog.ok) {
      instruments = seedAll(store, siteId, 'Instruments', catalog.instruments, warnings);
    } else {
      warnings.push(`Instruments not seeded: ${catalog.message}`);
    }
    seedAll(store, siteId, 'IncidentCases', DEMO_INCIDENT_CASES, warnings);
    seedAll(store, siteId, 'Lessons', DEMO_LESSONS, warnings);
    seedAll(store, siteId, 'Actions', DEMO_ACTIONS, warnings);
    store.tables.writeMeta(SEEDED_KEY, new Date().toISOString());
    return { siteId, seededNow: true, instruments, warnings };
  });
}

function seedAll(store: EmulatorStore, siteId: string, list: string, items: readonly Record<string, unknown>[], warnings: string[]): number {
  let seeded = 0;
  for (const [index, fields] of items.entries()) {
    try {
      store.seedItem(siteId, list, fields);
      seeded += 1;
    } catch (error: unknown) {
      const named = fields.InstrumentKey ?? fields.SubmissionId;
      const key = typeof named === 'string' ? named : `#${index}`;
      warnings.push(`${list} item ${key} skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return seeded;
}
