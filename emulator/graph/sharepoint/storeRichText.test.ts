import { storeRichText } from './storeRichText';

describe('storeRichText', () => {
  it('wraps the HTML in an ExternalClass div with a new class each time, as SharePoint returns it', () => {
    const first = storeRichText('<p>Meld direct.</p>');
    const second = storeRichText('<p>Meld direct.</p>');
    expect(first).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><p>Meld direct\.<\/p><\/div>$/);
    expect(second).not.toBe(first);
  });

  it('wraps a value that already has a wrapper again, and re-serialises the markup', () => {
    const stored = storeRichText(storeRichText("<P CLASS='lead'>Een<BR/>twee <a href=https://example.org/x>link</a></P>"));
    expect(stored).toMatch(/^<div class="ExternalClass[0-9A-F]{32}"><div class="ExternalClass[0-9A-F]{32}"><p class="lead">Een<br>twee <a href="https:\/\/example\.org\/x">link<\/a><\/p><\/div><\/div>$/);
  });

  it('leaves an empty value empty', () => {
    expect(storeRichText('')).toBe('');
  });
});
