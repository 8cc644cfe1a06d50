import { Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { TabContentChoice } from '../features/tab-config/model/TabContentChoice';
import { TabConfigPage } from '../features/tab-config/components/TabConfigPage';
import type { TabInstanceConfig, TeamsHost } from '../teams';
import { useI18n } from '../i18n';
import type { AppRoute } from './routes/AppRoute';
import { parseRouteFromUrl } from './routes/parseRoute';
import { routeToEntityId, routeToUrl } from './routes/routeFormat';
import { optionalEntry } from '../lists/optionalEntry';

/** Props of {@link TabSettingsScreen}. */
export interface TabSettingsScreenProps {
  readonly host: TeamsHost;
  /** The settings page's own URL: the saved contentUrl is this page with the route in its query. */
  readonly tabUrl: string;
  /** The route the settings page was opened with (a tab being reconfigured may carry one). */
  readonly initial: AppRoute;
}

/** The route a tab choice opens. */
function routeOf(choice: TabContentChoice): AppRoute {
  if (choice.kind !== 'library') return { screen: choice.kind };
  return {
    screen: 'library',
    ...optionalEntry('theme', choice.theme),
    ...optionalEntry('query', choice.query),
  };
}

/** The choice a route stands for, when a tab can show it. */
function choiceOf(route: AppRoute): TabContentChoice | undefined {
  if (route.screen === 'library') {
    return { kind: 'library', ...optionalEntry('theme', route.theme), ...optionalEntry('query', route.query) };
  }
  return route.screen === 'assessments' || route.screen === 'incidents' ? { kind: route.screen } : undefined;
}

/**
 * The settings frame: the tab-config feature, with the app's URLs and entity ids for what
 * it saves. Teams opens the manifest's configurationUrl for a tab's Settings too, so the
 * page asks the host what the tab shows now (`pages.getConfig()`) and starts from that:
 * reconfiguring a theme tab never quietly turns it into the plain library.
 */
export function TabSettingsScreen({ host, tabUrl, initial }: TabSettingsScreenProps): ReactNode {
  const { t } = useI18n();
  const toInstanceConfig = useCallback(
    (choice: TabContentChoice, name: string): TabInstanceConfig => {
      const route = routeOf(choice);
      const contentUrl = routeToUrl(tabUrl, route);
      return { entityId: routeToEntityId(route), contentUrl, websiteUrl: contentUrl, suggestedDisplayName: name };
    },
    [tabUrl],
  );
  const [saved, setSaved] = useState<{ readonly read: boolean; readonly route: AppRoute | undefined }>({ read: false, route: undefined });
  useEffect(() => {
    let cancelled = false;
    void host.getTabConfig().then((config) => {
      if (!cancelled) setSaved({ read: true, route: config === undefined ? undefined : parseRouteFromUrl(config.contentUrl) });
    });
    return () => {
      cancelled = true;
    };
  }, [host]);
  if (!saved.read) return <Spinner label={t('app.loading')} />;
  return <TabConfigPage host={host} toInstanceConfig={toInstanceConfig} initial={choiceOf(saved.route ?? initial)} />;
}
