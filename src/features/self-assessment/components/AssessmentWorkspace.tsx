import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, Title1 } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { assessmentAnswersSchema, type AssessmentAnswer, type AssessmentAnswers, type AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { Assessment } from '../../../lists/assessmentMapping';
import type { AssessmentResponse } from '../../../lists/assessmentResponseMapping';
import { loadResponses, readStoredAssessment, saveConsensus, saveMyResponse } from '../api/assessmentRepository';
import type { SelfAssessmentEnvironment } from '../api/SelfAssessmentEnvironment';
import { useThemeLessons } from '../api/useThemeLessons';
import type { MaturityModel } from '../model/MaturityModel';
import { reconcileAnswers } from '../model/reconcileAnswers';
import { scoreAssessment, toScoreSummary } from '../model/scoreAssessment';
import { validateAnswer } from '../model/validateAnswer';
import { AnswerForm } from './AnswerForm';
import { isAuthoredBy } from '../api/authorship';
import { ConsensusView } from './ConsensusView';
import { ResultsView } from './ResultsView';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link AssessmentWorkspace}. */
export interface AssessmentWorkspaceProps {
  readonly environment: SelfAssessmentEnvironment;
  readonly model: MaturityModel;
  readonly assessment: Assessment;
  readonly earlier: readonly Assessment[];
  readonly onBack: () => void;
  readonly onChanged: () => void;
}

/** How long typing may go on before the answers are queued for SharePoint (they are on the device at once). */
const SEND_AFTER_MS = 800;

type WorkspaceView = 'answer' | 'team' | 'results';

/** Answers without problems: only those go to SharePoint; the rest wait on this device until fixed. */
function sendable(model: MaturityModel, answers: AssessmentAnswers): AssessmentAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([id, answer]) => validateAnswer(model, id, answer).length === 0));
}

/**
 * One assessment: answering (saved on the device at every change, queued for SharePoint
 * shortly after), the coordinator's team view, and the results. The coordinator's
 * consensus and targets are written with If-Match; a concurrent save gives a choice.
 */
export function AssessmentWorkspace({ environment, model, assessment, earlier, onBack, onChanged }: AssessmentWorkspaceProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t } = useI18n();
  const draftKey = `assessment:${assessment.submissionId}`;
  const lessons = useThemeLessons(environment, model);
  // The coordinator is who started the assessment, as SharePoint recorded it (and only they, or the coordinators' group, may change it).
  const isCoordinator = isAuthoredBy(assessment, environment.user);
  const isTeam = assessment.scope === 'team';
  const [view, setView] = useState<WorkspaceView>(assessment.status === 'finalised' ? 'results' : 'answer');
  const [answers, setAnswers] = useState<AssessmentAnswers | undefined>();
  const [responses, setResponses] = useState<readonly AssessmentResponse[]>([]);
  const [stored, setStored] = useState<Assessment | undefined>();
  const [consensus, setConsensus] = useState<AssessmentAnswers>(assessment.consensus);
  const [targets, setTargets] = useState<AssessmentTargets>(assessment.targets);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed' | 'notYetStored'>('idle');
  const sendTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // My answers: the newer of this device's draft and what SharePoint has (another device).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [draft, all, current] = await Promise.all([
        environment.drafts.load(draftKey),
        loadResponses(environment, assessment.submissionId).catch(() => [] as AssessmentResponse[]),
        readStoredAssessment(environment, assessment.submissionId).catch(() => undefined),
      ]);
      if (cancelled) return;
      const mine = all.find((response) => isAuthoredBy(response, environment.user));
      const local = draft === undefined ? undefined : assessmentAnswersSchema.safeParse(draft.value);
      const useDraft = local?.success === true && (mine?.updatedOn === undefined || (draft?.savedAt ?? '') >= mine.updatedOn);
      setAnswers(useDraft && local.success ? local.data : (mine?.answers ?? {}));
      // A draft newer than SharePoint's copy may never have been queued (the tab closed within the debounce): queue it now.
      if (useDraft && local.success && (mine?.updatedOn === undefined || (draft?.savedAt ?? '') > mine.updatedOn)) {
        void saveMyResponse(environment, assessment.submissionId, sendable(model, local.data), 'inProgress');
      }
      setResponses(all);
      if (current !== undefined) {
        setStored(current);
        setConsensus(current.consensus);
        setTargets(current.targets);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [environment, assessment.submissionId, draftKey, model]);

  // Leaving the assessment within the debounce queues the last answers at once instead of dropping the send.
  const pendingSend = useRef<(() => void) | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(sendTimer.current);
      pendingSend.current?.();
    },
    [],
  );

  const reconciled = useMemo(() => reconcileAnswers(model, answers ?? {}), [model, answers]);

  const answer = useCallback(
    (questionId: string, value: AssessmentAnswer | undefined) => {
      setAnswers((previous) => {
        const next = { ...(previous ?? {}) };
        if (value === undefined) delete next[questionId];
        else next[questionId] = value;
        void environment.drafts.save(draftKey, next);
        clearTimeout(sendTimer.current);
        const send = (): void => {
          pendingSend.current = undefined;
          void saveMyResponse(environment, assessment.submissionId, sendable(model, next), 'inProgress');
        };
        pendingSend.current = send;
        sendTimer.current = setTimeout(send, SEND_AFTER_MS);
        return next;
      });
    },
    [environment, draftKey, assessment.submissionId, model],
  );

  const resultAnswers = isTeam ? consensus : (answers ?? {});

  const write = async (change: Partial<Assessment>, fresh?: Assessment): Promise<void> => {
    const base = fresh ?? stored ?? (await readStoredAssessment(environment, assessment.submissionId));
    if (base === undefined) {
      setSaveState('notYetStored');
      return;
    }
    setSaveState('saving');
    try {
      const result = await saveConsensus(environment, base, change);
      if (!result.ok) {
        setConflict(true);
        setSaveState('idle');
        return;
      }
      setStored(result.assessment);
      setDirty(false);
      setConflict(false);
      setSaveState('saved');
      onChanged();
    } catch {
      setSaveState('failed');
    }
  };
  const saveShared = () => write({ consensus: sendable(model, consensus), targets });
  const finalise = () => {
    const final = sendable(model, isTeam ? consensus : (answers ?? {}));
    if (!isTeam) void saveMyResponse(environment, assessment.submissionId, final, 'submitted');
    return write({ consensus: final, targets, status: 'finalised', scoreSummary: toScoreSummary(scoreAssessment(model, final)), submittedOn: new Date().toISOString() });
  };
  const takeTheirs = async () => {
    const current = await readStoredAssessment(environment, assessment.submissionId);
    if (current === undefined) return;
    setStored(current);
    setConsensus(current.consensus);
    setTargets(current.targets);
    setDirty(false);
    setConflict(false);
  };
  const keepMine = async () => {
    const current = await readStoredAssessment(environment, assessment.submissionId);
    if (current !== undefined) await write({ consensus: sendable(model, consensus), targets }, current);
  };

  if (answers === undefined) return <Spinner label={t('assessment.loading')} />;

  return (
    <article className={styles.root} aria-labelledby="assessment-title">
      <div className={`${styles.actions} ${styles.hideInPrint}`}>
        <Button onClick={onBack}>{t('assessment.back')}</Button>
      </div>
      <Title1 as="h2" id="assessment-title" className={styles.heading}>
        {assessment.title}
      </Title1>
      <Text className={styles.meta}>
        {t(isTeam ? 'assessment.scope.team' : 'assessment.scope.personal')} · {t(`assessment.status.${stored?.status ?? assessment.status}`)} · {t('assessment.modelVersion', { version: assessment.modelVersion })}
      </Text>
      {assessment.modelVersion !== model.version && (
        <div role="status">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('assessment.modelChanged', { old: assessment.modelVersion, current: model.version, changed: reconciled.changed.length, orphaned: reconciled.orphaned.length })}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {reconciled.orphaned.length > 0 && (
        <ul aria-label={t('assessment.orphaned')}>
          {reconciled.orphaned.map(({ questionId, answer: kept }) => (
            <li key={questionId}>{t('assessment.orphanedItem', { id: questionId, answer: kept.kind === 'level' ? String(kept.level) : kept.kind })}</li>
          ))}
        </ul>
      )}
      <TabList className={styles.hideInPrint} selectedValue={view} onTabSelect={(_, data) => setView(data.value as WorkspaceView)} aria-label={t('assessment.views.label')}>
        <Tab value="answer">{t('assessment.views.answer')}</Tab>
        {isTeam && isCoordinator && <Tab value="team">{t('assessment.views.team')}</Tab>}
        <Tab value="results">{t('assessment.views.results')}</Tab>
      </TabList>
      {conflict && (
        <div role="alert">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('assessment.conflict.title')}</MessageBarTitle>
              {t('assessment.conflict.body')}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void takeTheirs()}>{t('assessment.conflict.theirs')}</Button>
              <Button onClick={() => void keepMine()}>{t('assessment.conflict.mine')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {isCoordinator && (
        <div className={`${styles.actions} ${styles.hideInPrint}`}>
          <Button onClick={() => void saveShared()} disabled={!dirty || saveState === 'saving'}>
            {t(isTeam ? 'assessment.save.consensus' : 'assessment.save.targets')}
          </Button>
          <Button appearance="primary" onClick={() => void finalise()} disabled={saveState === 'saving'}>
            {t('assessment.finalise')}
          </Button>
          {saveState !== 'idle' && saveState !== 'saving' && <Text role="status">{t(`assessment.save.${saveState}`)}</Text>}
        </div>
      )}
      {view === 'answer' && (
        <AnswerForm
          model={model}
          answers={answers}
          changed={reconciled.changed}
          onAnswer={answer}
          targets={targets}
          lessons={lessons}
          onTarget={
            isCoordinator
              ? (theme, level) => {
                  setTargets((previous) => {
                    const next = { ...previous };
                    if (level === undefined) delete next[theme];
                    else next[theme] = level;
                    return next;
                  });
                  setDirty(true);
                }
              : undefined
          }
        />
      )}
      {view === 'team' && (
        <ConsensusView
          model={model}
          responses={responses}
          consensus={consensus}
          canEdit={isCoordinator}
          onConsensus={(questionId, value) => {
            setConsensus((previous) => {
              const next = { ...previous };
              if (value === undefined) delete next[questionId];
              else next[questionId] = value;
              return next;
            });
            setDirty(true);
          }}
        />
      )}
      {view === 'results' && <ResultsView environment={environment} model={model} assessment={stored ?? assessment} answers={resultAnswers} targets={targets} earlier={earlier} lessons={lessons} />}
    </article>
  );
}
