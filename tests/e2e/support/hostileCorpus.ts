/**
 * Hostile input for the hardening suite (issue 9). Every script payload, if it ever
 * ran, would bump `window.top.__pwned`: the tests read that counter, the DOM and the
 * CSP violation log to prove nothing executed.
 */
const RUN = 'window.top.__pwned=(window.top.__pwned||0)+1';

/** Markup and URL payloads in the styles of the OWASP XSS filter-evasion cheat sheet. */
export const XSS_PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r=1></circle></svg>`,
  `<a href="javascript:${RUN}">klik</a>`,
  `<a href="JaVaScRiPt:${RUN}">klik</a>`,
  `<a href="&#106;avascript:${RUN}">klik</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<details open ontoggle="${RUN}">x</details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `"><img src=x onerror="${RUN}">`,
  `'--><svg/onload=${RUN}>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `javascript:${RUN}`,
];

/** Text that breaks naive OData `$filter` building or URL handling. */
export const ODATA_BREAKERS: readonly string[] = [
  "O'Brien",
  "'; DROP TABLE --",
  "x' or 1 eq 1 or 'a' eq 'a",
  'a & b',
  '#hashtag',
  '100% zeker',
  'plus+teken',
  'vraag?antwoord=ja',
  'pad/naar\\map',
  'Überprüfung ĳzer café naïef',
  '🚨 crisis 👩‍🚒',
  'x'.repeat(2_000),
];
