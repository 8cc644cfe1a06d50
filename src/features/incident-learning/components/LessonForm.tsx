import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Textarea, Title2, makeStyles } from '@fluentui/react-components';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isConsentMissing } from '../../../auth/isConsentMissing';
import { FeatureConsentNotice } from '../../../components/FeatureConsentNotice';
import { isGraphError } from '../../../graph';
import { useI18n } from '../../../i18n';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { toLessonFields } from '../../../lists/lessonMapping';
import { type ProcessStepId, type ThemeId } from '../../../lists/vocabulary';
import { TLP_IDS, type TlpId } from '../../../lists/incidentVocabulary';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { useMaturityQuestions } from '../api/useMaturityQuestions';
import { scanPersonalData, type PersonalDataHit } from '../model/detectPersonalData';
import { checkLesson, MAX_TITLE_LENGTH, type FormProblem } from '../model/incidentFormRules';
import { redactHit } from '../model/redactPersonalData';
import { canShareToChannel, lessonListFor, needsInsidersOnly, tlpSharingRule } from '../model/tlpSharing';
import { useChannelInsidersCheck, type ChannelInsidersCheck } from '../api/useChannelInsidersCheck';
import type { FeaturePermission } from '../../../config/FeaturePermission';
import { fieldProblem } from './formProblems';
import { lessonCard } from './lessonCard';
import { QuestionLinks, questionsToLink } from './QuestionLinks';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { FormProblemsAlert, ProcessStepSelect, ThemeSelect } from './VocabularySelects';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link LessonForm}. */
export interface LessonFormProps {
  readonly environment: IncidentLearningEnvironment;
  readonly source: IncidentCase;
  /** Display names from the directory, for the name detector. */
  readonly peopleNames: readonly string[];
  readonly onSaved: () => void;
}

/** The text with each hit marked, as React text nodes (never HTML). */
function Highlighted({ text, hits }: { readonly text: string; readonly hits: readonly PersonalDataHit[] }): ReactNode {
  const styles = useIncidentStyles();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start > at) parts.push(text.slice(at, hit.start));
    parts.push(
      <mark key={hit.start} className={styles.hit}>
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  parts.push(text.slice(at));
  return <p className={styles.preview}>{parts}</p>;
}

const useLockStyles = makeStyles({
  // A fieldset only to disable every field at once; it adds no box of its own.
  fieldset: { display: 'contents', border: 'none', margin: '0', padding: '0', minWidth: '0' },
});

/**
 * Derives a shareable lesson from a confidential case: the text starts from the case's
 * lessons, the personal-data guard marks what must go (one click each), and the lesson
 * cannot be saved while anything is marked or without a TLP label. Sharing to the
 * channel is offered only where the label allows it.
 */
export function LessonForm({ environment, source, peopleNames, onSaved }: LessonFormProps): ReactNode {
  const styles = useIncidentStyles();
  const lockStyles = useLockStyles();
  const { t, language } = useI18n();
  const [title, setTitle] = useState(source.title);
  const [text, setText] = useState(source.lessonsText ?? source.wentWrong ?? source.whatHappened);
  const [theme, setTheme] = useState<ThemeId | ''>(source.theme ?? '');
  const [step, setStep] = useState<ProcessStepId | ''>(source.processStep ?? '');
  const [tlp, setTlp] = useState<TlpId | ''>('');
  const maturityQuestions = useMaturityQuestions(environment);
  const [linked, setLinked] = useState<readonly string[]>([]);
  const linkable = useMemo(() => (theme === '' || maturityQuestions === undefined ? [] : questionsToLink(maturityQuestions, theme, step)), [maturityQuestions, theme, step]);
  // Only links to questions of the chosen theme are saved: choosing another theme drops the rest.
  const linkedInTheme = linked.filter((id) => linkable.some((question) => question.id === id));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  // One SubmissionId per form: a second submit (a double click) can only ever be the same lesson.
  const [submissionId] = useState(() => crypto.randomUUID());
  const saving = useRef(false);
  /** The lesson as checked and stored: the card is built from this, never from the fields (locked once saved). */
  const [saved, setSaved] = useState<{ readonly submissionId: string; readonly tlp: TlpId; readonly title: string; readonly text: string; readonly theme: ThemeId } | undefined>();
  const [shared, setShared] = useState<'idle' | 'sending' | 'done' | 'forbidden' | 'consentRequired' | 'failed'>('idle');
  const detector = useMemo(() => ({ ...environment.privacy, peopleNames }), [environment.privacy, peopleNames]);
  const titleScan = useMemo(() => scanPersonalData(title, detector), [title, detector]);
  const textScan = useMemo(() => scanPersonalData(text, detector), [text, detector]);
  const hitCount = titleScan.hits.length + textScan.hits.length;
  // Say what was looked for, never "no personal data": the guard cannot see everything.
  const checkedKinds = useMemo(
    () => new Intl.ListFormat(language, { type: 'conjunction' }).format(textScan.checked.map((kind) => t(`incident.guard.checked.${kind}`))),
    [language, t, textScan.checked],
  );
  const problem = (path: string) => fieldProblem(problems, path, t);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving.current || saved !== undefined) return;
    const check = checkLesson({ title, redactedText: text, theme, processStep: step, tlp }, detector);
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    saving.current = true;
    const lesson = check.value;
    try {
      await environment.outbox.submit({
        list: lessonListFor(lesson.tlp, environment.listNames),
        submissionId,
        fields: toLessonFields({
          submissionId,
          title: lesson.title,
          caseId: source.submissionId,
          theme: lesson.theme,
          ...optionalEntry('processStep', lesson.processStep),
          redactedText: lesson.redactedText,
          tlp: lesson.tlp,
          publishedOn: new Date().toISOString(),
          ...(linkedInTheme.length === 0 ? {} : { maturityQuestionIds: linkedInTheme }),
        }),
      });
    } catch (error: unknown) {
      // Not stored: the user may try again.
      saving.current = false;
      throw error;
    }
    setSaved({ submissionId, tlp: lesson.tlp, title: lesson.title, text: lesson.redactedText, theme: lesson.theme });
    onSaved();
  };

  const share = async (): Promise<void> => {
    const { channel, messenger } = environment;
    if (channel === undefined || messenger === undefined || saved === undefined) return;
    setShared('sending');
    try {
      await messenger.postCard(channel, lessonCard({ title: saved.title, text: saved.text, theme: t(`theme.${saved.theme}`), tlp: saved.tlp, heading: t('incident.lesson.cardHeading') }));
      setShared('done');
    } catch (error: unknown) {
      setShared(isConsentMissing(error) ? 'consentRequired' : isGraphError(error) && error.kind === 'forbidden' ? 'forbidden' : 'failed');
    }
  };

  const channelAllowed = saved !== undefined && environment.channel !== undefined && canShareToChannel(saved.tlp, environment.channel);
  // AMBER+STRICT only where nobody from outside the institution reads along: ask Graph who is in the channel.
  const { check: insiders, retry: checkAgain } = useChannelInsidersCheck(environment, channelAllowed && environment.messenger !== undefined && needsInsidersOnly(saved.tlp));
  const mayPost = channelAllowed && (insiders.status === 'notNeeded' || insiders.status === 'insidersOnly');

  return (
    <form className={styles.form} aria-label={t('incident.lesson.heading')} onSubmit={(event) => void save(event)} noValidate>
      <Title2 as="h3">{t('incident.lesson.heading')}</Title2>
      <Text className={styles.meta}>{t('incident.lesson.intro')}</Text>
      {/* Locked once saved: what is stored (and shared) is what the guard checked. */}
      <fieldset className={lockStyles.fieldset} disabled={saved !== undefined}>
      <Field label={t('incident.lesson.title')} required {...problem('title')}>
        <Input value={title} maxLength={MAX_TITLE_LENGTH} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field label={t('incident.lesson.text')} required {...problem('redactedText')}>
        <Textarea value={text} rows={5} resize="vertical" onChange={(_, data) => setText(data.value)} />
      </Field>
      {hitCount > 0 ? (
        <section className={styles.section} aria-label={t('incident.guard.heading')} data-testid="personal-data-guard">
          <div role="status">
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('incident.guard.found', { count: hitCount })}</MessageBarBody>
            </MessageBar>
          </div>
          {titleScan.hits.length > 0 && <Highlighted text={title} hits={titleScan.hits} />}
          {textScan.hits.length > 0 && <Highlighted text={text} hits={textScan.hits} />}
          <ul className={styles.list}>
            {[...titleScan.hits.map((hit) => ['title', hit] as const), ...textScan.hits.map((hit) => ['text', hit] as const)].map(([field, hit]) => (
              <li key={`${field}-${hit.start}`} className={styles.actions}>
                <Text>
                  {t(`incident.guard.kind.${hit.kind}`)}: <strong>{hit.text}</strong>
                </Text>
                <Button
                  size="small"
                  onClick={() => (field === 'title' ? setTitle(redactHit(title, hit, language)) : setText(redactHit(text, hit, language)))}
                  aria-label={t('incident.guard.redactOne', { text: hit.text })}
                >
                  {t('incident.guard.redact')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Text className={styles.meta} role="status">
          {t('incident.guard.clean', { kinds: checkedKinds })}
        </Text>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label={t('incident.field.theme')} required {...problem('theme')}>
          <ThemeSelect value={theme} onChange={(value) => setTheme(value)} blankLabel={t('incident.choose')} />
        </Field>
        <Field className={styles.grow} label={t('incident.field.processStep')}>
          <ProcessStepSelect value={step} onChange={(value) => setStep(value)} blankLabel={t('incident.choose')} />
        </Field>
      </div>
      {maturityQuestions !== undefined && <QuestionLinks questions={linkable} themeChosen={theme !== ''} selected={linkedInTheme} onChange={setLinked} />}
      <Field label={t('incident.lesson.tlp')} required {...problem('tlp')}>
        <RadioGroup value={tlp} onChange={(_, data) => setTlp(data.value as TlpId)}>
          {TLP_IDS.map((label) => (
            <Radio key={label} value={label} label={`TLP:${label} — ${t(`incident.tlp.${tlpSharingRule(label).audience}`)}`} />
          ))}
        </RadioGroup>
      </Field>
      </fieldset>
      <FormProblemsAlert count={problems.length} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={hitCount > 0 || saved !== undefined}>
          {t('incident.lesson.save')}
        </Button>
        {hitCount > 0 && <Text className={styles.meta}>{t('incident.guard.blocked')}</Text>}
      </div>
      {saved !== undefined && (
        <div role="status" className={styles.form}>
          <MessageBar intent="success">
            <MessageBarBody>{t('incident.lesson.saved')}</MessageBarBody>
          </MessageBar>
          {/* Posting is offered only where it can work: a channel, and a messenger (off when the team is archived or posts are switched off). */}
          {environment.channel !== undefined &&
            environment.messenger !== undefined &&
            (mayPost ? (
              <div className={styles.actions}>
                <Button onClick={() => void share()} disabled={shared === 'sending' || shared === 'done'}>
                  {t('incident.lesson.share')}
                </Button>
                {shared !== 'idle' && shared !== 'sending' && shared !== 'consentRequired' && <Text>{t(`incident.lesson.share.${shared}`)}</Text>}
                {shared === 'consentRequired' && environment.postPermission !== undefined && (
                  <FeatureConsentNotice feature="channelPost" permission={environment.postPermission} onRetry={() => void share()} />
                )}
              </div>
            ) : channelAllowed ? (
              <ChannelCheckOutcome check={insiders} permission={environment.channelRoster?.permission} onRetry={checkAgain} />
            ) : (
              <Text>{t('incident.lesson.shareNotAllowed', { tlp: saved.tlp })}</Text>
            ))}
        </div>
      )}
    </form>
  );
}

/** Why a TLP:AMBER+STRICT lesson is not (yet) shared in this channel, and how to go on. */
function ChannelCheckOutcome({ check, permission, onRetry }: { readonly check: ChannelInsidersCheck; readonly permission: FeaturePermission | undefined; readonly onRetry: () => void }): ReactNode {
  const { t } = useI18n();
  if (check.status === 'consentRequired' && permission !== undefined) return <FeatureConsentNotice feature="channelMembers" permission={permission} onRetry={onRetry} />;
  if (check.status === 'outsiders') return <Text>{t('incident.lesson.channelCheck.outsiders', { guests: check.guests, others: check.others })}</Text>;
  if (check.status === 'checking') return <Text>{t('incident.lesson.channelCheck.checking')}</Text>;
  if (check.status === 'failed' || check.status === 'consentRequired') {
    return (
      <div>
        <Text>{t('incident.lesson.channelCheck.failed')}</Text> <Button onClick={onRetry}>{t('incident.lesson.channelCheck.retry')}</Button>
      </div>
    );
  }
  return <Text>{t('incident.lesson.channelCheck.unavailable')}</Text>;
}
