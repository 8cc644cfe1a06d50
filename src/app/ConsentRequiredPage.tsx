import { Button, Link, MessageBar, MessageBarBody, Text, Title1 } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { adminConsentUrl } from '../auth';
import type { AppConfig } from '../config/AppConfig';
import { SectionMessages, useI18n } from '../i18n';
import { consentMessages } from '../i18n/areas/consentMessages';
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
 * Loaded only when needed, with its own messages: most users never see it.
 */
export function ConsentRequiredPage(props: ConsentRequiredPageProps): ReactNode {
  return (
    <SectionMessages messages={consentMessages}>
      <ConsentRequiredContent {...props} />
    </SectionMessages>
  );
}

function ConsentRequiredContent({ problem, config, onRetry, onShown }: ConsentRequiredPageProps): ReactNode {
  const styles = useConsentRequiredPageStyles();
  const { t } = useI18n();
  useEffect(() => onShown?.(), [onShown]);
  const site = `${config.site.hostname}${config.site.path}`;
  const required = config.scopes.library;
  const optional = [...new Set([...config.scopes.favourites, ...config.scopes.channelPost, ...config.scopes.people, ...config.scopes.activityFeed])].filter((scope) => !required.includes(scope));
  const usesSitesSelected = required.some((scope) => scope.toLowerCase().endsWith('sites.selected'));

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
      <ScopeList scopes={required} label={t('auth.consent.scopesIntro')} />
      {optional.length > 0 && (
        <>
          <Text as="p" className={styles.paragraph}>
            {t('auth.consent.optionalIntro')}
          </Text>
          <ScopeList scopes={optional} label={t('auth.consent.optionalIntro')} />
        </>
      )}
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

/** Scopes with what each one is for. */
function ScopeList({ scopes, label }: { readonly scopes: readonly string[]; readonly label: string }): ReactNode {
  const styles = useConsentRequiredPageStyles();
  const { t } = useI18n();
  return (
    <ul className={styles.scopes} aria-label={label}>
      {scopes.map((scope) => (
        <li key={scope}>
          <code className={styles.scope}>{scope}</code>: {t(scopePurposeKey(scope))}
        </li>
      ))}
    </ul>
  );
}
