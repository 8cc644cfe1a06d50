import type { EmulatorStore } from '../../emulator/graph/store/openEmulatorStore';
import { benchInstrumentFields } from './benchInstrumentFields';

/**
 * Tops the Instruments list up to `total` items with synthetic published instruments,
 * in one transaction (the fast path: no HTTP, same validation as POST). Returns how many
 * were added.
 */
export function seedBenchInstruments(store: EmulatorStore, siteId: string, total: number): number {
  const missing = Math.max(0, total - store.countItems(siteId, 'Instruments'));
  store.transaction(() => {
    for (let index = 0; index < missing; index += 1) store.seedItem(siteId, 'Instruments', benchInstrumentFields(index));
  });
  return missing;
}
