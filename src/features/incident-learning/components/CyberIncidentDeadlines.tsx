import { Text } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import type { CyberIncidentRecord } from '../../../lists/incidentCaseMapping';
import { cyberIncidentClocks } from '../model/cyberIncidentClocks';
import { useIncidentStyles } from './useIncidentStyles.styles';

/**
 * The three Cbw deadlines of a significant incident, each due, done or overdue (red), in
 * Europe/Amsterdam time; refreshed every half minute. A plain list, not a live region: a
 * screen reader would hear it on every refresh.
 */
export function CyberIncidentDeadlines({ record, now = () => new Date() }: { readonly record: CyberIncidentRecord; readonly now?: () => Date }): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const [current, setCurrent] = useState(() => now());
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 30_000);
    return () => clearInterval(timer);
  }, [now]);
  const clocks = record.significant ? cyberIncidentClocks(record, current) : undefined;
  if (clocks === undefined) return null;
  return (
    <ul className={styles.list} data-testid="cyber-deadlines" aria-label={t('incident.cyber.heading')}>
      {clocks.map((clock) => {
        const values = { step: t(`incident.cyber.step.${clock.step}`), deadline: formatDateTime(clock.deadline, locale) };
        return (
          <li key={clock.step} data-step={clock.step} data-overdue={clock.overdue}>
            <Text className={clock.overdue ? styles.overdue : undefined}>
              {clock.doneOn !== undefined
                ? t('incident.cyber.done', { ...values, when: formatDateTime(clock.doneOn, locale) })
                : clock.overdue
                  ? t('incident.cyber.overdue', values)
                  : t('incident.cyber.due', values)}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
