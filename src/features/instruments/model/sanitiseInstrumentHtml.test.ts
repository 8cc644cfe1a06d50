/** @jest-environment jsdom */
import { sanitiseInstrumentHtml } from './sanitiseInstrumentHtml';

/** Classic XSS payloads (OWASP cheat sheet style): none may keep a script, handler or javascript: URL. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1></circle></svg>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href=" javascript:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p onclick="alert(1)" onmouseover="alert(1)">x</p>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="https://example.org" target="_self" onclick="alert(1)">ok</a>',
];

function inspect(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitiseInstrumentHtml(html);
  return container;
}

describe('sanitiseInstrumentHtml', () => {
  it.each(PAYLOADS)('makes %s inert', (payload) => {
    const container = inspect(payload);
    expect(container.querySelector('script, iframe, object, embed, form, input, button, base, meta, style, svg, math')).toBeNull();
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name.startsWith('on')).toBe(false);
        expect(attribute.name).not.toBe('style');
        expect(attribute.value.replace(/\s/g, '').toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      }
    }
  });

  it('keeps ordinary rich text and opens links in a new window without opener', () => {
    const container = inspect('<h3>Kop</h3><p>Tekst met <strong>nadruk</strong> en <a href="https://example.org/doc">een link</a>.</p><ul><li>punt</li></ul>');
    expect(container.querySelector('h3')?.textContent).toBe('Kop');
    expect(container.querySelector('strong')?.textContent).toBe('nadruk');
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/doc');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelectorAll('li')).toHaveLength(1);
  });

  it('keeps mailto links and drops relative ones', () => {
    expect(inspect('<a href="mailto:fg@example.org">mail</a>').querySelector('a')?.getAttribute('href')).toBe('mailto:fg@example.org');
    expect(inspect('<a href="/admin">rel</a>').querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(inspect('<img src=x onerror=alert(1)>').querySelector('img')?.hasAttribute('src')).toBe(false);
  });
});
