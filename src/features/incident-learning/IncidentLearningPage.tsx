import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Text, Title1 } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { OutboxStatusIndicator } from '../../components/OutboxStatusIndicator';
import { useOutboxStatus } from '../../storage/outbox';
import { SectionMessages, useI18n } from '../../i18n';
import { incidentMessages } from '../../i18n/areas/incidentMessages';
import type { IncidentLearningEnvironment } from './api/IncidentLearningEnvironment';
import { useIncidentRecords, type IncidentRecords } from './api/useIncidentRecords';
import { useDueReminders } from './api/useDueReminders';
import { useMaturityQuestions } from './api/useMaturityQuestions';
import { CaseDetail } from './components/CaseDetail';
import { ConfidentialReportsView } from './components/ConfidentialReportsView';
import { ActionsView, BreachRegisterView, CaseList, LessonsView } from './components/OverviewViews';
import { ReportForm } from './components/ReportForm';
import { useIncidentStyles } from './components/useIncidentStyles.styles';
import { optionalEntry } from '../../lists/optionalEntry';

const VIEWS = ['report', 'cases', 'actions', 'lessons', 'register', 'confidential'] as const;
type IncidentView = (typeof VIEWS)[number];

/** Props of {@link IncidentLearningPage}. */
export interface IncidentLearningPageProps {
  readonly environment: IncidentLearningEnvironment;
  /** A case to open at once (deep link `incident:<SubmissionId>`). */
  readonly initialCaseId?: string;
  /** Called once the page shows its first outcome. */
  readonly onShown?: () => void;
}

/**
 * Incident learning: report in minutes, follow cases up with actions, derive redacted
 * lessons that can be shared by their TLP label, and keep the AVG breach register.
 */
/** The section with its own messages (they arrive in this chunk, with the section). */
export function IncidentLearningPage(props: IncidentLearningPageProps): ReactNode {
  return (
    <SectionMessages messages={incidentMessages}>
      <IncidentLearningPageContent {...props} />
    </SectionMessages>
  );
}

function IncidentLearningPageContent({ environment, initialCaseId, onShown }: IncidentLearningPageProps): ReactNode {
  const styles = useIncidentStyles();
  const maturityQuestions = useMaturityQuestions(environment);
  const { t } = useI18n();
  const [view, setView] = useState<IncidentView>(initialCaseId === undefined ? 'report' : 'cases');
  const [openCase, setOpenCase] = useState<string | undefined>(initialCaseId);
  const [submitted, setSubmitted] = useState<{ readonly id: string; readonly kind: 'case' | 'confidential' } | undefined>();
  const [peopleNames, setPeopleNames] = useState<readonly string[]>([]);
  // Where the browser keeps nothing for a framed app, the report is sent while the tab is open: say so.
  const outboxStatus = useOutboxStatus(environment.outbox);
  const { state, reload } = useIncidentRecords(environment);

  useEffect(() => onShown?.(), [onShown]);
  useEffect(() => {
    let cancelled = false;
    if (environment.directory === undefined) return undefined;
    environment.directory
      .listDisplayNames()
      .then((names) => {
        if (!cancelled) setPeopleNames(names);
      })
      // Without the directory the guard still finds e-mail, phone, IBAN and BSN.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [environment.directory]);

  const records = state.status === 'ready' ? state.records : undefined;
  useDueReminders(environment, records);
  const selected = openCase === undefined ? undefined : records?.cases.items.find((incident) => incident.submissionId === openCase);
  // A deep link to something that is not a case this user reads shows the view that holds
  // it: a confidential report (a Wbk reminder to an adviser), or the case of an action they
  // own but may not read. Choosing a tab clears the link.
  const elsewhere = records === undefined || openCase === undefined || selected !== undefined ? undefined : viewHolding(records, openCase);
  const shown: IncidentView = elsewhere ?? view;

  return (
    <div className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('incident.heading')}
      </Title1>
      <Text className={styles.meta}>{t('incident.intro')}</Text>
      <OutboxStatusIndicator outbox={environment.outbox} />
      <TabList
        className={styles.wrap}
        selectedValue={shown}
        aria-label={t('incident.views.label')}
        onTabSelect={(_, data) => {
          setView(data.value as IncidentView);
          setOpenCase(undefined);
        }}
      >
        {/* Confidential reports only for whoever SharePoint lets read one: an adviser, or a reporter with a report there. */}
        {VIEWS.filter((id) => id !== 'confidential' || (records?.confidentialReports.items.length ?? 0) > 0 || shown === 'confidential').map((id) => (
          <Tab key={id} value={id}>
            {t(`incident.views.${id}`)}
          </Tab>
        ))}
      </TabList>
      {submitted !== undefined && shown === 'report' && (
        <div role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(outboxStatus.durable ? 'incident.report.submitted' : 'incident.report.submittedKeepOpen')}</MessageBarBody>
            <MessageBarActions>
              <Button
                onClick={() => {
                  setView(submitted.kind === 'confidential' ? 'confidential' : 'cases');
                  setOpenCase(submitted.kind === 'case' ? submitted.id : undefined);
                  setSubmitted(undefined);
                }}
              >
                {t('incident.report.openCase')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {shown === 'report' && (
        <ReportForm
          environment={environment}
          onSubmitted={(id, kind) => {
            setSubmitted({ id, kind });
            reload();
          }}
        />
      )}
      {shown !== 'report' && state.status === 'loading' && <Spinner label={t('incident.loading')} />}
      {shown !== 'report' && state.status === 'error' && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{t(state.kind === 'forbidden' ? 'incident.error.forbidden' : 'incident.error.load')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={reload}>{t('incident.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {records !== undefined && shown === 'cases' && selected !== undefined && (
        <CaseDetail
          environment={environment}
          incident={selected}
          actions={records.actions.items.filter((action) => action.caseId === selected.submissionId)}
          pending={records.cases.pendingIds.has(selected.submissionId)}
          peopleNames={peopleNames}
          onBack={() => setOpenCase(undefined)}
          onChanged={reload}
        />
      )}
      {records !== undefined && shown === 'cases' && selected === undefined && (
        <>
          {openCase !== undefined && <Text role="status">{t('incident.case.notFound')}</Text>}
          <CaseList cases={records.cases.items} pendingIds={records.cases.pendingIds} onOpen={setOpenCase} />
        </>
      )}
      {records !== undefined && shown === 'actions' && <ActionsView environment={environment} actions={records.actions.items} now={(environment.now ?? (() => new Date()))()} onChanged={reload} />}
      {records !== undefined && shown === 'lessons' && <LessonsView lessons={records.lessons.items} {...optionalEntry('questions', maturityQuestions)} />}
      {records !== undefined && shown === 'confidential' && (
        <ConfidentialReportsView environment={environment} reports={records.confidentialReports.items} pendingIds={records.confidentialReports.pendingIds} onChanged={reload} />
      )}
      {records !== undefined && shown === 'register' && <BreachRegisterView cases={records.cases.items} kept={records.breachRegister} canDownloadFiles={environment.canDownloadFiles ?? true} />}
    </div>
  );
}

/** The view that shows what a deep link's id names when it is not a readable case, if any. */
function viewHolding(records: IncidentRecords, id: string): 'confidential' | 'actions' | undefined {
  if (records.confidentialReports.items.some((report) => report.submissionId === id)) return 'confidential';
  if (records.actions.items.some((action) => action.caseId === id)) return 'actions';
  return undefined;
}
