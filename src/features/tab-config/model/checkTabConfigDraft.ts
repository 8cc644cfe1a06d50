import { THEME_IDS, type ThemeId } from '../../../lists/vocabulary';
import { TAB_CONTENT_KINDS, type TabContentChoice, type TabContentKind } from './TabContentChoice';

/** Teams cuts longer tab names; we refuse them instead. */
export const TAB_NAME_MAX_LENGTH = 100;
/** Longer search words do not fit a URL that stays readable. */
export const TAB_QUERY_MAX_LENGTH = 200;

/** What the configuration form holds while the user edits it. */
export interface TabConfigDraft {
  readonly kind: TabContentKind;
  /** `''` = all themes. */
  readonly theme: ThemeId | '';
  readonly query: string;
  readonly name: string;
}

/** Why a draft cannot be saved. */
export type TabConfigProblem = 'nameRequired' | 'nameTooLong' | 'unknownKind' | 'unknownTheme';

/** A draft that can be saved, or the problems that stop it. */
export type CheckedTabConfig =
  | { readonly ok: true; readonly choice: TabContentChoice; readonly name: string }
  | { readonly ok: false; readonly problems: readonly TabConfigProblem[] };

/** Checks a draft: a valid choice and a name of 1 to {@link TAB_NAME_MAX_LENGTH} characters. */
export function checkTabConfigDraft(draft: TabConfigDraft): CheckedTabConfig {
  const problems: TabConfigProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push('nameRequired');
  else if (name.length > TAB_NAME_MAX_LENGTH) problems.push('nameTooLong');
  if (!TAB_CONTENT_KINDS.some((option) => option.kind === draft.kind)) problems.push('unknownKind');
  if (draft.theme !== '' && !THEME_IDS.includes(draft.theme)) problems.push('unknownTheme');
  if (problems.length > 0) return { ok: false, problems };
  if (draft.kind !== 'library') return { ok: true, choice: { kind: draft.kind }, name };
  const query = draft.query.trim().slice(0, TAB_QUERY_MAX_LENGTH);
  const choice: TabContentChoice = {
    kind: 'library',
    ...(draft.theme === '' ? {} : { theme: draft.theme }),
    ...(query === '' ? {} : { query }),
  };
  return { ok: true, choice, name };
}
