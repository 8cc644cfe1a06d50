import { Badge, Field, Input, Link, Text, Title2 } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { ExportButton } from '../../../components/export/ExportButton';
import { formatDateTime, useI18n } from '../../../i18n';
import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import type { Lesson } from '../../../lists/lessonMapping';
import { type ProcessStepId, type ThemeId } from '../../../lists/vocabulary';
import { actionsOverview } from '../model/actionsOverview';
import { breachRegisterCsv, breachRegisterRows } from '../model/breachRegisterCsv';
import { isDecidedBreach } from '../model/breachAssessment';
import type { BreachRegisterEntry } from '../../../lists/breachRegisterMapping';
import { BreachBadge } from './BreachBadge';
import type { IncidentLearningEnvironment, LinkableQuestion } from '../api/IncidentLearningEnvironment';
import { ActionItem } from './ActionItem';
import { BreachCountdown } from './BreachCountdown';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { ProcessStepSelect, ThemeSelect } from './VocabularySelects';

/** The reported cases, newest first; a case opens its detail. */
export function CaseList({ cases, pendingIds, onOpen }: { readonly cases: readonly IncidentCase[]; readonly pendingIds: ReadonlySet<string>; readonly onOpen: (submissionId: string) => void }): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const sorted = [...cases].sort((a, b) => (b.discoveredOn ?? b.occurredOn ?? b.lastModified).localeCompare(a.discoveredOn ?? a.occurredOn ?? a.lastModified));
  if (sorted.length === 0) return <Text className={styles.meta}>{t('incident.cases.none')}</Text>;
  return (
    <ul className={styles.list} aria-label={t('incident.cases.heading')}>
      {sorted.map((incident) => (
        <li key={incident.submissionId} className={styles.item}>
          <Link as="button" onClick={() => onOpen(incident.submissionId)}>
            {incident.title}
          </Link>
          <p className={styles.meta}>
            {t(`incident.kind.${incident.kind}`)}
            {` · ${t(`incident.caseStatus.${incident.status}`)}`}
            {incident.occurredOn === undefined ? '' : ` · ${formatDateTime(incident.occurredOn, locale)}`}
            {incident.theme === undefined ? '' : ` · ${t(`theme.${incident.theme}`)}`}
          </p>
          <div className={styles.actions}>
            {pendingIds.has(incident.submissionId) && <Badge appearance="outline">{t('incident.case.pending')}</Badge>}
            <BreachBadge incident={incident} />
          </div>
          {isDecidedBreach(incident) && incident.breachAwareOn !== undefined && incident.breach?.notifiedAuthorityOn === undefined && <BreachCountdown awareOn={incident.breachAwareOn} />}
        </li>
      ))}
    </ul>
  );
}

/** Open actions: the overdue ones first and marked, then grouped by owner. */
export function ActionsView({
  environment,
  actions,
  now,
  onChanged,
}: {
  readonly environment: IncidentLearningEnvironment;
  readonly actions: readonly ImprovementAction[];
  readonly now: Date;
  readonly onChanged: () => void;
}): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const overview = useMemo(() => actionsOverview(actions, now), [actions, now]);
  const overdue = new Set(overview.overdue.map((action) => action.submissionId));
  return (
    <section className={styles.root} aria-labelledby="incident-actions-overview">
      <Title2 as="h2" id="incident-actions-overview">
        {t('incident.actions.overview', { open: overview.open.length, overdue: overview.overdue.length })}
      </Title2>
      {overview.byOwner.length === 0 && <Text className={styles.meta}>{t('incident.actions.none')}</Text>}
      {overview.byOwner.map((group) => (
        <section key={group.ownerUpn} className={styles.section} aria-label={group.ownerName || t('incident.actions.noOwner')}>
          <Text weight="semibold">{group.ownerName || t('incident.actions.noOwner')}</Text>
          <ul className={styles.list}>
            {group.actions.map((action) => (
              <ActionItem key={action.submissionId} environment={environment} action={action} overdue={overdue.has(action.submissionId)} onChanged={onChanged} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Lessons, searchable and filterable by theme and process step; their TLP label shown first. */
export function LessonsView({ lessons, questions = [] }: { readonly lessons: readonly Lesson[]; readonly questions?: readonly LinkableQuestion[] }): ReactNode {
  const styles = useIncidentStyles();
  const { t, language } = useI18n();
  // Links to questions the current model does not have (another model version) are not named.
  const linkedQuestions = (lesson: Lesson) => (lesson.maturityQuestionIds ?? []).flatMap((id) => questions.filter((question) => question.id === id).map((question) => question.text[language]));
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState<ThemeId | ''>('');
  const [step, setStep] = useState<ProcessStepId | ''>('');
  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  const shown = lessons.filter(
    (lesson) =>
      (theme === '' || lesson.theme === theme) &&
      (step === '' || lesson.processStep === step) &&
      words.every((word) => `${lesson.title} ${lesson.redactedText}`.toLocaleLowerCase().includes(word)),
  );
  return (
    <section className={styles.root} aria-labelledby="incident-lessons-heading">
      <Title2 as="h2" id="incident-lessons-heading">
        {t('incident.lessons.heading')}
      </Title2>
      <div className={styles.row}>
        <Field className={styles.grow} label={t('incident.lessons.search')}>
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <Field className={styles.grow} label={t('incident.field.theme')}>
          <ThemeSelect value={theme} onChange={(value) => setTheme(value)} blankLabel={t('incident.all')} />
        </Field>
        <Field className={styles.grow} label={t('incident.field.processStep')}>
          <ProcessStepSelect value={step} onChange={(value) => setStep(value)} blankLabel={t('incident.all')} />
        </Field>
      </div>
      <Text role="status">{t('incident.lessons.count', { count: shown.length })}</Text>
      <ul className={styles.list}>
        {shown.map((lesson) => (
          <li key={lesson.submissionId} className={styles.item}>
            <Badge appearance="outline">TLP:{lesson.tlp}</Badge> <Text weight="semibold">{lesson.title}</Text>
            <p className={styles.meta}>
              {t(`theme.${lesson.theme}`)}
              {lesson.processStep === undefined ? '' : ` · ${t(`processStep.${lesson.processStep}`)}`}
            </p>
            {linkedQuestions(lesson).length > 0 && (
              <p className={styles.meta}>
                {t('incident.lessons.questions')} {linkedQuestions(lesson).join('; ')}
              </p>
            )}
            <p className={styles.preview}>{lesson.redactedText}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link BreachRegisterView}. */
export interface BreachRegisterViewProps {
  readonly cases: readonly IncidentCase[];
  /** Entries of the register list (kept when retention removed their case). */
  readonly kept: readonly BreachRegisterEntry[];
  readonly canDownloadFiles?: boolean;
}

/** The breach register (AVG art. 33(5)): every breach the case team decided on, notified or not, with CSV export. */
export function BreachRegisterView({ cases, kept, canDownloadFiles = true }: BreachRegisterViewProps): ReactNode {
  const styles = useIncidentStyles();
  const { t, language, locale } = useI18n();
  const breaches = breachRegisterRows(cases, kept);
  return (
    <section className={styles.root} aria-labelledby="incident-register-heading">
      <Title2 as="h2" id="incident-register-heading">
        {t('incident.register.heading')}
      </Title2>
      <Text className={styles.meta}>{t('incident.register.intro')}</Text>
      <div className={styles.actions}>
        <ExportButton
          label={t('incident.register.export')}
          fileName={t('incident.register.fileName')}
          mimeType="text/csv;charset=utf-8"
          content={() => breachRegisterCsv(breaches, language)}
          canDownloadFiles={canDownloadFiles}
        />
      </div>
      {breaches.length === 0 ? (
        <Text className={styles.meta}>{t('incident.register.none')}</Text>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cell}>{t('incident.field.title')}</th>
              <th className={styles.cell}>{t('incident.field.breachAwareOn')}</th>
              <th className={styles.cell}>{t('incident.register.notified')}</th>
            </tr>
          </thead>
          <tbody>
            {breaches.map((row) => (
              <tr key={row.reference}>
                <td className={styles.cell}>{row.title}</td>
                <td className={styles.cell}>{row.awareOn === undefined ? '' : formatDateTime(row.awareOn, locale)}</td>
                <td className={styles.cell}>
                  {row.breach.notifiedAuthorityOn === undefined ? t('incident.register.notNotified') : formatDateTime(row.breach.notifiedAuthorityOn, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
