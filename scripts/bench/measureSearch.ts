import type { Frame } from 'playwright-core';
import { SEARCH_BOX_NAME, SEARCH_PROBE } from './browserProbes';

/** Per-keystroke timings of typing words into the library's search box. */
export type SearchMeasurement =
  | { readonly measured: true; readonly samples: readonly number[]; readonly keystrokes: number; readonly unchanged: number }
  | { readonly measured: false; readonly reason: string };

/** A keystroke that leaves the list as it was shows no change; give up waiting after this long. */
const NO_CHANGE_AFTER_MS = 1_000;

/**
 * Types `warmUp` then each word of `words` into the search box, one key at a time,
 * timing input -> list update in the page (performance marks). Clears the box between
 * words. Only the samples of `words` count.
 */
export async function measureSearch(tab: Frame, warmUp: string, words: readonly string[]): Promise<SearchMeasurement> {
  const box = await findSearchBox(tab);
  if (box === undefined) return { measured: false, reason: 'not measurable yet: no search box' };
  await tab.evaluate(SEARCH_PROBE);
  await typeWord(tab, box, warmUp);
  const samples: number[] = [];
  let keystrokes = 0;
  let unchanged = 0;
  for (const word of words) {
    const typed = await typeWord(tab, box, word);
    samples.push(...typed.samples);
    keystrokes += word.length;
    unchanged += typed.unchanged;
  }
  await box.fill('');
  return { measured: true, samples, keystrokes, unchanged };
}

type SearchBox = ReturnType<Frame['getByRole']>;

async function findSearchBox(tab: Frame): Promise<SearchBox | undefined> {
  for (const role of ['searchbox', 'textbox'] as const) {
    const box = tab.getByRole(role, { name: SEARCH_BOX_NAME }).first();
    if ((await box.count()) > 0) return box;
  }
  return undefined;
}

/** Clears the box (not timed), then types `word` key by key; returns the timed keystrokes. */
async function typeWord(tab: Frame, box: SearchBox, word: string): Promise<{ samples: number[]; unchanged: number }> {
  await box.fill('');
  await settle(tab);
  await tab.evaluate('window.benchSearch.pending = false');
  const start = await sampleCount(tab);
  let unchanged = 0;
  for (const key of word) {
    const count = await sampleCount(tab);
    await box.press(key);
    try {
      // A function, not a string: the tab's CSP refuses to eval a string predicate.
      await tab.waitForFunction((known) => (window as unknown as { benchSearch: { samples: unknown[] } }).benchSearch.samples.length > known, count, { timeout: NO_CHANGE_AFTER_MS, polling: 'raf' });
    } catch {
      unchanged += 1;
      await tab.evaluate('window.benchSearch.pending = false');
    }
  }
  const all = await tab.evaluate<number[]>('window.benchSearch.samples');
  return { samples: all.slice(start), unchanged };
}

async function sampleCount(tab: Frame): Promise<number> {
  return tab.evaluate<number>('window.benchSearch.samples.length');
}

/** Lets a debounced search or deferred render finish before the next word. */
async function settle(tab: Frame): Promise<void> {
  await tab.waitForTimeout(400);
}
