/** SharePoint's wrapper around stored rich text: `<div class="ExternalClass{hex}">…</div>`, possibly nested. */
const WRAPPER = /^\s*<div\s+class\s*=\s*["']?ExternalClass[0-9A-Fa-f]+["']?\s*>([\s\S]*)<\/div>\s*$/;

/**
 * The HTML of a rich-text field without the `ExternalClass` wrappers SharePoint Online
 * puts around it on every save (and around an already wrapped value again): what was
 * written, as far as the markup goes.
 */
export function unwrapRichText(html: string): string {
  let current = html;
  for (let match = WRAPPER.exec(current); match !== null; match = WRAPPER.exec(current)) current = match[1] ?? '';
  return current;
}

/**
 * Whether two rich-text values say the same, whatever SharePoint did to the markup when
 * storing it: wrappers removed, tags compared without case, quotes or self-closing
 * slashes, whitespace runs as one space. Used to tell "unchanged" from "changed" so a
 * repeated import rewrites nothing.
 */
export function sameRichText(a: string, b: string): boolean {
  return comparableMarkup(a) === comparableMarkup(b);
}

function comparableMarkup(html: string): string {
  return unwrapRichText(html)
    .replace(/<[^>]*>/g, (tag) => tag.toLowerCase().replace(/["']/g, '').replace(/\s*\/\s*>$/, '>').replace(/\s+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
