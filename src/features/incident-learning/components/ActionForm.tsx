import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { DirectoryPerson } from '../../../graph';
import { useI18n } from '../../../i18n';
import { toImprovementActionFields } from '../../../lists/improvementActionMapping';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { notifyActionOwner } from '../api/notifyActionOwner';
import { checkImprovementAction, MAX_TITLE_LENGTH, type FormProblem } from '../model/incidentFormRules';
import { fieldProblem } from './formProblems';
import { PersonPicker } from './PersonPicker';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { FormProblemsAlert } from './VocabularySelects';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link ActionForm}. */
export interface ActionFormProps {
  readonly environment: IncidentLearningEnvironment;
  /** SubmissionId of the case the action improves on. */
  readonly caseId: string;
  readonly onSaved: () => void;
}

/** Adds an improvement action (owner from the directory, due date, effectiveness check) to a case, through the outbox. */
export function ActionForm({ environment, caseId, onSaved }: ActionFormProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<DirectoryPerson | undefined>();
  const [dueOn, setDueOn] = useState('');
  const [effectivenessCheck, setEffectivenessCheck] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  /** Whether the owner of the last action was told in Teams, and their name. */
  const [notified, setNotified] = useState<{ readonly name: string; readonly sent: boolean } | undefined>();
  // Waiting for an action to reach SharePoint ends when the form goes away.
  const unmounted = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    unmounted.current = controller;
    return () => controller.abort();
  }, []);
  const problem = (path: string) => fieldProblem(problems, path, t);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const check = checkImprovementAction(
      { title, ownerUpn: owner?.userPrincipalName ?? '', ownerName: owner?.displayName ?? '', dueOn, status: 'open', effectivenessCheck },
      { isNew: true, now: (environment.now ?? (() => new Date()))() },
    );
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    const action = check.value;
    await environment.outbox.submit({
      list: environment.listNames.actions,
      submissionId,
      fields: toImprovementActionFields({
        submissionId,
        title: action.title,
        caseId,
        status: action.status,
        ...optionalEntry('ownerUpn', action.ownerUpn),
        ...optionalEntry('ownerName', action.ownerName),
        // A due date is a day; stored as the start of that day in UTC so every reader sees the same date.
        ...(action.dueOn === undefined ? {} : { dueOn: `${action.dueOn}T00:00:00Z` }),
        ...optionalEntry('effectivenessCheck', action.effectivenessCheck),
      }),
    });
    setTitle('');
    setOwner(undefined);
    setDueOn('');
    setEffectivenessCheck('');
    setProblems([]);
    setSubmissionId(crypto.randomUUID());
    setNotified(undefined);
    onSaved();
    const feed = environment.activityFeed;
    if (feed !== undefined && action.ownerUpn !== undefined) {
      const name = action.ownerName ?? action.ownerUpn;
      const outcome = await notifyActionOwner(feed, environment.outbox, environment.listNames.actions, environment.user.upn, { submissionId, title: action.title, ownerUpn: action.ownerUpn, caseId }, unmounted.current?.signal);
      if (outcome === 'sent' || outcome === 'failed') setNotified({ name, sent: outcome === 'sent' });
    }
  };

  return (
    <form className={styles.form} aria-label={t('incident.action.add')} onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('incident.action.title')} required {...problem('title')}>
        <Input value={title} maxLength={MAX_TITLE_LENGTH} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <div className={styles.row}>
        <div className={styles.grow}>
          <PersonPicker label={t('incident.action.owner')} directory={environment.directory} permission={environment.peoplePermission} value={owner} onChange={setOwner} />
        </div>
        <Field className={styles.grow} label={t('incident.action.dueOn')} {...problem('dueOn')}>
          <Input type="date" value={dueOn} onChange={(_, data) => setDueOn(data.value)} />
        </Field>
      </div>
      <Field label={t('incident.action.effectivenessCheck')} hint={t('incident.hint.effectiveness')}>
        <Textarea value={effectivenessCheck} onChange={(_, data) => setEffectivenessCheck(data.value)} />
      </Field>
      <FormProblemsAlert count={problems.length} />
      <div className={styles.actions}>
        <Button type="submit">{t('incident.action.add')}</Button>
      </div>
      <div role="status">{notified === undefined ? null : <Text>{t(notified.sent ? 'incident.action.ownerNotified' : 'incident.action.ownerNotNotified', { name: notified.name })}</Text>}</div>
    </form>
  );
}
