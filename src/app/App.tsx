import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { AppConfigParseResult } from '../config/parseAppConfig';
import { useI18n } from '../i18n';
import type { ConnectedTeamsHost } from '../teams';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppProviders } from './AppProviders';
import { ConfigErrorPage } from './ConfigErrorPage';
import { FirstScreen } from './FirstScreen';
import { AppRouteProvider } from './routes/AppRouteContext';
import { parseRoute, parseRouteFromUrl } from './routes/parseRoute';
import { RouteNotice } from './routes/RouteNotice';
import { TabSettingsScreen } from './TabSettingsScreen';

/** Props of {@link App}. */
export interface AppProps {
  readonly config: AppConfigParseResult;
  readonly connected: ConnectedTeamsHost;
  /** The tab's origin. */
  readonly origin: string;
  /**
   * The tab's own URL: a channel tab's saved contentUrl carries its route here.
   * @default window.location.href
   */
  readonly url?: string;
}

function CrashMessage(): ReactNode {
  const { t } = useI18n();
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('app.crashed.title')}</MessageBarTitle>
          {t('app.crashed.body')}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** Shown when the tab is inside a host that never started it: never run as if in a plain browser. */
function HostUnavailableMessage(): ReactNode {
  const { t } = useI18n();
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('app.hostUnavailable.title')}</MessageBarTitle>
          {t('app.hostUnavailable.body')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t('app.hostUnavailable.reload')}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

/** The tab: providers, then the config error page or the first screen; tells the host how start-up went. */
export function App({ config, connected, origin, url }: AppProps): ReactNode {
  const { host, context } = connected;
  const tabUrl = url ?? window.location.href;
  const resolvedRoute = useMemo(() => parseRoute({ subPageId: context.subPageId, url: tabUrl }), [context.subPageId, tabUrl]);
  const notified = useRef(false);
  const notifyOnce = useCallback((notify: () => void) => {
    if (notified.current) return;
    notified.current = true;
    notify();
  }, []);
  // Teams shows its own loading indicator until notifySuccess, and its timeout screen when
  // that does not come within 30 s ("Create a content page: show a native loading
  // indicator"). The app reports success as soon as its first frame is painted, whatever
  // it shows (its loading state, an error, the admin page), so users see the app's own
  // pages, which say more than Teams' generic ones. notifyFailure is kept for a crash
  // before that first paint: then there is nothing of ours to see (docs/decisions.md #16).
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      notifyOnce(() => {
        host.notifyAppLoaded();
        host.notifySuccess();
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [host, notifyOnce]);
  const onCrash = useCallback(
    (error: unknown) => notifyOnce(() => host.notifyFailure('Other', error instanceof Error ? error.message : String(error))),
    [host, notifyOnce],
  );

  return (
    <AppProviders host={host} context={context}>
      <AppErrorBoundary fallback={<CrashMessage />} onCrash={onCrash}>
        {connected.hostUnavailable !== undefined ? (
          <HostUnavailableMessage />
        ) : !config.ok ? (
          <ConfigErrorPage problems={config.problems} />
        ) : context.frameContext === 'settings' ? (
          <TabSettingsScreen
            host={host}
            tabUrl={tabUrl}
            initial={parseRouteFromUrl(tabUrl)}
          />
        ) : (
          <AppRouteProvider value={resolvedRoute}>
            <RouteNotice resolved={resolvedRoute} />
            <FirstScreen config={config.config} host={host} context={context} origin={origin} />
          </AppRouteProvider>
        )}
      </AppErrorBoundary>
    </AppProviders>
  );
}
