import createDOMPurify, { type DOMPurify } from 'dompurify';

let purifier: DOMPurify | undefined;

/** Only web and mail links survive: `javascript:`, `data:`, `vbscript:` and relative URLs are dropped. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

function instance(): DOMPurify {
  if (purifier !== undefined) return purifier;
  // An instance of our own, so the link hook below never leaks into other features.
  const created = createDOMPurify(window);
  created.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
      }
    }
  });
  purifier = created;
  return created;
}

/**
 * Renames event-handler attributes (`onerror=`) before parsing. Not a security measure
 * (DOMPurify below is): Chromium parses DOMPurify's inert document under the tab's
 * Content-Security-Policy and reports every handler attribute it meets as a blocked
 * inline script, which would drown real violations. Renamed to `data-x-on*`, they are
 * dropped with the other data attributes.
 */
function renameEventHandlers(html: string): string {
  let current = html;
  // One handler per tag per pass: repeat for tags with several.
  for (let pass = 0; pass < 20; pass += 1) {
    const next = current.replace(/(<[^>]*?[\s/"'])(on[a-z]+\s*=)/gi, (_, before: string, handler: string) => `${before}data-x-${handler}`);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Rich text of an instrument made safe to render: no scripts, styles, forms or frames,
 * no event handlers or inline styles, only http(s)/mailto URLs; links open in a new
 * window without access to the tab (`rel="noopener noreferrer"`). Needs a DOM.
 */
export function sanitiseInstrumentHtml(html: string): string {
  return instance().sanitize(renameEventHandlers(html), {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'formaction', 'xlink:href'],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
  });
}
