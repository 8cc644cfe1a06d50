import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import { useIncidentStyles } from './useIncidentStyles.styles';

/** One legal step with its deadline, as {@link StepDeadlines} shows it. */
export interface StepDeadline {
  readonly step: string;
  /** The step's name, translated. */
  readonly label: string;
  readonly deadline: Date;
  readonly doneOn: string | undefined;
  readonly overdue: boolean;
}

/**
 * Legal steps (Cbw, Wbk) each due, done or overdue (red), in Europe/Amsterdam time. A plain
 * list, not a live region: a screen reader would hear it on every refresh.
 */
export function StepDeadlines({ label, steps, testId }: { readonly label: string; readonly steps: readonly StepDeadline[]; readonly testId: string }): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  return (
    <ul className={styles.list} data-testid={testId} aria-label={label}>
      {steps.map((step) => {
        const values = { step: step.label, deadline: formatDateTime(step.deadline, locale) };
        return (
          <li key={step.step} data-step={step.step} data-overdue={step.overdue}>
            <Text className={step.overdue ? styles.overdue : undefined}>
              {step.doneOn !== undefined
                ? t('incident.cyber.done', { ...values, when: formatDateTime(step.doneOn, locale) })
                : step.overdue
                  ? t('incident.cyber.overdue', values)
                  : t('incident.cyber.due', values)}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
