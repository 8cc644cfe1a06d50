import { Checkbox, Field, Input, Text, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { CYBER_STEP_IDS, type CyberStepId } from '../model/cyberIncidentClocks';
import { cyberIncidentPreview, type CyberIncidentEdit } from '../model/cyberIncidentEdit';
import type { FormProblem } from '../model/incidentFormRules';
import { CyberIncidentDeadlines } from './CyberIncidentDeadlines';
import { fieldProblem } from './formProblems';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link CyberIncidentFields}. */
export interface CyberIncidentFieldsProps {
  readonly value: CyberIncidentEdit;
  readonly onChange: (part: Partial<CyberIncidentEdit>) => void;
  /** Problems at `cyber.*` paths. */
  readonly problems: readonly FormProblem[];
  readonly now?: () => Date;
}

const DONE_FIELD: Readonly<Record<CyberStepId, 'earlyWarningOn' | 'notificationOn' | 'finalReportOn'>> = {
  earlyWarning: 'earlyWarningOn',
  notification: 'notificationOn',
  finalReport: 'finalReportOn',
};

/**
 * The case team marks a significant incident under the Cyberbeveiligingswet (issue 16,
 * item 3), records when the institution became aware, and when each of the three steps was
 * done; the deadlines show as they are typed.
 */
export function CyberIncidentFields({ value, onChange, problems, now }: CyberIncidentFieldsProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const problem = (name: string) => fieldProblem(problems, `cyber.${name}`, t);
  const moment = (name: keyof Omit<CyberIncidentEdit, 'significant'>, label: string, extra: { required?: boolean } = {}): ReactNode => (
    <Field className={styles.grow} label={label} {...extra} {...problem(name)}>
      <Input type="datetime-local" value={value[name]} onChange={(_, data) => onChange({ [name]: data.value })} />
    </Field>
  );
  return (
    <fieldset className={styles.fieldset} data-testid="cyber-incident">
      <legend className={styles.legend}>
        <Title3 as="h4">{t('incident.cyber.heading')}</Title3>
      </legend>
      <Text className={styles.meta}>{t('incident.cyber.intro')}</Text>
      <Checkbox checked={value.significant} label={t('incident.cyber.significant')} onChange={(_, data) => onChange({ significant: data.checked === true })} />
      {value.significant && (
        <>
          {moment('awareOn', t('incident.cyber.awareOn'), { required: true })}
          <CyberIncidentDeadlines
            record={cyberIncidentPreview(value)}
            {...optionalEntry('now', now)}
          />
          <div className={styles.row}>{CYBER_STEP_IDS.map((step) => moment(DONE_FIELD[step], t(`incident.cyber.doneOn.${step}`)))}</div>
        </>
      )}
    </fieldset>
  );
}
