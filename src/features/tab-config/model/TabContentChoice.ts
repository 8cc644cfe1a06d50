import type { MessageKey } from '../../../i18n';
import type { ThemeId } from '../../../lists/vocabulary';

/**
 * What a configured channel tab opens. Only the library exists today; a team
 * self-assessment and the incident-learning log join this union (and
 * {@link TAB_CONTENT_KINDS}) when those features land.
 */
export type TabContentChoice = {
  readonly kind: 'library';
  /** Pins the library to one theme; absent = all themes. */
  readonly theme?: ThemeId;
  /** Search words the library opens with. */
  readonly query?: string;
};

/** The kinds of content a tab can show. */
export type TabContentKind = TabContentChoice['kind'];

/** One entry of the "what this tab shows" choice list. */
export interface TabContentKindOption {
  readonly kind: TabContentKind;
  readonly labelKey: MessageKey;
}

/** The choice list, in the order the form shows it. Extend it with each new tab destination. */
export const TAB_CONTENT_KINDS: readonly TabContentKindOption[] = [{ kind: 'library', labelKey: 'tabConfig.content.library' }];
