/**
 * The emulator listens on 127.0.0.1 and answers to both loopback names at its own port:
 * the host page on one frames the tab from the other (teams-host/browser/tabOrigin.ts).
 * Anything else in a Host header is a browser that was pointed at the loopback address
 * under a foreign name (DNS rebinding): such a page is same-origin with its own name, so
 * only the Host header tells it apart (the defence Vite's `server.allowedHosts` applies).
 */
function ownAuthorities(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Whether a request's Host header names this server: `127.0.0.1:PORT` or `localhost:PORT`.
 * No Host header at all is no browser (HTTP/1.0 tools), and is allowed.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === undefined || ownAuthorities(port).includes(host.toLowerCase());
}

/** Whether a request's `Origin` is one of this server's own: `http://127.0.0.1:PORT` or `http://localhost:PORT`. */
export function isOwnOrigin(origin: string, port: number): boolean {
  return ownAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`);
}
