import { Badge } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachDecisionOf } from '../model/breachAssessment';

/**
 * Where a case stands on personal data: a data breach (the case team's verdict), waiting
 * for that verdict, or found not to be a breach. Nothing for a case without personal data.
 */
export function BreachBadge({ incident }: { readonly incident: Pick<IncidentCase, 'personalDataInvolved' | 'breachAwareOn' | 'breach'> }): ReactNode {
  const { t } = useI18n();
  const decision = breachDecisionOf(incident);
  if (decision === 'breach') return <Badge color="danger">{t('incident.case.breach')}</Badge>;
  if (decision === 'undecided') return <Badge color="warning">{t('incident.case.toAssess')}</Badge>;
  if (decision === 'noBreach') return <Badge appearance="outline">{t('incident.case.noBreach')}</Badge>;
  return null;
}
