/**
 * Code that runs inside the tab's frame. Kept as plain JavaScript source (not functions
 * passed to Playwright) because tsx's transform would add helpers the page lacks.
 * Everything is keyed on stable, accessible selectors: the list named "Gepubliceerde
 * instrumenten" / "Published instruments" and its items.
 */

/** Accessible names of the library's list in Dutch and English. */
export const LIBRARY_LIST_NAMES = ['Gepubliceerde instrumenten', 'Published instruments'] as const;

/** Search box names the library may use (the box is `role=searchbox` or `role=textbox`). */
export const SEARCH_BOX_NAME = /zoek|search/i;

/**
 * Defines `benchFindList()` (the library list element or null) and `benchRows(list)` (its
 * own rows: `li` / `role=listitem` whose nearest list is it, so nested badge lists do not
 * count) on `window`, once per document.
 */
const HELPERS = `
if (!window.benchFindList) {
  const names = ${JSON.stringify(LIBRARY_LIST_NAMES)};
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    }
    return (element.getAttribute('aria-label') ?? '').trim();
  };
  window.benchFindList = () => {
    for (const element of document.querySelectorAll('ul, ol, [role="list"]')) {
      if (names.includes(nameOf(element))) return element;
    }
    return null;
  };
  window.benchRows = (list) => {
    if (!list) return 0;
    let count = 0;
    for (const row of list.querySelectorAll('li, [role="listitem"]')) {
      if (row.parentElement && row.parentElement.closest('ul, ol, [role="list"]') === list) count += 1;
    }
    return count;
  };
}
`;

/**
 * Init script for every frame: records, once, when the first row of the library list is
 * in the DOM, as `window.benchFirstRow = {relativeMs, epochMs}` (relative to this
 * document's navigation start; epoch to compare with the emulator's request log).
 */
export const FIRST_ROW_PROBE = `(() => {
${HELPERS}
  const check = () => {
    if (window.benchFirstRow) return true;
    if (window.benchRows(window.benchFindList()) === 0) return false;
    const relativeMs = performance.now();
    window.benchFirstRow = { relativeMs, epochMs: performance.timeOrigin + relativeMs };
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Expression: starts timing keystrokes. Each \`input\` event (captured on window, before
 * the app's own handlers) marks a start; the first DOM change inside the library list
 * (or the list being replaced) marks the end. Durations collect in
 * \`window.benchSearch.samples\`.
 */
export const SEARCH_PROBE = `(() => {
${HELPERS}
  if (window.benchSearch) return true;
  const state = { pending: false, samples: [] };
  window.benchSearch = state;
  let known = window.benchFindList();
  window.addEventListener('input', () => {
    state.pending = true;
    performance.mark('bench-keystroke-start');
  }, true);
  const within = (node, list) => !!list && (node === list || list.contains(node) || node.contains(list));
  new MutationObserver((records) => {
    if (!state.pending) return;
    const current = window.benchFindList();
    const touched = records.some((record) =>
      within(record.target, known) || within(record.target, current) ||
      [...record.addedNodes, ...record.removedNodes].some((node) => within(node, known) || within(node, current)));
    if (!touched) return;
    known = current;
    state.pending = false;
    performance.mark('bench-keystroke-end');
    state.samples.push(performance.measure('bench-keystroke', 'bench-keystroke-start', 'bench-keystroke-end').duration);
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return true;
})()`;

/** What {@link SCROLL_TO_END} reports. */
export interface ScrollSample {
  readonly maxRows: number;
  readonly steps: number;
  readonly reachedEnd: boolean;
}

/**
 * Expression (a promise of {@link ScrollSample}): scrolls the list's scroll container
 * (the nearest scrollable ancestor, else the document) to the end in steps of a few
 * screens, counting the list's rows after each step has painted.
 */
export const SCROLL_TO_END = `(async () => {
${HELPERS}
  const list = window.benchFindList();
  if (!list) return { maxRows: 0, steps: 0, reachedEnd: false };
  let scroller = list.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY))) {
    scroller = scroller.parentElement;
  }
  if (!scroller) scroller = document.scrollingElement;
  const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  let maxRows = window.benchRows(window.benchFindList());
  let steps = 0;
  const atEnd = () => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
  while (!atEnd() && steps < 4000) {
    scroller.scrollTop += Math.max(200, scroller.clientHeight * 3);
    await painted();
    maxRows = Math.max(maxRows, window.benchRows(window.benchFindList()));
    steps += 1;
  }
  await painted();
  maxRows = Math.max(maxRows, window.benchRows(window.benchFindList()));
  return { maxRows, steps, reachedEnd: atEnd() };
})()`;
