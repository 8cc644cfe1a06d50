import { Badge, Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Title1, Title2 } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { OutboxStatusIndicator } from '../../components/OutboxStatusIndicator';
import { formatDate, SectionMessages, useI18n } from '../../i18n';
import { selfAssessmentMessages } from '../../i18n/areas/selfAssessmentMessages';
import type { Assessment } from '../../lists/assessmentMapping';
import type { ListWithPending } from '../../storage/outbox';
import { listAssessments, startAssessment } from './api/assessmentRepository';
import { isAuthoredBy } from './api/authorship';
import type { SelfAssessmentEnvironment } from './api/SelfAssessmentEnvironment';
import { AssessmentWorkspace } from './components/AssessmentWorkspace';
import { useSelfAssessmentStyles } from './components/useSelfAssessmentStyles.styles';
import { loadConfiguredMaturityModel } from './model/loadConfiguredMaturityModel';
import type { MaturityModel } from './model/MaturityModel';
import { optionalEntry } from '../../lists/optionalEntry';

/** Props of {@link SelfAssessmentPage}. */
export interface SelfAssessmentPageProps {
  readonly environment: SelfAssessmentEnvironment;
  /** An assessment to open at once (deep link `assessment:<SubmissionId>`). */
  readonly initialAssessmentId?: string;
  readonly onShown?: () => void;
}

/** Whether an assessment belongs on this screen: the channel's team assessments in a channel tab, the user's own elsewhere. */
function inScope(assessment: Assessment, environment: SelfAssessmentEnvironment): boolean {
  const { channel, user } = environment;
  if (channel !== undefined) return assessment.scope === 'team' && assessment.teamId === channel.teamId && assessment.channelId === channel.channelId;
  return isAuthoredBy(assessment, user);
}

/**
 * Self-assessment: the assessments of this channel (or the user's own), starting one,
 * and the workspace of the one opened.
 */
/** The section with its own messages (they arrive in this chunk, with the section). */
export function SelfAssessmentPage(props: SelfAssessmentPageProps): ReactNode {
  return (
    <SectionMessages messages={selfAssessmentMessages}>
      <SelfAssessmentPageContent {...props} />
    </SectionMessages>
  );
}

function SelfAssessmentPageContent({ environment, initialAssessmentId, onShown }: SelfAssessmentPageProps): ReactNode {
  const { t } = useI18n();
  const loaded = useMemo(() => loadConfiguredMaturityModel(), []);
  useEffect(() => {
    if (!loaded.ok) onShown?.();
  }, [loaded, onShown]);
  if (!loaded.ok) {
    return (
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('assessment.modelInvalid')}
            <ul>
              {loaded.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <SelfAssessmentScreen environment={environment} model={loaded.model} {...optionalEntry('initialAssessmentId', initialAssessmentId)} {...optionalEntry('onShown', onShown)} />;
}

/** The self-assessment with a valid model. */
function SelfAssessmentScreen({ environment, initialAssessmentId, onShown, model }: SelfAssessmentPageProps & { readonly model: MaturityModel }): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, locale } = useI18n();
  const [list, setList] = useState<ListWithPending<Assessment> | 'loading' | 'error'>('loading');
  const [openId, setOpenId] = useState<string | undefined>(initialAssessmentId);
  const [title, setTitle] = useState('');
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => onShown?.(), [onShown]);
  useEffect(() => {
    let cancelled = false;
    listAssessments(environment)
      .then((result) => {
        if (!cancelled) setList(result);
      })
      .catch(() => {
        if (!cancelled) setList('error');
      });
    return () => {
      cancelled = true;
    };
  }, [environment, generation]);

  const all = typeof list === 'string' ? [] : list.items;
  const visible = all.filter((assessment) => inScope(assessment, environment) || assessment.submissionId === openId);
  const opened = openId === undefined ? undefined : all.find((assessment) => assessment.submissionId === openId);

  const start = async (): Promise<void> => {
    const submissionId = crypto.randomUUID();
    const team = environment.channel;
    const today = formatDate(new Date(), locale);
    await startAssessment(environment, {
      submissionId,
      title: title.trim() !== '' ? title.trim() : t(team === undefined ? 'assessment.defaultTitle.personal' : 'assessment.defaultTitle.team', { date: today }),
      modelId: model.id,
      modelVersion: model.version,
      scope: team === undefined ? 'personal' : 'team',
      ...(team === undefined ? {} : { teamId: team.teamId, channelId: team.channelId }),
      coordinatorUpn: environment.user.upn,
      status: 'open',
      targets: {},
      consensus: {},
    });
    setTitle('');
    setOpenId(submissionId);
    reload();
  };

  if (opened !== undefined) {
    const earlier = all.filter(
      (candidate) =>
        candidate.submissionId !== opened.submissionId &&
        candidate.status === 'finalised' &&
        candidate.scope === opened.scope &&
        (opened.scope === 'team' ? candidate.channelId === opened.channelId : isAuthoredBy(candidate, environment.user)),
    );
    return (
      <div className={styles.root}>
        <OutboxStatusIndicator outbox={environment.outbox} />
        <AssessmentWorkspace environment={environment} model={model} assessment={opened} earlier={earlier} onBack={() => setOpenId(undefined)} onChanged={reload} />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('assessment.heading')}
      </Title1>
      <Text className={styles.meta}>{t('assessment.intro')}</Text>
      <OutboxStatusIndicator outbox={environment.outbox} />
      {list === 'loading' && <Spinner label={t('assessment.loading')} />}
      {list === 'error' && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{t('assessment.error.load')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={reload}>{t('assessment.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {openId !== undefined && typeof list !== 'string' && <Text role="status">{t('assessment.notFound')}</Text>}
      <section className={styles.card} aria-labelledby="assessment-start-heading">
        <Title2 as="h2" id="assessment-start-heading">
          {t(environment.channel === undefined ? 'assessment.start.personal' : 'assessment.start.team')}
        </Title2>
        <div className={styles.row}>
          <Field className={styles.grow} label={t('assessment.start.title')}>
            <Input value={title} maxLength={200} onChange={(_, data) => setTitle(data.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void start()}>
            {t('assessment.start.button')}
          </Button>
        </div>
        <Text className={styles.meta}>{t('assessment.start.model', { title: model.title[locale.startsWith('nl') ? 'nl' : 'en'], count: model.questions.length })}</Text>
      </section>
      <Title2 as="h2">{t('assessment.list.heading')}</Title2>
      {visible.length === 0 && typeof list !== 'string' ? (
        <Text className={styles.meta}>{t('assessment.list.none')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('assessment.list.heading')}>
          {visible.map((assessment) => (
            <li key={assessment.submissionId} className={styles.card}>
              <Link as="button" onClick={() => setOpenId(assessment.submissionId)}>
                {assessment.title}
              </Link>
              <div className={styles.actions}>
                <Badge appearance="tint">{t(`assessment.status.${assessment.status}`)}</Badge>
                <Badge appearance="outline">{t(assessment.scope === 'team' ? 'assessment.scope.team' : 'assessment.scope.personal')}</Badge>
                {typeof list !== 'string' && list.pendingIds.has(assessment.submissionId) && <Badge appearance="outline">{t('assessment.pending')}</Badge>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
