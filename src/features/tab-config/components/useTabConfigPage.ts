import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import type { ThemeId } from '../../../lists/vocabulary';
import type { TabInstanceConfig, TeamsHost } from '../../../teams';
import { checkTabConfigDraft, type CheckedTabConfig, type TabConfigDraft } from '../model/checkTabConfigDraft';
import type { TabContentChoice, TabContentKind } from '../model/TabContentChoice';

/** Inputs of {@link useTabConfigPage}. */
export interface TabConfigPageOptions {
  readonly host: TeamsHost;
  /** Builds what the host saves from a checked choice; the app owns URLs and entity ids. */
  readonly toInstanceConfig: (choice: TabContentChoice, name: string) => TabInstanceConfig;
  /** Called once the form is on screen and the host knows what to do on Save. */
  /** Called once the settings page can take a choice (its Save handler is registered). */
  readonly onReady?: () => void;
  /** Called once when this host cannot configure tabs (the reason is for developers). */
  /** Called when the host cannot configure tabs here; the page says so itself. */
  readonly onUnavailable?: (reason: string) => void;
  /** What an existing tab shows, when it is being reconfigured. */
  readonly initial?: TabContentChoice | undefined;
}

/** What {@link TabConfigPage} renders. */
export interface TabConfigPageState {
  readonly draft: TabConfigDraft;
  readonly checked: CheckedTabConfig;
  /** True once the user has left the name field or typed in it: only then are its problems shown. */
  readonly nameTouched: boolean;
  /** Set when the host cannot configure tabs: why, for the message. */
  readonly unavailableReason: string | undefined;
  readonly setKind: (kind: TabContentKind) => void;
  readonly setTheme: (theme: ThemeId | '') => void;
  readonly setQuery: (query: string) => void;
  readonly setName: (name: string) => void;
  readonly touchName: () => void;
}

/**
 * State of the channel-tab settings page: the draft, its check, and the host wiring
 * (Save handler, Save button validity). The tab name follows the chosen content and theme until the
 * user types one.
 */
export function useTabConfigPage({ host, toInstanceConfig, onReady, onUnavailable, initial }: TabConfigPageOptions): TabConfigPageState {
  const { t } = useI18n();
  const defaultName = useCallback(
    (kind: TabContentKind, theme: ThemeId | ''): string => {
      if (kind === 'assessments') return t('tabConfig.defaultName.assessments');
      if (kind === 'incidents') return t('tabConfig.defaultName.incidents');
      return theme === '' ? t('tabConfig.defaultName.library') : t(`theme.${theme}`);
    },
    [t],
  );
  const [fields, setFields] = useState<Omit<TabConfigDraft, 'name'>>(() => ({
    kind: initial?.kind ?? 'library',
    theme: initial?.kind === 'library' ? (initial.theme ?? '') : '',
    query: initial?.kind === 'library' ? (initial.query ?? '') : '',
  }));
  const [typedName, setTypedName] = useState<string | undefined>(undefined);
  const [nameTouched, setNameTouched] = useState(false);
  const [registration, setRegistration] = useState<{ readonly status: 'pending' | 'ok' } | { readonly status: 'unavailable'; readonly reason: string }>({
    status: 'pending',
  });

  const draft = useMemo<TabConfigDraft>(() => ({ ...fields, name: typedName ?? defaultName(fields.kind, fields.theme) }), [fields, typedName, defaultName]);
  const checked = useMemo(() => checkTabConfigDraft(draft), [draft]);

  // The save handler is registered once; it must see the draft of the moment the user saves.
  const latest = useRef({ checked, toInstanceConfig });
  useEffect(() => {
    latest.current = { checked, toInstanceConfig };
  }, [checked, toInstanceConfig]);

  useEffect(() => {
    const registered = host.registerTabConfigSaveHandler(() => {
      const current = latest.current;
      if (!current.checked.ok) return Promise.reject(new Error(`The tab configuration is not valid: ${current.checked.problems.join(', ')}`));
      return Promise.resolve(current.toInstanceConfig(current.checked.choice, current.checked.name));
    });
    if (registered.ok) {
      setRegistration({ status: 'ok' });
      onReady?.();
      return;
    }
    const reason = registered.code === 'notSupported' ? registered.reason : registered.message;
    setRegistration({ status: 'unavailable', reason });
    onUnavailable?.(`Tab configuration is not available: ${reason}`);
  }, [host, onReady, onUnavailable]);

  useEffect(() => {
    if (registration.status === 'ok') host.setTabConfigValidity(checked.ok);
  }, [host, checked.ok, registration.status]);

  return {
    draft,
    checked,
    nameTouched,
    unavailableReason: registration.status === 'unavailable' ? registration.reason : undefined,
    setKind: (kind) => setFields((current) => ({ ...current, kind })),
    setTheme: (theme) => setFields((current) => ({ ...current, theme })),
    setQuery: (query) => setFields((current) => ({ ...current, query })),
    setName: (name) => {
      setTypedName(name);
      setNameTouched(true);
    },
    touchName: () => setNameTouched(true),
  };
}
