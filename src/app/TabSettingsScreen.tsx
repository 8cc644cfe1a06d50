import { useCallback, type ReactNode } from 'react';
import type { TabContentChoice } from '../features/tab-config/model/TabContentChoice';
import { TabConfigPage } from '../features/tab-config/components/TabConfigPage';
import type { TabInstanceConfig, TeamsHost } from '../teams';
import type { AppRoute } from './routes/AppRoute';
import { routeToEntityId, routeToUrl } from './routes/routeFormat';

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
    ...(choice.theme === undefined ? {} : { theme: choice.theme }),
    ...(choice.query === undefined ? {} : { query: choice.query }),
  };
}

/** The settings frame: the tab-config feature, with the app's URLs and entity ids for what it saves. */
export function TabSettingsScreen({ host, tabUrl, initial }: TabSettingsScreenProps): ReactNode {
  const toInstanceConfig = useCallback(
    (choice: TabContentChoice, name: string): TabInstanceConfig => {
      const route = routeOf(choice);
      const contentUrl = routeToUrl(tabUrl, route);
      return { entityId: routeToEntityId(route), contentUrl, websiteUrl: contentUrl, suggestedDisplayName: name };
    },
    [tabUrl],
  );
  const initialChoice: TabContentChoice | undefined =
    initial.screen === 'library'
      ? { kind: 'library', ...(initial.theme === undefined ? {} : { theme: initial.theme }), ...(initial.query === undefined ? {} : { query: initial.query }) }
      : initial.screen === 'assessments' || initial.screen === 'incidents'
        ? { kind: initial.screen }
        : undefined;
  return <TabConfigPage host={host} toInstanceConfig={toInstanceConfig} initial={initialChoice} />;
}
