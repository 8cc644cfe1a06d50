import { Button, Link, MessageBar, MessageBarBody, Text, Title1 } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { adminConsentUrl } from '../auth';
import type { AppConfig } from '../config/AppConfig';
import { useI18n } from '../i18n';
import type { AuthProblemKind } from './authProblemFor';
import { scopePurposeKey } from './scopePurposeKey';
import { useConsentRequiredPageStyles } from './useConsentRequiredPageStyles.styles';

/** Props of {@link ConsentRequiredPage}. */
export interface ConsentRequiredPageProps {
  /** What went wrong (from `authProblemFor`). */
  readonly problem: AuthProblemKind;
  /** Supplies the scopes, the site and, in a tenant, the app registration for the consent link. */
  readonly config: AppConfig;
  /** Tries again, e.g. after an administrator has granted consent. */
  readonly onRetry: () => void;
  /** Called once when shown: the first outcome is on screen. */
  readonly onShown?: () => void;
}

/**
 * Shown when sign-in fails for lack of consent or Graph refuses the site: says which
 * permissions an administrator must grant and why, links to admin consent, and retries.
 */
export function ConsentRequiredPage({ problem, config, onRetry, onShown }: ConsentRequiredPageProps): ReactNode {
  const styles = useConsentRequiredPageStyles();
  const { t } = useI18n();
  useEffect(() => onShown?.(), [onShown]);
  const site = `${config.site.hostname}${config.site.path}`;
  const usesSitesSelected = config.scopes.some((scope) => scope.toLowerCase().endsWith('sites.selected'));

  return (
    <main className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('auth.consent.title')}
      </Title1>
      <div role="alert">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(problem === 'consentRequired' ? 'auth.consent.consentRequired' : 'auth.consent.siteAccessDenied', { site })}</MessageBarBody>
        </MessageBar>
      </div>
      <Text as="p" className={styles.paragraph}>
        {t('auth.consent.scopesIntro')}
      </Text>
      <ul className={styles.scopes} aria-label={t('auth.consent.scopesIntro')}>
        {config.scopes.map((scope) => (
          <li key={scope}>
            <code className={styles.scope}>{scope}</code>: {t(scopePurposeKey(scope))}
          </li>
        ))}
      </ul>
      {usesSitesSelected && (
        <Text as="p" className={styles.paragraph}>
          {t('auth.consent.siteGrant', { site })}
        </Text>
      )}
      {config.auth.kind === 'msal' ? (
        <>
          <Text as="p" className={styles.paragraph}>
            <Link href={adminConsentUrl(config.auth.clientId, config.auth.tenantId)} target="_blank" rel="noreferrer">
              {t('auth.consent.link')}
            </Link>
          </Text>
          <Text as="p" className={styles.hint}>
            {t('auth.consent.linkHint')}
          </Text>
        </>
      ) : (
        <Text as="p" className={styles.hint}>
          {t('auth.consent.localMode')}
        </Text>
      )}
      <div>
        <Button appearance="primary" onClick={onRetry}>
          {t('auth.consent.retry')}
        </Button>
      </div>
    </main>
  );
}
