import { Button, Field, Input, Text, Textarea, Title2, Title3 } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import type { ConfidentialReport } from '../../../lists/confidentialReportMapping';
import type { GraphFields } from '../../../lists/graphFields';
import { toIncidentCaseFields } from '../../../lists/incidentCaseMapping';
import { saveChanges } from '../api/itemChanges';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { whistleblowerClocks } from '../model/whistleblowerClocks';
import { StepDeadlines } from './StepDeadlines';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link ConfidentialReportsView}. */
export interface ConfidentialReportsViewProps {
  readonly environment: IncidentLearningEnvironment;
  readonly reports: readonly ConfidentialReport[];
  readonly pendingIds: ReadonlySet<string>;
  readonly onChanged: () => void;
}

/** The SubmissionId of the case forwarded for a report: one report, one case, however often the adviser clicks. */
export function forwardedCaseIdOf(report: Pick<ConfidentialReport, 'submissionId'>): string {
  return `wbk-${report.submissionId}`;
}

/**
 * Reports of a suspected wrongdoing (Wet bescherming klokkenluiders, issue 16 item 4), as
 * SharePoint lets this user read them: a confidential adviser sees every report with its
 * reporter and the Wbk deadlines, records the acknowledgement and the feedback, and
 * forwards what the case team needs as a case of their own, without the reporter; a
 * reporter sees their own report and where it stands.
 */
export function ConfidentialReportsView({ environment, reports, pendingIds, onChanged }: ConfidentialReportsViewProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} aria-labelledby="incident-confidential-heading">
      <Title2 as="h2" id="incident-confidential-heading">
        {t('incident.whistleblower.heading')}
      </Title2>
      <Text className={styles.meta}>{t('incident.whistleblower.intro')}</Text>
      {reports.length === 0 ? (
        <Text className={styles.meta}>{t('incident.whistleblower.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {reports.map((report) => (
            <ConfidentialReportItem key={report.submissionId} environment={environment} report={report} pending={pendingIds.has(report.submissionId)} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ConfidentialReportItem({ environment, report, pending, onChanged }: { readonly environment: IncidentLearningEnvironment; readonly report: ConfidentialReport; readonly pending: boolean; readonly onChanged: () => void }): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  // Empty on purpose: the reporter's own words and title may identify them; the adviser writes what the case team gets.
  const [forwardTitle, setForwardTitle] = useState('');
  const [forwardText, setForwardText] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const clock = environment.now ?? (() => new Date());
  const now = clock();
  // The reporter's own report: SharePoint lets them read it, not handle it.
  const own = report.reporterUpn?.toLowerCase() === environment.user.upn.toLowerCase();
  const received = report.receivedOn === undefined ? '' : formatDateTime(report.receivedOn, locale);
  const clocks = whistleblowerClocks(report, now) ?? [];

  /** Writes some of the report's columns with If-Match: a concurrent change by another adviser is reloaded, not overwritten. */
  const record = async (fields: GraphFields): Promise<boolean> => {
    setBusy(true);
    setFailed(false);
    const outcome = await saveChanges(environment, environment.listNames.confidentialReports, report.id, report.eTag, fields);
    setBusy(false);
    if (outcome.kind !== 'saved') setFailed(true);
    onChanged();
    return outcome.kind === 'saved';
  };

  const forward = async (): Promise<void> => {
    const caseId = forwardedCaseIdOf(report);
    setBusy(true);
    // No ReporterUpn and written by the adviser: SharePoint records the adviser as the case's author.
    await environment.outbox.submit({
      list: environment.listNames.incidentCases,
      submissionId: caseId,
      fields: toIncidentCaseFields({
        submissionId: caseId,
        title: forwardTitle.trim(),
        kind: 'incident',
        ...optionalEntry('theme', report.theme),
        whatHappened: forwardText.trim(),
        timeline: [],
        contributingFactors: { whys: [], factors: [] },
        status: 'open',
        personalDataInvolved: false,
      }),
    });
    await record({ ForwardedCaseId: caseId });
  };

  return (
    <li className={styles.item} data-testid="confidential-report">
      <Title3 as="h3">{report.title}</Title3>
      <p className={styles.meta}>
        {own ? t('incident.whistleblower.yours', { when: received }) : t('incident.whistleblower.reportedBy', { who: report.reporterUpn ?? '', when: received })}
        {report.theme === undefined ? '' : ` · ${t(`theme.${report.theme}`)}`}
      </p>
      <p className={styles.preview}>{report.whatHappened}</p>
      {!pending && (
        <StepDeadlines
          label={t('incident.whistleblower.heading')}
          testId="whistleblower-deadlines"
          steps={clocks.map((clock) => ({ ...clock, label: t(`incident.whistleblower.step.${clock.step}`) }))}
        />
      )}
      {report.forwardedCaseId !== undefined && <Text>{t('incident.whistleblower.forwarded')}</Text>}
      {!own && !pending && (
        <div className={styles.form}>
          <div className={styles.actions}>
            {report.acknowledgedOn === undefined && (
              <Button disabled={busy} onClick={() => void record({ AcknowledgedOn: clock().toISOString() })}>
                {t('incident.whistleblower.acknowledge')}
              </Button>
            )}
            {report.feedbackOn === undefined && (
              <Button disabled={busy} onClick={() => void record({ FeedbackOn: clock().toISOString() })}>
                {t('incident.whistleblower.giveFeedback')}
              </Button>
            )}
          </div>
          {report.forwardedCaseId === undefined && (
            <>
              <Field label={t('incident.whistleblower.forwardTitle')} required>
                <Input value={forwardTitle} maxLength={255} onChange={(_, data) => setForwardTitle(data.value)} />
              </Field>
              <Field label={t('incident.whistleblower.forwardText')} required>
                <Textarea value={forwardText} resize="vertical" onChange={(_, data) => setForwardText(data.value)} />
              </Field>
              <div className={styles.actions}>
                <Button appearance="primary" disabled={busy || forwardTitle.trim() === '' || forwardText.trim() === ''} onClick={() => void forward()}>
                  {t('incident.whistleblower.forward')}
                </Button>
              </div>
            </>
          )}
          {failed && <Text role="alert">{t('incident.whistleblower.saveFailed')}</Text>}
        </div>
      )}
    </li>
  );
}
