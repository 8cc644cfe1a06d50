import { escapeCardMarkdown } from '../../../components/cards/escapeCardMarkdown';
import type { CardMessage } from '../../../graph';
import type { TlpId } from '../../../lists/incidentVocabulary';

/** Longest lesson text on a card: a card is a pointer, not the archive. */
const CARD_TEXT_LIMIT = 1_000;

/**
 * The Adaptive Card of a shared lesson: its TLP label first (recipients must see it
 * before the content, as TLP asks), then title, theme and the redacted text. Adaptive
 * Card TextBlocks render a little markdown (never HTML): every text is escaped, so a lesson
 * cannot add a link or formatting. The text is cut before it is escaped, never inside an escape.
 */
export function lessonCard(lesson: { readonly title: string; readonly text: string; readonly theme: string; readonly tlp: TlpId; readonly heading: string }): CardMessage {
  const text = lesson.text.length > CARD_TEXT_LIMIT ? `${lesson.text.slice(0, CARD_TEXT_LIMIT)}…` : lesson.text;
  return {
    summary: `TLP:${lesson.tlp} ${lesson.heading}: ${lesson.title}`,
    card: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: `TLP:${lesson.tlp}`, weight: 'Bolder', color: lesson.tlp === 'RED' || lesson.tlp.startsWith('AMBER') ? 'Attention' : 'Good' },
        { type: 'TextBlock', text: escapeCardMarkdown(lesson.heading), isSubtle: true, spacing: 'None' },
        { type: 'TextBlock', text: escapeCardMarkdown(lesson.title), size: 'Large', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: escapeCardMarkdown(lesson.theme), isSubtle: true, wrap: true },
        { type: 'TextBlock', text: escapeCardMarkdown(text), wrap: true },
      ],
    },
  };
}
