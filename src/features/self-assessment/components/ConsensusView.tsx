import { Badge, Checkbox, Field, Text, Title2 } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { AssessmentAnswer, AssessmentAnswers } from '../../../lists/assessmentAnswer';
import type { AssessmentResponse } from '../../../lists/assessmentResponseMapping';
import type { MaturityModel } from '../model/MaturityModel';
import { summariseResponses } from '../model/summariseResponses';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link ConsensusView}. */
export interface ConsensusViewProps {
  readonly model: MaturityModel;
  readonly responses: readonly AssessmentResponse[];
  readonly consensus: AssessmentAnswers;
  readonly onConsensus: (questionId: string, answer: AssessmentAnswer | undefined) => void;
  readonly canEdit: boolean;
}

/**
 * The coordinator's view of a team assessment: per question everyone's answer and the
 * spread, disagreements marked (and filterable), and the consensus level to set. The
 * median is offered as the starting point.
 */
export function ConsensusView({ model, responses, consensus, onConsensus, canEdit }: ConsensusViewProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language } = useI18n();
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const spreads = useMemo(() => summariseResponses(model, responses.map((response) => ({ assessorUpn: response.assessorUpn, answers: response.answers }))), [model, responses]);
  const shown = spreads.filter((spread) => !onlyDisagreements || spread.disagreement);
  const describe = (answer: AssessmentAnswer | undefined) =>
    answer === undefined ? '—' : answer.kind === 'level' ? String(answer.level) : answer.kind === 'notApplicable' ? t('assessment.answer.notApplicableShort') : t('assessment.answer.unknownShort');

  return (
    <section className={styles.root} aria-labelledby="assessment-consensus-heading">
      <Title2 as="h2" id="assessment-consensus-heading">
        {t('assessment.consensus.heading')}
      </Title2>
      <Text className={styles.meta}>{t('assessment.consensus.intro', { count: responses.length, disagreements: spreads.filter((spread) => spread.disagreement).length })}</Text>
      <Checkbox checked={onlyDisagreements} label={t('assessment.consensus.onlyDisagreements')} onChange={(_, data) => setOnlyDisagreements(data.checked === true)} />
      <ul className={styles.list}>
        {shown.map((spread) => {
          const question = model.questions.find((candidate) => candidate.id === spread.questionId);
          if (question === undefined) return null;
          const agreed = consensus[question.id];
          return (
            <li key={question.id} className={`${styles.card} ${spread.disagreement ? styles.disagreement : ''}`} data-question={question.id} data-disagreement={spread.disagreement}>
              <Text weight="semibold" id={`consensus-question-${question.id}`}>
                {question.text[language]}
              </Text>
              <div className={styles.actions}>
                {spread.disagreement && <Badge color="danger">{t('assessment.consensus.disagreement', { spread: spread.spread })}</Badge>}
                {spread.answers.map(({ assessorUpn, answer }) => (
                  <Badge key={assessorUpn} appearance="outline">
                    {`${assessorUpn}: ${describe(answer)}`}
                  </Badge>
                ))}
              </div>
              <Field label={t('assessment.consensus.level')}>
                <FittingSelect
                  aria-describedby={`consensus-question-${question.id}`}
                  disabled={!canEdit}
                  value={agreed?.kind === 'level' ? String(agreed.level) : agreed?.kind === 'notApplicable' ? 'notApplicable' : ''}
                  onChange={(_, data) =>
                    onConsensus(
                      question.id,
                      data.value === '' ? undefined : data.value === 'notApplicable' ? { kind: 'notApplicable', justification: t('assessment.consensus.naJustification') } : { kind: 'level', level: Number(data.value) },
                    )
                  }
                >
                  <option value="">{spread.suggested === null ? t('assessment.consensus.none') : t('assessment.consensus.suggested', { level: spread.suggested })}</option>
                  {model.scale.map((level) => (
                    <option key={level.level} value={String(level.level)}>
                      {`${level.level} · ${level.label[language]}`}
                    </option>
                  ))}
                  <option value="notApplicable">{t('assessment.answer.notApplicable')}</option>
                </FittingSelect>
              </Field>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
