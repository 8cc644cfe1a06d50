import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import { breachClock } from '../model/breachClock';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { useTickingNow } from './useTickingNow';

/** Props of {@link BreachCountdown}. */
export interface BreachCountdownProps {
  /** ISO instant the institution became aware of the breach. */
  readonly awareOn: string;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Once notified, the clock stops mattering: show when instead. */
  readonly notifiedOn?: string | undefined;
}

/**
 * The 72-hour AVG clock: the deadline in Europe/Amsterdam and the time left, updated
 * every minute; red once overdue. Not a live region: a screen reader would hear it
 * every minute. The deadline text is what matters and reads well on demand.
 */
export function BreachCountdown({ awareOn, now, notifiedOn }: BreachCountdownProps): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const current = useTickingNow(now);
  const aware = new Date(awareOn);
  if (Number.isNaN(aware.getTime())) return null;
  const clock = breachClock(aware, current);
  const deadline = formatDateTime(clock.deadline, locale);
  if (notifiedOn !== undefined && notifiedOn !== '') {
    return <Text data-testid="breach-countdown">{t('incident.breach.notifiedOn', { when: formatDateTime(notifiedOn, locale), deadline })}</Text>;
  }
  const { days, hours, minutes } = clock.parts;
  return (
    <Text data-testid="breach-countdown" data-overdue={clock.overdue} className={clock.overdue ? styles.overdue : undefined}>
      {clock.overdue
        ? t('incident.breach.overdue', { deadline, days, hours, minutes })
        : t('incident.breach.countdown', { deadline, days, hours, minutes })}
    </Text>
  );
}
