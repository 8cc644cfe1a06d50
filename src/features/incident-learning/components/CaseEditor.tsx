import { Button, Field, Textarea, Title2 } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { FittingSelect } from '../../../components/FittingSelect';
import { useI18n } from '../../../i18n';
import { CASE_STATUS_IDS, type CaseStatusId } from '../../../lists/incidentVocabulary';
import { caseEditFields, readStoredCase, saveChanges } from '../api/itemChanges';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { closingProblems } from '../model/breachAssessment';
import { checkBreachEdit, sameBreachEdit, type CheckedBreach } from '../model/breachEdit';
import { caseEditOf, parseTimeline, type CaseEdit } from '../model/caseEdit';
import type { FormProblem } from '../model/incidentFormRules';
import type { CyberIncidentRecord, IncidentCase, TimelineEntry } from '../../../lists/incidentCaseMapping';
import { BreachAssessmentFields } from './BreachAssessmentFields';
import { CyberIncidentFields } from './CyberIncidentFields';
import { checkCyberIncidentEdit } from '../model/cyberIncidentEdit';
import { SaveStateMessages } from './SaveStateMessages';
import { useIfMatchSave } from './useIfMatchSave';
import { fieldProblem } from './formProblems';
import { FormProblemsAlert, ProcessStepSelect, ThemeSelect } from './VocabularySelects';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Who edits: the case team moves the status and edits everything; the reporter adds details. */
export type CaseEditorRole = 'caseTeam' | 'reporter';

/** Props of {@link CaseEditor}. */
export interface CaseEditorProps {
  readonly environment: IncidentLearningEnvironment;
  readonly incident: IncidentCase;
  readonly role: CaseEditorRole;
  /** Called after a save: the case list reloads. */
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/** A draft of the editor: the values, and the version (its values and eTag) they were typed against. */
interface CaseEditDraft {
  readonly edit: CaseEdit;
  readonly base: CaseEdit;
  readonly eTag: string;
}

/** What a save writes, once the form's values passed every check. */
type PreparedSave =
  | { readonly ok: true; readonly timeline: readonly TimelineEntry[]; readonly breach: CheckedBreach | undefined; readonly cyber: CyberIncidentRecord | undefined }
  | { readonly ok: false };

/** A draft of an earlier version has no breach or Cbw part: it gets the case's. */
function withCaseTeamParts(edit: Omit<CaseEdit, 'breach' | 'cyber'> & Partial<Pick<CaseEdit, 'breach' | 'cyber'>>, incident: IncidentCase): CaseEdit {
  const stored = caseEditOf(incident);
  return { ...edit, breach: edit.breach ?? stored.breach, cyber: edit.cyber ?? stored.cyber };
}

function isCaseEditDraft(value: unknown): value is CaseEditDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { edit, base, eTag } = value as { edit?: unknown; base?: unknown; eTag?: unknown };
  const isEdit = (candidate: unknown): boolean =>
    typeof candidate === 'object' && candidate !== null && typeof (candidate as { timeline?: unknown }).timeline === 'string' && typeof (candidate as { status?: unknown }).status === 'string';
  return typeof eTag === 'string' && isEdit(edit) && isEdit(base);
}

/**
 * Working on a case after the report (issue 16): the case team moves it through its states
 * and edits the timeline, the five whys, the contributing factors, what went well, wrong
 * or lucky, the theme and the step; the reporter adds details to their own report. What
 * is typed is kept as a draft on the device until SharePoint has it, and a save against a
 * case someone else changed meanwhile (412) is the user's choice, never lost.
 */
export function CaseEditor({ environment, incident, role, onSaved, onClose }: CaseEditorProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const headingId = useId();
  const draftKey = `case-edit:${incident.submissionId}`;
  const [edit, setEdit] = useState<CaseEdit>(() => caseEditOf(incident));
  // The version the user started from: only what they changed from it is written.
  const [base, setBase] = useState<CaseEdit>(() => caseEditOf(incident));
  const [badLines, setBadLines] = useState<readonly number[]>([]);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);

  /**
   * Checks the form: the timeline's lines, the breach assessment (case team), and what
   * closing a case needs (the breach assessment complete, as it will be stored). Each
   * problem is named at its field; nothing is sent while there is one.
   */
  const prepare = (): PreparedSave => {
    const timeline = parseTimeline(edit.timeline);
    setBadLines(timeline.ok ? [] : timeline.badLines);
    const found: FormProblem[] = [];
    const now = (environment.now ?? (() => new Date()))();
    let breach: CheckedBreach | undefined;
    if (role === 'caseTeam' && !sameBreachEdit(edit.breach, base.breach)) {
      const checked = checkBreachEdit(edit.breach, incident, now);
      if (checked.ok) breach = checked.value;
      else found.push(...checked.problems);
    }
    let cyber: CyberIncidentRecord | undefined;
    if (role === 'caseTeam' && JSON.stringify(edit.cyber) !== JSON.stringify(base.cyber)) {
      const checked = checkCyberIncidentEdit(edit.cyber, now);
      if (checked.ok) cyber = checked.value;
      else found.push(...checked.problems);
    }
    // Closing, or changing the assessment of a closed case: a case from before these rules stays editable otherwise.
    if (role === 'caseTeam' && edit.status === 'closed' && (base.status !== 'closed' || breach !== undefined) && found.length === 0) {
      const stored = breach === undefined ? incident : { personalDataInvolved: incident.personalDataInvolved || breach.record.decision === 'breach', ...optionalEntry('breachAwareOn', breach.awareOn), breach: breach.record };
      const closing = closingProblems(stored);
      if (closing.length > 0) found.push({ path: 'status', code: 'closingBlocked' }, ...closing);
    }
    setProblems(found);
    return timeline.ok && found.length === 0 ? { ok: true, timeline: timeline.entries, breach, cyber } : { ok: false };
  };

  const saving = useIfMatchSave<IncidentCase>({
    eTag: incident.eTag,
    write: (ifMatch) => {
      // Checked on every write, "save mine over it" included: a timeline that cannot be read is never stored as empty.
      const prepared = prepare();
      if (!prepared.ok) return Promise.resolve({ kind: 'failed' });
      return saveChanges(
        environment,
        environment.listNames.incidentCases,
        incident.id,
        ifMatch,
        caseEditFields(edit, base, prepared.timeline, { includeStatus: role === 'caseTeam', breach: prepared.breach, cyber: prepared.cyber }),
      );
    },
    read: () => readStoredCase(environment, incident.id),
    onSaved: () => {
      void environment.drafts.remove(draftKey).then(onSaved);
    },
    onTheirs: (theirs) => {
      setEdit(caseEditOf(theirs));
      setBase(caseEditOf(theirs));
      void environment.drafts.remove(draftKey);
    },
  });

  // An edit typed on this device earlier (a reload, a closed tab) comes back, with the
  // version it was typed against: if the case changed since, saving it is a conflict.
  useEffect(() => {
    let current = true;
    void environment.drafts.load(draftKey).then((saved) => {
      if (!current || saved === undefined || !isCaseEditDraft(saved.value)) return;
      setEdit(withCaseTeamParts(saved.value.edit, incident));
      setBase(withCaseTeamParts(saved.value.base, incident));
      saving.startFrom(saved.value.eTag);
    });
    return () => {
      current = false;
    };
    // Read once per case: `saving` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [environment.drafts, draftKey]);

  const change = (part: Partial<CaseEdit>): void => {
    const next = { ...edit, ...part };
    setEdit(next);
    if (problems.length > 0) setProblems([]);
    saving.edited();
    void environment.drafts.save(draftKey, { edit: next, base, eTag: saving.eTag } satisfies CaseEditDraft);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (saving.state === 'saving') return;
    // A problem is named at its field; nothing is sent.
    if (prepare().ok) void saving.save();
  };

  const area = (name: keyof Pick<CaseEdit, 'timeline' | 'whys' | 'factors' | 'wentWell' | 'wentWrong' | 'lucky' | 'lessonsText'>, label: string, extra: { validationMessage?: string } = {}): ReactNode => (
    <Field label={label} {...(extra.validationMessage === undefined ? {} : { validationMessage: extra.validationMessage, validationState: 'error' as const })}>
      <Textarea value={edit[name]} resize="vertical" onChange={(_, data) => change({ [name]: data.value })} />
    </Field>
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Title2 as="h3" id={headingId}>
        {role === 'caseTeam' ? t('incident.edit.heading') : t('incident.edit.addDetailsHeading')}
      </Title2>
      <form className={styles.form} onSubmit={submit} noValidate>
        {role === 'caseTeam' && (
          <Field label={t('incident.edit.status')} {...fieldProblem(problems, 'status', t)}>
            <FittingSelect value={edit.status} onChange={(_, data) => change({ status: (CASE_STATUS_IDS as readonly string[]).includes(data.value) ? (data.value as CaseStatusId) : edit.status })}>
              {CASE_STATUS_IDS.filter((id) => id !== 'draft' || edit.status === 'draft').map((id) => (
                <option key={id} value={id}>
                  {t(`incident.caseStatus.${id}`)}
                </option>
              ))}
            </FittingSelect>
          </Field>
        )}
        <Field label={t('incident.field.theme')}>
          <ThemeSelect value={edit.theme} onChange={(theme) => change({ theme })} blankLabel={t('incident.choose')} />
        </Field>
        <Field label={t('incident.field.processStep')}>
          <ProcessStepSelect value={edit.processStep} onChange={(processStep) => change({ processStep })} blankLabel={t('incident.choose')} />
        </Field>
        {area('timeline', t('incident.edit.timeline'), badLines.length === 0 ? {} : { validationMessage: badLines.map((line) => t('incident.edit.timelineProblem', { line })).join(' ') })}
        {area('whys', t('incident.edit.whys'))}
        {area('factors', t('incident.edit.factors'))}
        {area('wentWell', t('incident.field.wentWell'))}
        {area('wentWrong', t('incident.field.wentWrong'))}
        {area('lucky', t('incident.field.lucky'))}
        {area('lessonsText', t('incident.field.lessonsText'))}
        {role === 'caseTeam' && (
          <BreachAssessmentFields value={edit.breach} onChange={(part) => change({ breach: { ...edit.breach, ...part } })} problems={problems} {...optionalEntry('now', environment.now)} />
        )}
        {role === 'caseTeam' && (environment.cyberSecurityAct ?? true) && (
          <CyberIncidentFields value={edit.cyber} onChange={(part) => change({ cyber: { ...edit.cyber, ...part } })} problems={problems} {...optionalEntry('now', environment.now)} />
        )}
        <FormProblemsAlert count={problems.length + badLines.length} />
        <SaveStateMessages state={saving.state} onKeepMine={() => void saving.keepMine()} onLoadTheirs={() => void saving.loadTheirs()} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving.state === 'saving'}>
            {saving.state === 'saving' ? t('incident.edit.saving') : t('incident.edit.save')}
          </Button>
          <Button onClick={onClose}>{t('incident.edit.close')}</Button>
        </div>
      </form>
    </section>
  );
}
