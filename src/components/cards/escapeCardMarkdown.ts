/**
 * Teams renders a Commonmark subset in Adaptive Card `TextBlock.text`, `Fact.title` and
 * `Fact.value`: **bold**, _italic_, `- ` bullets, `1. ` numbered lists and `[title](url)`
 * links (Microsoft Learn, "Format cards in Microsoft Teams" — "Adaptive Cards: Markdown is
 * supported in Adaptive Card Textblock field, and Fact.Title and Fact.Value", and "Text
 * features" in the Adaptive Cards docs — "a subset of the Commonmark Markdown syntax").
 * The same "Text features" page adds `{{DATE(…)}}` / `{{TIME(…)}}` substitution.
 *
 * Commonmark renders a backslash before any ASCII punctuation as that punctuation, so a
 * backslash makes a character literal. Teams' mobile clients showed such backslashes for
 * years (microsoft/AdaptiveCards#5590, MicrosoftDocs/msteams-docs#5793), so we escape only
 * where a character could start formatting, and ordinary prose keeps its exact text.
 */

/** ASCII punctuation: what a Commonmark backslash escape makes literal. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Inline characters that open or close emphasis, code, strike-through, links or tables wherever they stand. */
const ALWAYS_ESCAPED = new Set(['*', '_', '`', '~', '[', ']', '|']);

/** Markers that make a line a heading, quote, bullet, rule or setext underline. */
const LINE_START_MARKERS = new Set(['#', '>', '-', '+', '=']);

function escapeInline(line: string): string {
  let out = '';
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    const next = line.charAt(index + 1);
    const rest = line.slice(index + 1);
    const opens =
      ALWAYS_ESCAPED.has(char) ||
      // A backslash escapes the next punctuation, and at the end of a line it is a hard break.
      (char === '\\' && (next === '' || ASCII_PUNCTUATION.test(next))) ||
      // An autolink `<https://…>` or an HTML tag.
      (char === '<' && /^[A-Za-z/!?]/.test(rest)) ||
      // An entity such as `&lt;` or `&#42;` would render as its character.
      (char === '&' && /^#?[A-Za-z0-9]+;/.test(rest)) ||
      // `{{DATE(…)}}` is replaced by a date.
      (char === '{' && next === '{');
    out += opens ? `\\${char}` : char;
  }
  return out;
}

function escapeLineStart(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const body = line.slice(indent.length);
  const first = body.charAt(0);
  if (LINE_START_MARKERS.has(first)) return `${indent}\\${body}`;
  // `1. ` or `1) ` starts a numbered list (Commonmark allows up to nine digits).
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(body);
  if (ordered?.[1] !== undefined && ordered[2] !== undefined) return `${indent}${ordered[1]}\\${body.slice(ordered[1].length)}`;
  return line;
}

/**
 * Makes user or list text literal in an Adaptive Card TextBlock or Fact: no links, emphasis,
 * lists, headings, quotes, code or date functions, whatever the text holds. Text without
 * such characters is returned unchanged.
 */
export function escapeCardMarkdown(text: string): string {
  // Teams breaks lines on \r as well as \n (its own list example uses \r).
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeLineStart(escapeInline(part))))
    .join('');
}
