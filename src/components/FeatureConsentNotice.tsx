import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FeaturePermission } from '../config/FeaturePermission';
import type { ScopedFeature } from '../config/AppConfig';
import { useI18n } from '../i18n';

/** Props of {@link FeatureConsentNotice}. */
export interface FeatureConsentNoticeProps {
  /** Which feature is off. (Not the activity feed: it sends in the background, and the form that sent says when it could not.) */
  readonly feature: Exclude<ScopedFeature, 'library' | 'activityFeed'>;
  readonly permission: FeaturePermission;
  /** Asks for the token again (after an administrator granted consent): no reload needed. */
  readonly onRetry: () => void;
}

/**
 * Says that one feature is off because the app has no consent for its scopes, names
 * them, links administrators to Entra ID's consent page, and tries again on request.
 * The rest of the app keeps working: this replaces the feature's own controls only.
 */
export function FeatureConsentNotice({ feature, permission, onRetry }: FeatureConsentNoticeProps): ReactNode {
  const { t } = useI18n();
  const scopes = permission.scopes.join(', ');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`consent-notice-${feature}`}>
      <MessageBarBody>
        <MessageBarTitle>{t(`auth.feature.${feature}`)}</MessageBarTitle>{' '}
        {t(permission.adminConsentUrl === undefined ? 'auth.feature.needsLocal' : 'auth.feature.needs', { scopes })}{' '}
        {permission.adminConsentUrl === undefined ? null : (
          <Link href={permission.adminConsentUrl} target="_blank" rel="noreferrer">
            {t('auth.feature.link')}
          </Link>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('auth.feature.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
