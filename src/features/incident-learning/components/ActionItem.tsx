import { Button, Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatDate, useI18n } from '../../../i18n';
import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import { PENDING_ETAG } from '../../../storage/outbox';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { ActionUpdateForm } from './ActionUpdateForm';
import { useIncidentStyles } from './useIncidentStyles.styles';

/** Props of {@link ActionItem}. */
export interface ActionItemProps {
  readonly environment: IncidentLearningEnvironment;
  readonly action: ImprovementAction;
  readonly overdue?: boolean;
  readonly onChanged: () => void;
}

/** One improvement action: what, who, when, its status, and updating it (not while it is still on its way to SharePoint). */
export function ActionItem({ environment, action, overdue = false, onChanged }: ActionItemProps): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const [updating, setUpdating] = useState(false);
  return (
    <li data-overdue={overdue}>
      <Text className={overdue ? styles.overdue : undefined}>
        {action.title} — {action.ownerName ?? t('incident.actions.noOwner')}
        {action.dueOn === undefined ? '' : `, ${formatDate(action.dueOn, locale)}`} ({t(`incident.actionStatus.${action.status}`)})
        {overdue ? ` (${t('incident.actions.overdue')})` : ''}
      </Text>
      {updating ? (
        <ActionUpdateForm
          environment={environment}
          action={action}
          onSaved={() => {
            setUpdating(false);
            onChanged();
          }}
          onClose={() => setUpdating(false)}
        />
      ) : action.eTag === PENDING_ETAG ? null : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => setUpdating(true)} aria-label={`${t('incident.action.update')}: ${action.title}`}>
            {t('incident.action.update')}
          </Button>
        </div>
      )}
    </li>
  );
}
