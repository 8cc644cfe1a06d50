import { escapeCardMarkdown } from './escapeCardMarkdown';

describe('escapeCardMarkdown', () => {
  it('keeps a link as text: [ and ] are escaped, so no [title](url) remains', () => {
    const escaped = escapeCardMarkdown('Klik [phish](https://evil.example) nu');
    expect(escaped).toBe('Klik \\[phish\\](https://evil.example) nu');
    expect(escaped).not.toMatch(/(^|[^\\])\[[^\]]*[^\\]\]\(/);
  });

  it('keeps emphasis, code, strike-through and table pipes literal', () => {
    expect(escapeCardMarkdown('**x**')).toBe('\\*\\*x\\*\\*');
    expect(escapeCardMarkdown('_x_ `y` ~~z~~ a|b')).toBe('\\_x\\_ \\`y\\` \\~\\~z\\~\\~ a\\|b');
  });

  it('keeps a line that starts with a list marker, heading, quote or rule from becoming one', () => {
    expect(escapeCardMarkdown('- eerste punt')).toBe('\\- eerste punt');
    expect(escapeCardMarkdown('+ punt')).toBe('\\+ punt');
    expect(escapeCardMarkdown('1. Groen\r2) Oranje')).toBe('1\\. Groen\r2\\) Oranje');
    expect(escapeCardMarkdown('Inleiding\n\n  12. Stap')).toBe('Inleiding\n\n  12\\. Stap');
    expect(escapeCardMarkdown('# Kop\n> citaat\n===\n---')).toBe('\\# Kop\n\\> citaat\n\\===\n\\---');
  });

  it('leaves numbers that do not start a list alone', () => {
    expect(escapeCardMarkdown('1.5 punt')).toBe('1.5 punt');
    expect(escapeCardMarkdown('2024 was een goed jaar.')).toBe('2024 was een goed jaar.');
  });

  it('escapes a backslash only where it would escape or break, and autolinks, entities and date functions', () => {
    expect(escapeCardMarkdown('C:\\Users\\jan')).toBe('C:\\Users\\jan');
    expect(escapeCardMarkdown('a\\*b')).toBe('a\\\\\\*b');
    expect(escapeCardMarkdown('einde\\')).toBe('einde\\\\');
    expect(escapeCardMarkdown('<https://evil.example> <script>')).toBe('\\<https://evil.example> \\<script>');
    expect(escapeCardMarkdown('&lt; &#42; R&D')).toBe('\\&lt; \\&#42; R&D');
    expect(escapeCardMarkdown('{{DATE(2017-02-14T06:00:00Z, SHORT)}}')).toBe('\\{{DATE(2017-02-14T06:00:00Z, SHORT)}}');
  });

  it('returns ordinary Dutch text unchanged', () => {
    const prose =
      "Stappenplan datalek melden (AVG, art. 33): meld binnen 72 uur! Zie 's-Hertogenbosch, e-mail j.jansen@contoso.example en https://www.autoriteitpersoonsgegevens.nl/. Kosten: € 1.250,-; 3 < 5 & 5 > 3? Ja.\n\nTweede alinea — met een gedachtestreepje.";
    expect(escapeCardMarkdown(prose)).toBe(prose);
  });
});
