/**
 * The origin the emulator's host page frames the tab from. In Teams the tab is always a
 * cross-origin frame (Teams on `teams.microsoft.com`, the tab on the institution's own
 * domain): clipboard access is refused, storage is partitioned and every message is
 * checked by origin (teams-js #1402, #738). The emulator reproduces that with the other
 * loopback name of the same server: a host page on `127.0.0.1` frames the tab from
 * `localhost` and the other way round. Both are different origins, and different sites.
 */
export function tabOriginFor(hostLocation: { readonly protocol: string; readonly hostname: string; readonly port: string }): string {
  const port = hostLocation.port === '' ? '' : `:${hostLocation.port}`;
  if (hostLocation.hostname === '127.0.0.1') return `${hostLocation.protocol}//localhost${port}`;
  if (hostLocation.hostname === 'localhost') return `${hostLocation.protocol}//127.0.0.1${port}`;
  // Any other name (a tunnel, a container name): the same origin is all the emulator can offer.
  return `${hostLocation.protocol}//${hostLocation.hostname}${port}`;
}
