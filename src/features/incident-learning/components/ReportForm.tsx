import { Button, Checkbox, Field, Input, Radio, RadioGroup, Textarea, Title2 } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { toConfidentialReportFields } from '../../../lists/confidentialReportMapping';
import { toIncidentCaseFields } from '../../../lists/incidentCaseMapping';
import { INCIDENT_KIND_IDS } from '../../../lists/incidentVocabulary';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { checkIncidentReport, checkQuickReport, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type FormProblem } from '../model/incidentFormRules';
import { fieldProblem } from './formProblems';
import { caseDraftOf, emptyReportDraft, reportInput, type ReportDraft } from './reportDraft';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { isWhistleblowerTheme, isWhistleblowerReport, WhistleblowerChoice } from './WhistleblowerChoice';
import { FormProblemsAlert, ProcessStepSelect, ThemeSelect } from './VocabularySelects';
import { optionalEntry } from '../../../lists/optionalEntry';

/** The draft key: one report in progress per user and site (the drafts database is per user and site). */
const DRAFT_KEY = 'incident-report';

/** Props of {@link ReportForm}. */
export interface ReportFormProps {
  readonly environment: IncidentLearningEnvironment;
  /** Called with the SubmissionId once the report is in the outbox, and where it went. */
  readonly onSubmitted: (submissionId: string, kind: 'case' | 'confidential') => void;
}

function isReportDraft(value: unknown): value is ReportDraft {
  return typeof value === 'object' && value !== null && typeof (value as { submissionId?: unknown }).submissionId === 'string' && typeof (value as { title?: unknown }).title === 'string';
}

/**
 * Report an incident, near miss or unsafe situation: the short form first (kind, title,
 * what happened, optionally when and the theme: under two minutes), "more details" for
 * the rest. Every change is saved as a local draft at once; submitting puts the case in
 * the outbox under the draft's SubmissionId, so a double click or a retry stays one case.
 */
export function ReportForm({ environment, onSubmitted }: ReportFormProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const now = environment.now ?? (() => new Date());
  const [draft, setDraft] = useState<ReportDraft | undefined>();
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void environment.drafts.load(DRAFT_KEY).then((saved) => {
      if (cancelled) return;
      loaded.current = true;
      setDraft(saved !== undefined && isReportDraft(saved.value) ? { ...emptyReportDraft(saved.value.submissionId), ...saved.value } : emptyReportDraft(crypto.randomUUID()));
    });
    return () => {
      cancelled = true;
    };
  }, [environment.drafts]);

  if (draft === undefined) return null;

  const update = (change: Partial<ReportDraft>): void => {
    const next = { ...draft, ...change };
    setDraft(next);
    if (problems.length > 0) setProblems([]);
    void environment.drafts.save(DRAFT_KEY, next);
  };
  const problem = (path: string) => fieldProblem(problems, path, t);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = reportInput(draft);
    const quick = draft.details ? undefined : checkQuickReport(input, now());
    const full = checkIncidentReport(input, now());
    const failed = quick !== undefined && !quick.ok ? quick : !full.ok ? full : undefined;
    if (failed !== undefined && !failed.ok) {
      setProblems(failed.problems);
      return;
    }
    if (!full.ok) return;
    setSubmitting(true);
    const confidential = isWhistleblowerReport(draft);
    try {
      await environment.outbox.submit(
        confidential
          ? {
              list: environment.listNames.confidentialReports,
              submissionId: draft.submissionId,
              fields: toConfidentialReportFields({
                submissionId: draft.submissionId,
                title: full.value.title,
                ...optionalEntry('theme', full.value.theme),
                whatHappened: full.value.whatHappened,
                reporterUpn: environment.user.upn,
              }),
            }
          : {
              list: environment.listNames.incidentCases,
              submissionId: draft.submissionId,
              fields: toIncidentCaseFields(caseDraftOf(draft.submissionId, full.value, environment.user.upn)),
            },
      );
      await environment.drafts.remove(DRAFT_KEY);
      onSubmitted(draft.submissionId, confidential ? 'confidential' : 'case');
      setDraft(emptyReportDraft(crypto.randomUUID()));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className={styles.form} aria-label={t('incident.report.heading')} onSubmit={(event) => void submit(event)} noValidate>
      <Title2 as="h2">{t('incident.report.heading')}</Title2>
      <Field label={t('incident.field.kind')} required>
        <RadioGroup layout="horizontal" className={styles.wrap} value={draft.kind} onChange={(_, data) => update({ kind: data.value as ReportDraft['kind'] })}>
          {INCIDENT_KIND_IDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`incident.kind.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('incident.field.title')} required {...problem('title')}>
        <Input value={draft.title} maxLength={MAX_TITLE_LENGTH} onChange={(_, data) => update({ title: data.value })} />
      </Field>
      <Field label={t('incident.field.whatHappened')} hint={t('incident.hint.blameless')} required {...problem('whatHappened')}>
        <Textarea value={draft.whatHappened} resize="vertical" rows={4} onChange={(_, data) => update({ whatHappened: data.value })} />
      </Field>
      <div className={styles.row}>
        <Field className={styles.grow} label={t('incident.field.occurredOn')} {...problem('occurredOn')}>
          <Input type="datetime-local" value={draft.occurredOn} onChange={(_, data) => update({ occurredOn: data.value })} />
        </Field>
        <Field className={styles.grow} label={t('incident.field.theme')}>
          <ThemeSelect value={draft.theme} onChange={(value) => update({ theme: value })} blankLabel={t('incident.choose')} />
        </Field>
      </div>
      {isWhistleblowerTheme(draft.theme) && <WhistleblowerChoice environment={environment} checked={draft.whistleblower} onChange={(whistleblower) => update({ whistleblower })} />}
      <Field hint={t('incident.hint.personalDataQuestion')}>
        <Checkbox checked={draft.personalDataInvolved} label={t('incident.field.personalDataInvolved')} onChange={(_, data) => update({ personalDataInvolved: data.checked === true })} />
      </Field>
      <Checkbox checked={draft.details} label={t('incident.report.details')} onChange={(_, data) => update({ details: data.checked === true })} />
      {draft.details && (
        <section className={styles.section} aria-label={t('incident.report.details')}>
          <div className={styles.row}>
            <Field className={styles.grow} label={t('incident.field.discoveredOn')} {...problem('discoveredOn')}>
              <Input type="datetime-local" value={draft.discoveredOn} onChange={(_, data) => update({ discoveredOn: data.value })} />
            </Field>
            <Field className={styles.grow} label={t('incident.field.processStep')}>
              <ProcessStepSelect value={draft.processStep} onChange={(value) => update({ processStep: value })} blankLabel={t('incident.choose')} />
            </Field>
            <Field className={styles.grow} label={t('incident.field.impact')} {...problem('impact')}>
              <FittingSelect value={draft.impact} onChange={(_, data) => update({ impact: data.value as ReportDraft['impact'] })}>
                <option value="">{t('incident.choose')}</option>
                {(['1', '2', '3', '4'] as const).map((level) => (
                  <option key={level} value={level}>
                    {t(`incident.impact.${level}`)}
                  </option>
                ))}
              </FittingSelect>
            </Field>
          </div>
          <Field label={t('incident.field.factors')} hint={t('incident.hint.factors')} {...problem('factors.0')}>
            <Textarea value={draft.factors} resize="vertical" onChange={(_, data) => update({ factors: data.value })} />
          </Field>
          {(['wentWell', 'wentWrong', 'lucky', 'lessonsText'] as const).map((name) => (
            <Field key={name} label={t(`incident.field.${name}`)} {...problem(name)}>
              <Textarea value={draft[name]} resize="vertical" onChange={(_, data) => update({ [name]: data.value })} />
            </Field>
          ))}
        </section>
      )}
      <FormProblemsAlert count={problems.length} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={submitting}>
          {t('incident.report.submit')}
        </Button>
        <Button type="button" onClick={() => update(emptyReportDraft(draft.submissionId))}>
          {t('incident.report.clear')}
        </Button>
      </div>
      <p className={styles.meta}>{t('incident.report.maxLength', { max: MAX_TEXT_LENGTH })}</p>
    </form>
  );
}
