import { Button, Link, Text, Title2 } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { isConsentMissing } from '../../../auth/isConsentMissing';
import { escapeCardMarkdown } from '../../../components/cards/escapeCardMarkdown';
import { ExportButton } from '../../../components/export/ExportButton';
import { FeatureConsentNotice } from '../../../components/FeatureConsentNotice';
import { isGraphError } from '../../../graph';
import { formatDate, useI18n } from '../../../i18n';
import type { AssessmentAnswers, AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { Assessment } from '../../../lists/assessmentMapping';
import type { Instrument } from '../../../lists/instrumentMapping';
import type { SelfAssessmentEnvironment } from '../api/SelfAssessmentEnvironment';
import type { ThemeLessonsState } from '../api/useThemeLessons';
import { assessmentResultsCsv } from '../model/assessmentResultsCsv';
import { computeGaps, recommendInstruments } from '../model/computeGaps';
import type { MaturityModel } from '../model/MaturityModel';
import { formatScore, scoreAssessment } from '../model/scoreAssessment';
import { RadarChart } from './RadarChart';
import { ThemeLessons } from './ThemeLessons';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link ResultsView}. */
export interface ResultsViewProps {
  readonly environment: SelfAssessmentEnvironment;
  readonly model: MaturityModel;
  readonly assessment: Assessment;
  /** The answers the results are about: the team's consensus, or a personal assessment's own answers. */
  readonly answers: AssessmentAnswers;
  readonly targets: AssessmentTargets;
  /** Earlier finalised assessments of the same scope, for the trend. */
  readonly earlier: readonly Assessment[];
  /** The lessons from incidents behind each theme. */
  readonly lessons?: ThemeLessonsState;
}

/** Scores per theme, step and overall; the radar; the gaps with instruments that help; the trend; CSV, print and share. */
export function ResultsView({ environment, model, assessment, answers, targets, earlier, lessons }: ResultsViewProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language, locale } = useI18n();
  const scores = useMemo(() => scoreAssessment(model, answers), [model, answers]);
  const gaps = useMemo(() => computeGaps(model, scores, targets), [model, scores, targets]);
  const [instruments, setInstruments] = useState<readonly Instrument[] | undefined>();
  const [shared, setShared] = useState<'idle' | 'done' | 'forbidden' | 'consentRequired' | 'failed'>('idle');
  useEffect(() => {
    let cancelled = false;
    environment
      .loadInstruments()
      .then((loaded) => {
        if (!cancelled) setInstruments(loaded);
      })
      .catch(() => {
        if (!cancelled) setInstruments([]);
      });
    return () => {
      cancelled = true;
    };
  }, [environment]);
  const levels = model.scale.map((level) => level.level);
  const themeLabel = (id: string) => model.themes.find((theme) => theme.id === id)?.label[language] ?? id;

  const share = async (): Promise<void> => {
    if (environment.channel === undefined || environment.messenger === undefined) return;
    // Card text renders markdown: the title is the user's, the labels the model's; both stay literal.
    const facts = model.themes.map((theme) => ({ title: escapeCardMarkdown(theme.label[language]), value: escapeCardMarkdown(formatScore(scores.byTheme[theme.id] ?? null, language)) }));
    try {
      await environment.messenger.postCard(environment.channel, {
        summary: t('assessment.results.cardSummary', { title: assessment.title, score: formatScore(scores.overall, language) }),
        card: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body: [
            { type: 'TextBlock', text: escapeCardMarkdown(assessment.title), size: 'Large', weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: escapeCardMarkdown(t('assessment.results.overall', { score: formatScore(scores.overall, language) })), wrap: true },
            { type: 'FactSet', facts },
          ],
        },
      });
      setShared('done');
    } catch (error: unknown) {
      setShared(isConsentMissing(error) ? 'consentRequired' : isGraphError(error) && error.kind === 'forbidden' ? 'forbidden' : 'failed');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="assessment-results-heading">
      <Title2 as="h2" id="assessment-results-heading">
        {t('assessment.results.heading')}
      </Title2>
      <Text data-testid="overall-score">{t('assessment.results.overall', { score: formatScore(scores.overall, language) })}</Text>
      <Text className={styles.meta}>
        {t('assessment.results.counts', { answered: scores.counts.answered, notApplicable: scores.counts.notApplicable, unknown: scores.counts.unknown + scores.counts.unanswered, total: scores.counts.total })}
      </Text>
      <div className={`${styles.actions} ${styles.hideInPrint}`}>
        <ExportButton
          label={t('assessment.results.export')}
          fileName={t('assessment.results.fileName')}
          mimeType="text/csv;charset=utf-8"
          content={() => assessmentResultsCsv(model, scores, targets, answers, language)}
          canDownloadFiles={environment.canDownloadFiles ?? true}
        />
        <Button onClick={() => window.print()}>{t('assessment.results.print')}</Button>
        {environment.channel !== undefined && environment.messenger !== undefined && (
          <Button onClick={() => void share()} disabled={shared === 'done'}>
            {t('assessment.results.share')}
          </Button>
        )}
        {shared !== 'idle' && shared !== 'consentRequired' && <Text role="status">{t(`assessment.results.share.${shared}`)}</Text>}
      </div>
      {shared === 'consentRequired' && environment.postPermission !== undefined && (
        <FeatureConsentNotice feature="channelPost" permission={environment.postPermission} onRetry={() => void share()} />
      )}
      <RadarChart
        axes={model.themes.map((theme) => ({ label: theme.label[language], current: scores.byTheme[theme.id] ?? null, target: targets[theme.id] ?? null }))}
        minLevel={Math.min(...levels) - 1 < 0 ? 0 : Math.min(...levels) - 1}
        maxLevel={Math.max(...levels)}
        description={t('assessment.results.radar')}
      />
      <Text>
        <span className={styles.legendCurrent}>{t('assessment.results.legendCurrent')}</span> · <span className={styles.legendTarget}>{t('assessment.results.legendTarget')}</span>
      </Text>
      <table className={styles.table} data-testid="theme-scores">
        <caption className={styles.meta}>{t('assessment.results.tableCaption')}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t('assessment.results.theme')}
            </th>
            <th className={styles.number} scope="col">
              {t('assessment.results.score')}
            </th>
            <th className={styles.number} scope="col">
              {t('assessment.results.target')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.themes.map((theme) => (
            <tr key={theme.id}>
              <th className={styles.cell} scope="row">
                {theme.label[language]}
              </th>
              <td className={styles.number}>{formatScore(scores.byTheme[theme.id] ?? null, language)}</td>
              <td className={styles.number}>{targets[theme.id] ?? '–'}</td>
            </tr>
          ))}
          {model.steps.map((step) => (
            <tr key={step.id}>
              <th className={styles.cell} scope="row">
                {t('assessment.results.stepRow', { step: step.label[language] })}
              </th>
              <td className={styles.number}>{formatScore(scores.byStep[step.id] ?? null, language)}</td>
              <td className={styles.number} />
            </tr>
          ))}
        </tbody>
      </table>
      <Title2 as="h3">{t('assessment.results.gaps')}</Title2>
      {gaps.length === 0 ? (
        <Text className={styles.meta}>{t('assessment.results.noGaps')}</Text>
      ) : (
        <ol className={styles.list} data-testid="gaps">
          {gaps.map((gap) => {
            const recommended = instruments === undefined ? undefined : recommendInstruments(model, gap, scores, instruments);
            return (
              <li key={gap.theme} className={styles.card}>
                <Text weight="semibold">
                  {t('assessment.results.gap', { theme: themeLabel(gap.theme), current: formatScore(gap.current, language), target: gap.target, gap: formatScore(gap.gap, language) })}
                </Text>
                {recommended === undefined ? (
                  <Text className={styles.meta}>{t('assessment.results.loadingInstruments')}</Text>
                ) : recommended.length === 0 ? (
                  <Text className={styles.meta}>{t('assessment.results.noInstruments')}</Text>
                ) : (
                  <ul aria-label={t('assessment.results.recommended', { theme: themeLabel(gap.theme) })}>
                    {recommended.map((instrument) => (
                      <li key={instrument.id}>
                        {environment.openInstrument === undefined ? instrument.title : <Link onClick={() => environment.openInstrument?.(instrument.id)}>{instrument.title}</Link>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {lessons !== undefined && <ResultsLessons model={model} lessons={lessons} />}
      <Title2 as="h3">{t('assessment.results.trend')}</Title2>
      {earlier.length === 0 ? (
        <Text className={styles.meta}>{t('assessment.results.noTrend')}</Text>
      ) : (
        <ul className={styles.list} data-testid="trend">
          {[...earlier]
            .sort((a, b) => (a.submittedOn ?? '').localeCompare(b.submittedOn ?? ''))
            .map((previous) => (
              <li key={previous.submissionId}>
                {t('assessment.results.trendItem', { date: previous.submittedOn === undefined ? '' : formatDate(previous.submittedOn, locale), title: previous.title, score: formatScore(previous.scoreSummary?.overall ?? null, language) })}
              </li>
            ))}
          <li>{t('assessment.results.trendNow', { score: formatScore(scores.overall, language) })}</li>
        </ul>
      )}
    </section>
  );
}

/** The lessons from incidents behind each theme, in the model's theme order. */
function ResultsLessons({ model, lessons }: { readonly model: MaturityModel; readonly lessons: ThemeLessonsState }): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language } = useI18n();
  const themes = lessons.status === 'ready' ? model.themes.filter((theme) => (lessons.byTheme.get(theme.id)?.length ?? 0) > 0) : [];
  return (
    <section aria-labelledby="assessment-lessons-heading" data-testid="results-lessons">
      <Title2 as="h3" id="assessment-lessons-heading">
        {t('assessment.lessons.heading')}
      </Title2>
      {lessons.status === 'loading' && <Text className={styles.meta}>{t('assessment.lessons.loading')}</Text>}
      {lessons.status === 'unavailable' && <Text className={styles.meta}>{t('assessment.lessons.unavailable')}</Text>}
      {lessons.status === 'ready' && themes.length === 0 && <Text className={styles.meta}>{t('assessment.lessons.none')}</Text>}
      {lessons.status === 'ready' &&
        themes.map((theme) => (
          <div key={theme.id}>
            <Text as="h4" weight="semibold" block>
              {theme.label[language]}
            </Text>
            <ThemeLessons model={model} entries={lessons.byTheme.get(theme.id) ?? []} label={t('assessment.lessons.themeList', { theme: theme.label[language] })} />
          </div>
        ))}
    </section>
  );
}
