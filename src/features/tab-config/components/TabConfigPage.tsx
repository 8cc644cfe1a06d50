import { Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, Title1 } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { THEME_IDS, type ThemeId } from '../../../lists/vocabulary';
import { TAB_NAME_MAX_LENGTH, TAB_QUERY_MAX_LENGTH } from '../model/checkTabConfigDraft';
import { TAB_CONTENT_KINDS, type TabContentKind } from '../model/TabContentChoice';
import { useTabConfigPage, type TabConfigPageOptions } from './useTabConfigPage';
import { useTabConfigPageStyles } from './useTabConfigPageStyles.styles';

/** Props of {@link TabConfigPage}. */
export type TabConfigPageProps = TabConfigPageOptions;

function isThemeChoice(value: string): value is ThemeId | '' {
  return value === '' || THEME_IDS.some((theme) => theme === value);
}

function isKind(value: string): value is TabContentKind {
  return TAB_CONTENT_KINDS.some((option) => option.kind === value);
}

/**
 * The channel tab's settings page (settings frame): what the tab shows and its name.
 * The host's own Save button saves it; it stays disabled while the form is invalid.
 */
export function TabConfigPage(props: TabConfigPageProps): ReactNode {
  const styles = useTabConfigPageStyles();
  const { t } = useI18n();
  const state = useTabConfigPage(props);
  const { draft, checked } = state;

  if (state.unavailableReason !== undefined) {
    return (
      <main className={styles.root}>
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('tabConfig.unavailable.title')}</MessageBarTitle>
              {t('tabConfig.unavailable.body', { reason: state.unavailableReason })}
            </MessageBarBody>
          </MessageBar>
        </div>
      </main>
    );
  }

  const problems = checked.ok ? [] : checked.problems;
  const nameMessage = problems.includes('nameRequired')
    ? t('tabConfig.name.required')
    : problems.includes('nameTooLong')
      ? t('tabConfig.name.tooLong', { max: TAB_NAME_MAX_LENGTH })
      : undefined;
  const showNameProblem = state.nameTouched && nameMessage !== undefined;

  return (
    <main className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('tabConfig.heading')}
      </Title1>
      <Text as="p" className={styles.intro}>
        {t('tabConfig.intro')}
      </Text>
      <form className={styles.form} aria-label={t('tabConfig.heading')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('tabConfig.content.label')}>
          <FittingSelect value={draft.kind} onChange={(_, data) => (isKind(data.value) ? state.setKind(data.value) : undefined)}>
            {TAB_CONTENT_KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {t(option.labelKey)}
              </option>
            ))}
          </FittingSelect>
        </Field>
        {draft.kind === 'library' && (
          <>
            <Field label={t('tabConfig.theme.label')} hint={t('tabConfig.theme.hint')}>
              <FittingSelect value={draft.theme} onChange={(_, data) => (isThemeChoice(data.value) ? state.setTheme(data.value) : undefined)}>
                <option value="">{t('tabConfig.theme.all')}</option>
                {THEME_IDS.map((theme) => (
                  <option key={theme} value={theme}>
                    {t(`theme.${theme}`)}
                  </option>
                ))}
              </FittingSelect>
            </Field>
            <Field label={t('tabConfig.query.label')} hint={t('tabConfig.query.hint')}>
              <Input value={draft.query} maxLength={TAB_QUERY_MAX_LENGTH} onChange={(_, data) => state.setQuery(data.value)} />
            </Field>
          </>
        )}
        <Field
          label={t('tabConfig.name.label')}
          required
          validationState={showNameProblem ? 'error' : 'none'}
          {...(showNameProblem ? { validationMessage: nameMessage } : {})}
        >
          <Input value={draft.name} onChange={(_, data) => state.setName(data.value)} onBlur={state.touchName} />
        </Field>
      </form>
      <Text as="p" className={styles.intro}>
        {t('tabConfig.saveHint')}
      </Text>
    </main>
  );
}
