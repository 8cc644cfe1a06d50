/**
 * What jsdom lacks and the components under test touch, for unit tests that run in jsdom
 * (chosen per file with a docblock). Node-environment tests are left as they are.
 */
if (typeof window !== 'undefined') {
  // Fluent's MessageBar only uses ResizeObserver to choose between its layouts.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  // The in-memory stores clone what they keep; everything stored in these tests is JSON.
  if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  }
}

export {};
