import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { CyberIncidentRecord } from '../../../lists/incidentCaseMapping';
import { cyberIncidentClocks } from '../model/cyberIncidentClocks';
import { StepDeadlines } from './StepDeadlines';
import { useTickingNow } from './useTickingNow';

/** The three Cbw deadlines of a significant incident, each due, done or overdue; refreshed every half minute. */
export function CyberIncidentDeadlines({ record, now }: { readonly record: CyberIncidentRecord; readonly now?: () => Date }): ReactNode {
  const { t } = useI18n();
  const current = useTickingNow(now);
  const clocks = record.significant ? cyberIncidentClocks(record, current) : undefined;
  if (clocks === undefined) return null;
  return <StepDeadlines label={t('incident.cyber.heading')} testId="cyber-deadlines" steps={clocks.map((clock) => ({ ...clock, label: t(`incident.cyber.step.${clock.step}`) }))} />;
}
