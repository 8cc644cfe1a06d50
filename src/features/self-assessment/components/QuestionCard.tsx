import { Field, Input, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { MAX_NOTE_LENGTH, type AssessmentAnswer } from '../../../lists/assessmentAnswer';
import type { MaturityModel, MaturityQuestion } from '../model/MaturityModel';
import { questionFingerprint } from '../model/reconcileAnswers';
import { isWebUrl, validateAnswer } from '../model/validateAnswer';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link QuestionCard}. */
export interface QuestionCardProps {
  readonly model: MaturityModel;
  readonly question: MaturityQuestion;
  readonly answer: AssessmentAnswer | undefined;
  /** The question changed since it was answered (a newer model version). */
  readonly changed: boolean;
  readonly onChange: (answer: AssessmentAnswer | undefined) => void;
}

function evidenceText(answer: AssessmentAnswer | undefined): string {
  return (answer?.evidence ?? []).join('\n');
}

/**
 * One question: the levels as a radio group with each level's descriptor in its label
 * (arrow keys move, as in any radio group), "not applicable" with a required
 * justification, "unknown", a comment and evidence links.
 */
export function QuestionCard({ model, question, answer, changed, onChange }: QuestionCardProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language } = useI18n();
  const legendId = useId();
  const [evidenceDraft, setEvidenceDraft] = useState(() => evidenceText(answer));
  const [evidenceRefused, setEvidenceRefused] = useState(false);
  const value = answer === undefined ? '' : answer.kind === 'level' ? String(answer.level) : answer.kind;
  const extras = { ...(answer?.note === undefined ? {} : { note: answer.note }), ...(answer?.evidence === undefined ? {} : { evidence: answer.evidence }), questionFingerprint: questionFingerprint(question) };
  const problems = answer === undefined ? [] : validateAnswer(model, question.id, answer);

  const choose = (choice: string): void => {
    if (choice === 'notApplicable') onChange({ kind: 'notApplicable', justification: answer?.kind === 'notApplicable' ? answer.justification : '', ...extras });
    else if (choice === 'unknown') onChange({ kind: 'unknown', ...extras });
    else onChange({ kind: 'level', level: Number(choice), ...extras });
  };
  const withExtras = (change: { note?: string; evidence?: string[] }): void => {
    const base: AssessmentAnswer = answer ?? { kind: 'unknown', questionFingerprint: questionFingerprint(question) };
    const next = { ...base, ...change };
    if (change.note === '') delete next.note;
    if (change.evidence?.length === 0) delete next.evidence;
    onChange(next);
  };

  return (
    <fieldset className={styles.card} aria-labelledby={legendId} data-question={question.id}>
      <legend id={legendId} className={styles.legend}>
        {question.text[language]}
      </legend>
      {changed && (
        <Text role="note" className={styles.meta}>
          {t('assessment.question.changed')}
        </Text>
      )}
      <RadioGroup value={value} onChange={(_, data) => choose(data.value)} aria-labelledby={legendId}>
        {model.scale.map((level, index) => (
          <Radio key={level.level} value={String(level.level)} label={`${level.level} · ${level.label[language]}: ${question.descriptors[index]?.[language] ?? ''}`} />
        ))}
        <Radio value="notApplicable" label={t('assessment.answer.notApplicable')} />
        <Radio value="unknown" label={t('assessment.answer.unknown')} />
      </RadioGroup>
      {answer?.kind === 'notApplicable' && (
        <Field
          label={t('assessment.answer.justification')}
          required
          {...(problems.includes('justificationRequired') ? { validationState: 'error' as const, validationMessage: t('assessment.problem.justificationRequired') } : {})}
        >
          <Input value={answer.justification} onChange={(_, data) => onChange({ ...answer, justification: data.value })} />
        </Field>
      )}
      <Field
        label={t('assessment.answer.note')}
        hint={t('assessment.answer.noteCount', { count: (answer?.note ?? '').length, max: MAX_NOTE_LENGTH })}
        {...(problems.includes('commentTooLong') ? { validationState: 'error' as const, validationMessage: t('assessment.problem.commentTooLong', { max: MAX_NOTE_LENGTH }) } : {})}
      >
        <Textarea value={answer?.note ?? ''} resize="vertical" onChange={(_, data) => withExtras({ note: data.value })} />
      </Field>
      <Field
        label={t('assessment.answer.evidence')}
        hint={t('assessment.answer.evidenceHint')}
        {...(evidenceRefused || problems.includes('evidenceNotUrl') ? { validationState: 'error' as const, validationMessage: t('assessment.problem.evidenceNotUrl') } : {})}
      >
        <Textarea
          value={evidenceDraft}
          rows={2}
          onChange={(_, data) => setEvidenceDraft(data.value)}
          onBlur={() => {
            // Only web addresses are stored; anything else stays in the box, marked, until fixed.
            const links = evidenceDraft.split(/\s+/).filter((link) => link !== '');
            const valid = links.filter(isWebUrl);
            setEvidenceRefused(valid.length !== links.length);
            withExtras({ evidence: valid });
          }}
        />
      </Field>
    </fieldset>
  );
}
