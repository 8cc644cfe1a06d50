import { Checkbox, Field, Input, Radio, RadioGroup, Text, Textarea, Title3 } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { FittingSelect } from '../../../components/FittingSelect';
import { useI18n } from '../../../i18n';
import { BREACH_TYPE_IDS } from '../../../lists/incidentVocabulary';
import { BREACH_DECISION_IDS, BREACH_RISK_IDS, NOT_INFORMED_GROUND_IDS, NOTIFICATION_PHASE_IDS, SENSITIVE_DATA_IDS } from '../../../lists/incidentVocabulary';
import type { BreachEdit } from '../model/breachEdit';
import type { FormProblem } from '../model/incidentFormRules';
import { BreachCountdown } from './BreachCountdown';
import { fieldProblem } from './formProblems';
import { localToIso } from '../model/localDateTime';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link BreachAssessmentFields}. */
export interface BreachAssessmentFieldsProps {
  readonly value: BreachEdit;
  readonly onChange: (part: Partial<BreachEdit>) => void;
  /** Problems at `breach.*` paths, from the save check or the closing check. */
  readonly problems: readonly FormProblem[];
  readonly now?: () => Date;
}

type MomentName = 'awareOn' | 'processorToldOn' | 'notifiedAuthorityOn' | 'subjectsInformedOn';
type TextName = 'facts' | 'dataCategories' | 'riskReasoning' | 'processor' | 'authorityReference' | 'delayReason' | 'subjectsNotInformedReason' | 'effects' | 'remedialAction';

function toggled<T>(list: readonly T[], item: T, on: boolean): readonly T[] {
  return on ? [...list.filter((candidate) => candidate !== item), item] : list.filter((candidate) => candidate !== item);
}

/** A select of vocabulary ids with a blank "choose" first, labelled by its surrounding Field. */
function IdSelect<T extends string>(props: { readonly ids: readonly T[]; readonly value: T | ''; readonly labelOf: (id: T) => string; readonly onChange: (value: T | '') => void }): ReactNode {
  const { t } = useI18n();
  return (
    <FittingSelect value={props.value} onChange={(_, data) => props.onChange(props.ids.find((id) => id === data.value) ?? '')}>
      <option value="">{t('incident.choose')}</option>
      {props.ids.map((id) => (
        <option key={id} value={id}>
          {props.labelOf(id)}
        </option>
      ))}
    </FittingSelect>
  );
}

/**
 * Checkboxes as one group: a fieldset and its legend, not a Fluent Field (a Field gives its
 * one control id to every checkbox inside it, so each label would tick the first box).
 */
function CheckboxGroup<T extends string>(props: {
  readonly legend: string;
  readonly options: ReadonlyArray<{ readonly id: T; readonly label: string }>;
  readonly checked: readonly T[];
  readonly onChange: (checked: readonly T[]) => void;
  readonly required?: boolean;
  readonly problem?: string | undefined;
}): ReactNode {
  const styles = useIncidentStyles();
  const problemId = useId();
  return (
    <fieldset className={styles.fieldset} aria-describedby={props.problem === undefined ? undefined : problemId} aria-invalid={props.problem === undefined ? undefined : true}>
      <legend className={styles.legend}>
        {props.legend}
        {props.required === true ? ' *' : ''}
      </legend>
      <div className={styles.row}>
        {props.options.map((option) => (
          <Checkbox key={option.id} checked={props.checked.includes(option.id)} label={option.label} onChange={(_, data) => props.onChange(toggled(props.checked, option.id, data.checked === true))} />
        ))}
      </div>
      {props.problem !== undefined && (
        <Text id={problemId} className={styles.overdue}>
          {props.problem}
        </Text>
      )}
    </fieldset>
  );
}

/**
 * The case team's data breach assessment inside the case editor (issue 16, item 2): the
 * verdict, and for a breach the moment of awareness (with its 72-hour clock), the facts,
 * what data and how many people, the risk with its reasoning, the processor, the AP
 * notification (in phases, with the reason for a delay) and informing the people involved
 * (art. 34) or the art. 34(3) ground for not doing so. Fieldsets group what belongs
 * together, so a screen reader announces the group with each field.
 */
export function BreachAssessmentFields({ value, onChange, problems, now }: BreachAssessmentFieldsProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const problem = (name: string) => fieldProblem(problems, `breach.${name}`, t);

  const moment = (name: MomentName, label: string, extra: { required?: boolean; hint?: string } = {}): ReactNode => (
    <Field className={styles.grow} label={label} {...extra} {...problem(name)}>
      <Input type="datetime-local" value={value[name]} onChange={(_, data) => onChange({ [name]: data.value })} />
    </Field>
  );
  const area = (name: TextName, label: string): ReactNode => (
    <Field label={label} {...problem(name)}>
      <Textarea value={value[name]} resize="vertical" onChange={(_, data) => onChange({ [name]: data.value })} />
    </Field>
  );
  const line = (name: TextName, label: string): ReactNode => (
    <Field className={styles.grow} label={label} {...problem(name)}>
      <Input value={value[name]} onChange={(_, data) => onChange({ [name]: data.value })} />
    </Field>
  );

  return (
    <fieldset className={styles.fieldset} data-testid="breach-assessment">
      <legend className={styles.legend}>
        <Title3 as="h4">{t('incident.assess.heading')}</Title3>
      </legend>
      <Text className={styles.meta}>{t('incident.assess.intro')}</Text>
      <Field label={t('incident.assess.decision')} {...problem('decision')}>
        <RadioGroup layout="horizontal" className={styles.wrap} value={value.decision} onChange={(_, data) => onChange({ decision: data.value as BreachEdit['decision'] })}>
          {BREACH_DECISION_IDS.map((id) => (
            <Radio key={id} value={id} label={t(`incident.assess.decision.${id}`)} />
          ))}
        </RadioGroup>
      </Field>
      {value.decision === 'noBreach' && area('riskReasoning', t('incident.assess.noBreachReasoning'))}
      {value.decision === 'breach' && (
        <>
          {moment('awareOn', t('incident.field.breachAwareOn'), { required: true, hint: t('incident.hint.awareness') })}
          {value.awareOn !== '' && (
            <BreachCountdown awareOn={localToIso(value.awareOn)} notifiedOn={localToIso(value.notifiedAuthorityOn)} {...optionalEntry('now', now)} />
          )}
          {area('facts', t('incident.assess.facts'))}
          <CheckboxGroup
            legend={t('incident.field.breachTypes')}
            required
            options={BREACH_TYPE_IDS.map((type) => ({ id: type, label: t(`incident.breachType.${type}`) }))}
            checked={value.types}
            onChange={(types) => onChange({ types })}
            problem={problem('types').validationMessage}
          />
          <CheckboxGroup
            legend={t('incident.assess.sensitiveData')}
            options={SENSITIVE_DATA_IDS.map((id) => ({ id, label: t(`incident.assess.sensitive.${id}`) }))}
            checked={value.sensitiveData}
            onChange={(sensitiveData) => onChange({ sensitiveData })}
          />
          {area('dataCategories', t('incident.assess.dataCategories'))}
          <div className={styles.row}>
            <Field className={styles.grow} label={t('incident.field.subjectCount')} {...problem('subjectCount')}>
              <Input type="number" min={0} value={value.subjectCount} onChange={(_, data) => onChange({ subjectCount: data.value })} />
            </Field>
            <Field className={styles.grow} label={t('incident.field.recordCount')} {...problem('recordCount')}>
              <Input type="number" min={0} value={value.recordCount} onChange={(_, data) => onChange({ recordCount: data.value })} />
            </Field>
          </div>
          <Field label={t('incident.assess.risk')} {...problem('risk')}>
            <RadioGroup value={value.risk} onChange={(_, data) => onChange({ risk: data.value as BreachEdit['risk'] })}>
              {BREACH_RISK_IDS.map((id) => (
                <Radio key={id} value={id} label={t(`incident.assess.risk.${id}`)} />
              ))}
            </RadioGroup>
          </Field>
          {area('riskReasoning', t('incident.assess.riskReasoning'))}
          <div className={styles.row}>
            {line('processor', t('incident.assess.processor'))}
            {moment('processorToldOn', t('incident.assess.processorToldOn'))}
          </div>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('incident.assess.authority')}</legend>
            <div className={styles.row}>
              {moment('notifiedAuthorityOn', t('incident.field.notifiedAuthorityOn'))}
              {line('authorityReference', t('incident.assess.authorityReference'))}
              <Field className={styles.grow} label={t('incident.assess.notificationPhase')}>
                <IdSelect ids={NOTIFICATION_PHASE_IDS} value={value.notificationPhase} labelOf={(id) => t(`incident.assess.phase.${id}`)} onChange={(notificationPhase) => onChange({ notificationPhase })} />
              </Field>
            </div>
            {area('delayReason', t('incident.assess.delayReason'))}
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('incident.assess.subjects')}</legend>
            <div className={styles.row}>
              {moment('subjectsInformedOn', t('incident.field.subjectsInformedOn'))}
              <Field className={styles.grow} label={t('incident.assess.notInformedGround')}>
                <IdSelect
                  ids={NOT_INFORMED_GROUND_IDS}
                  value={value.subjectsNotInformedGround}
                  labelOf={(id) => t(`incident.assess.ground.${id}`)}
                  onChange={(subjectsNotInformedGround) => onChange({ subjectsNotInformedGround })}
                />
              </Field>
            </div>
            {line('subjectsNotInformedReason', t('incident.field.subjectsNotInformedReason'))}
          </fieldset>
          {area('effects', t('incident.field.effects'))}
          {area('remedialAction', t('incident.field.remedialAction'))}
        </>
      )}
    </fieldset>
  );
}
