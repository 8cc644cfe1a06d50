import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Textarea, Title2 } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { FittingSelect } from '../../../components/FittingSelect';
import { useI18n } from '../../../i18n';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { CASE_STATUS_IDS, type CaseStatusId } from '../../../lists/vocabulary';
import { caseEditFields, readStoredCase, saveCaseChanges } from '../api/caseRepository';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { caseEditOf, parseTimeline, type CaseEdit } from '../model/caseEdit';
import { ProcessStepSelect, ThemeSelect } from './VocabularySelects';
import { useIncidentStyles } from './useIncidentStyles.styles';

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

type SaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'forbidden' | 'failed';

/** A draft of the editor: the values and the eTag of the version they were typed against. */
interface CaseEditDraft {
  readonly edit: CaseEdit;
  readonly eTag: string;
}

function isCaseEditDraft(value: unknown): value is CaseEditDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { edit, eTag } = value as { edit?: unknown; eTag?: unknown };
  return typeof eTag === 'string' && typeof edit === 'object' && edit !== null && typeof (edit as { timeline?: unknown }).timeline === 'string' && typeof (edit as { status?: unknown }).status === 'string';
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
  const [eTag, setETag] = useState(incident.eTag);
  const [itemId] = useState(incident.id);
  const [state, setState] = useState<SaveState>('idle');
  const [badLines, setBadLines] = useState<readonly number[]>([]);

  // An edit typed on this device earlier (a reload, a closed tab) comes back, with the
  // version it was typed against: if the case changed since, saving it is a conflict.
  useEffect(() => {
    let current = true;
    void environment.drafts.load(draftKey).then((saved) => {
      if (!current || saved === undefined || !isCaseEditDraft(saved.value)) return;
      setEdit(saved.value.edit);
      setETag(saved.value.eTag);
    });
    return () => {
      current = false;
    };
  }, [environment.drafts, draftKey]);

  const change = (part: Partial<CaseEdit>): void => {
    const next = { ...edit, ...part };
    setEdit(next);
    if (state === 'saved') setState('idle');
    void environment.drafts.save(draftKey, { edit: next, eTag } satisfies CaseEditDraft);
  };

  const save = async (ifMatch: string): Promise<void> => {
    const timeline = parseTimeline(edit.timeline);
    if (!timeline.ok) {
      setBadLines(timeline.badLines);
      return;
    }
    setBadLines([]);
    setState('saving');
    const outcome = await saveCaseChanges(environment, itemId, ifMatch, caseEditFields(edit, timeline.entries, { includeStatus: role === 'caseTeam' }));
    setState(outcome.kind);
    if (outcome.kind === 'saved') {
      await environment.drafts.remove(draftKey);
      onSaved();
    }
  };

  const keepMine = async (): Promise<void> => {
    const theirs = await readStoredCase(environment, itemId);
    if (theirs === undefined) {
      setState('failed');
      return;
    }
    setETag(theirs.eTag);
    await save(theirs.eTag);
  };

  const loadTheirs = async (): Promise<void> => {
    const theirs = await readStoredCase(environment, itemId);
    if (theirs === undefined) {
      setState('failed');
      return;
    }
    setETag(theirs.eTag);
    setEdit(caseEditOf(theirs));
    await environment.drafts.remove(draftKey);
    setState('idle');
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (state !== 'saving') void save(eTag);
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
          <Field label={t('incident.edit.status')}>
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
        {state === 'conflict' && (
          <div role="alert">
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('incident.edit.conflict')}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void keepMine()}>{t('incident.edit.keepMine')}</Button>
                <Button onClick={() => void loadTheirs()}>{t('incident.edit.loadTheirs')}</Button>
              </MessageBarActions>
            </MessageBar>
          </div>
        )}
        {(state === 'failed' || state === 'forbidden') && (
          <div role="alert">
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t(state === 'failed' ? 'incident.edit.failed' : 'incident.edit.forbidden')}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        {state === 'saved' && (
          <div role="status">
            <MessageBar intent="success">
              <MessageBarBody>{t('incident.edit.saved')}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={state === 'saving'}>
            {state === 'saving' ? t('incident.edit.saving') : t('incident.edit.save')}
          </Button>
          <Button onClick={onClose}>{t('incident.edit.close')}</Button>
        </div>
      </form>
    </section>
  );
}
