import { randomBytes } from 'node:crypto';

/**
 * Rich text as SharePoint Online stores it in an enhanced rich-text column and hands it
 * back through Graph. What is known from the values SharePoint returns (no Microsoft page
 * describes it; SPFieldMultiLineText.IsolateStyles says the HTML is rendered "so that it
 * does not interfere with the rendering of the surrounding page"):
 * - the HTML comes back inside `<div class="ExternalClass{32 hex digits}">…</div>`, a new
 *   class per save, and a value that already has the wrapper is wrapped again (values
 *   with nested wrappers are seen in the wild);
 * - the markup is re-serialised. The emulator does the re-serialising a browser editor
 *   does (tag names lower case, attribute values in double quotes, void elements without
 *   a closing slash), a stricter assumption written down in docs/emulator-conformance.md,
 *   so a client that compares stored HTML with what it wrote as plain strings fails here
 *   as it would there.
 */
export function storeRichText(html: string): string {
  if (html.trim() === '') return html;
  const wrapperClass = `ExternalClass${randomBytes(16).toString('hex').toUpperCase()}`;
  return `<div class="${wrapperClass}">${reserialise(html)}</div>`;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

function reserialise(html: string): string {
  return html.replace(TAG, (_whole, closing: string, name: string, attributes: string) => {
    const tag = name.toLowerCase();
    if (closing === '/') return `</${tag}>`;
    const rendered = [...attributes.matchAll(ATTRIBUTE)].map(([, attribute = '', raw]) => {
      if (raw === undefined) return ` ${attribute.toLowerCase()}`;
      const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
      return ` ${attribute.toLowerCase()}="${value.replace(/"/g, '&quot;')}"`;
    });
    // A self-closing slash means nothing in HTML; the serialiser leaves it out.
    return `<${tag}${rendered.join('')}>`;
  });
}
