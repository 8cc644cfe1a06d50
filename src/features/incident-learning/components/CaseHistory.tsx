import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import type { MessageKey } from '../../../i18n';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { caseHistory, type CaseHistoryEntry } from '../model/caseHistory';
import { useIncidentStyles } from './useIncidentStyles.styles';

type HistoryState = { readonly status: 'hidden' | 'loading' | 'failed' } | { readonly status: 'shown'; readonly entries: readonly CaseHistoryEntry[] };

/**
 * Who changed what in a case, and when (issue 16): read on request from SharePoint's
 * version history, which keeps every change whoever made it (the app, SharePoint's own
 * forms, another tool). Parts are named, values are not repeated.
 */
export function CaseHistory({ environment, incident }: { readonly environment: IncidentLearningEnvironment; readonly incident: IncidentCase }): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const headingId = useId();
  const [state, setState] = useState<HistoryState>({ status: 'hidden' });

  const load = async (): Promise<void> => {
    setState({ status: 'loading' });
    try {
      const versions = await environment.lists.itemVersions(environment.listNames.incidentCases, incident.id);
      setState({ status: 'shown', entries: caseHistory(versions) });
    } catch {
      setState({ status: 'failed' });
    }
  };

  const line = (entry: CaseHistoryEntry): string => {
    const when = entry.at === undefined ? '' : formatDateTime(entry.at, locale);
    const who = entry.by ?? t('incident.history.unknownUser');
    if (entry.reported) return t('incident.history.reported', { when, who });
    const parts = [
      ...(entry.status === undefined
        ? []
        : [t('incident.history.status', { from: entry.status.from === undefined ? '—' : t(`incident.caseStatus.${entry.status.from}`), to: t(`incident.caseStatus.${entry.status.to}`) })]),
      ...entry.changed.map((key) => t(key as MessageKey).toLocaleLowerCase(locale)),
    ];
    return t('incident.history.changed', { when, who, parts: parts.length === 0 ? t('incident.history.nothing') : parts.join(', ') });
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Title2 as="h3" id={headingId}>
        {t('incident.history.heading')}
      </Title2>
      {state.status === 'hidden' && (
        <div className={styles.actions}>
          <Button onClick={() => void load()}>{t('incident.history.show')}</Button>
        </div>
      )}
      {state.status === 'loading' && <Spinner size="tiny" label={t('incident.history.loading')} />}
      {state.status === 'failed' && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{t('incident.history.failed')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void load()}>{t('incident.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {state.status === 'shown' && (
        <ol className={styles.list}>
          {state.entries.map((entry) => (
            <li key={entry.version}>
              <Text>{line(entry)}</Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
