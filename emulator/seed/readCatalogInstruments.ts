import { existsSync, readFileSync } from 'node:fs';

/** The demo catalog's instruments as Graph field values, or why there are none. */
export type CatalogRead =
  | { readonly ok: true; readonly instruments: readonly Record<string, unknown>[] }
  | { readonly ok: false; readonly message: string };

/** Reads config/catalog/instruments.json (`{ "instruments": [ {field values...} ] }`). */
export function readCatalogInstruments(file: string): CatalogRead {
  if (!existsSync(file)) return { ok: false, message: `catalog ${file} not found; the Instruments list starts empty` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error: unknown) {
    return { ok: false, message: `catalog ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { instruments?: unknown }).instruments)) {
    return { ok: false, message: `catalog ${file} has no "instruments" array` };
  }
  const items = (parsed as { instruments: unknown[] }).instruments;
  return {
    ok: true,
    instruments: items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)),
  };
}
