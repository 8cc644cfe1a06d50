import type { MessageKey } from '../../../i18n';
import type { ThemeId } from '../../../lists/vocabulary';

/**
 * What a configured channel tab opens: the library (optionally pinned), the team
 * self-assessment of the channel (started there when there is none yet, opened when
 * there is), or the incident-learning log.
 */
export type TabContentChoice =
  | {
      readonly kind: 'library';
      /** Pins the library to one theme; absent = all themes. */
      readonly theme?: ThemeId;
      /** Search words the library opens with. */
      readonly query?: string;
    }
  | { readonly kind: 'assessments' }
  | { readonly kind: 'incidents' };

/** The kinds of content a tab can show. */
export type TabContentKind = TabContentChoice['kind'];

/** One entry of the "what this tab shows" choice list. */
export interface TabContentKindOption {
  readonly kind: TabContentKind;
  readonly labelKey: MessageKey;
}

/** The choice list, in the order the form shows it. Extend it with each new tab destination. */
export const TAB_CONTENT_KINDS: readonly TabContentKindOption[] = [
  { kind: 'library', labelKey: 'tabConfig.content.library' },
  { kind: 'assessments', labelKey: 'tabConfig.content.assessments' },
  { kind: 'incidents', labelKey: 'tabConfig.content.incidents' },
];
