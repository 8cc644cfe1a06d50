/**
 * Local mode only: the origins the emulator's Teams host page may speak from. It frames
 * the tab from the other loopback name (a page on `127.0.0.1` frames `localhost` and the
 * other way round), so the tab is a cross-origin frame as in Teams; teams-js accepts
 * messages only from its built-in Microsoft 365 origins plus these.
 */
export function emulatorHostOrigins(tabOrigin: string): string[] {
  const url = new URL(tabOrigin);
  const port = url.port === '' ? '' : `:${url.port}`;
  const other = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : undefined;
  return other === undefined ? [url.origin] : [url.origin, `${url.protocol}//${other}${port}`];
}

/** The emulator's host page origins as Content-Security-Policy sources (any port: the emulator may run on any). */
export const EMULATOR_HOST_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'] as const;
