import { escapeCardMarkdown } from '../../../components/cards/escapeCardMarkdown';
import type { Instrument } from '../../../lists/instrumentMapping';
import type { InstrumentCard } from './InstrumentSharing';

/** The card's words in the user's language: labels and translated values. */
export interface InstrumentCardText {
  readonly typeLabel: string;
  readonly type: string;
  readonly themesLabel: string;
  readonly themes: string;
  readonly open: string;
}

/** Longest summary on a card: it points to the instrument, it does not copy it. */
const SUMMARY_LIMIT = 400;

/**
 * The Adaptive Card of a shared instrument: title, type, themes, summary and an "open"
 * button with the deep link. TextBlocks and facts render a little markdown (never HTML):
 * every text is escaped, so a title or summary from the list cannot add a link or formatting.
 */
export function instrumentCard(instrument: Instrument, link: string, text: InstrumentCardText): InstrumentCard {
  const summary = instrument.summary.length > SUMMARY_LIMIT ? `${instrument.summary.slice(0, SUMMARY_LIMIT)}…` : instrument.summary;
  return {
    summary: instrument.title,
    card: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: escapeCardMarkdown(instrument.title), size: 'Large', weight: 'Bolder', wrap: true },
        {
          type: 'FactSet',
          facts: [
            { title: escapeCardMarkdown(text.typeLabel), value: escapeCardMarkdown(text.type) },
            { title: escapeCardMarkdown(text.themesLabel), value: escapeCardMarkdown(text.themes) },
          ],
        },
        { type: 'TextBlock', text: escapeCardMarkdown(summary), wrap: true },
      ],
      actions: [{ type: 'Action.OpenUrl', title: text.open, url: link }],
    },
  };
}
