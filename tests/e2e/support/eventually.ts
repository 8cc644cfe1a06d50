/**
 * Polls `probe` until `accept` holds for its value, then returns that value; after
 * `timeoutMs` returns the last value, so the caller's own assertion says what was seen.
 * The browser tests wait on state (the DOM, the emulator's records) this way, never on a
 * fixed sleep: a busy machine only makes them slower, not red.
 */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}
