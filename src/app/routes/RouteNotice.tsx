import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import type { ResolvedRoute } from './AppRoute';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  pinned: { margin: '0', color: tokens.colorNeutralForeground2 },
  value: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

/** Props of {@link RouteNotice}. */
export interface RouteNoticeProps {
  readonly resolved: ResolvedRoute;
}

/**
 * Says what a configured tab or a deep link narrowed the view to, and that a link led
 * nowhere when its subPageId names no screen (instead of failing or going blank).
 */
export function RouteNotice({ resolved }: RouteNoticeProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const { route, unknownSubPageId } = resolved;
  const pinned: string[] = [];
  if (route.screen === 'instrument') pinned.push(t('route.pinned.instrument', { id: route.id }));
  else if (route.screen === 'library') {
    if (route.theme !== undefined) pinned.push(t('route.pinned.theme', { theme: t(`theme.${route.theme}`) }));
    if (route.query !== undefined) pinned.push(t('route.pinned.query', { query: route.query }));
  }
  if (pinned.length === 0 && unknownSubPageId === undefined) return null;
  return (
    <section className={styles.root} aria-label={t('route.pinned.label')} data-testid="route-notice">
      {unknownSubPageId !== undefined && (
        <div role="status">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('route.unknownLink.title')}</MessageBarTitle>
              {t('route.unknownLink.body', { subPageId: unknownSubPageId })}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {pinned.length > 0 && (
        <Text as="p" className={styles.pinned} data-testid="pinned-view">
          {t('route.pinned.label')}:{' '}
          {pinned.map((part, index) => (
            <span key={part}>
              {index > 0 && ' · '}
              <span className={styles.value}>{part}</span>
            </span>
          ))}
        </Text>
      )}
    </section>
  );
}
