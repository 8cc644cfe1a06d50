import { notSupported, type HostCapability, type HostThemeName, type TeamsContext, type TeamsHost } from './TeamsHost';

/** What a plain browser offers in place of a host context. */
export interface StandaloneEnvironment {
  /** The browser's language, e.g. `navigator.language`. */
  readonly locale: string;
  /** The tab's own URL: `?subPageId=` and `?pageId=` deep links work without a host too. */
  readonly url: string;
  /** `window.matchMedia`, when available: the theme follows the OS (dark, forced colours). */
  readonly matchMedia?: (query: string) => MediaQueryList;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const CONTRAST_QUERY = '(forced-colors: active)';

function themeOf(environment: StandaloneEnvironment): HostThemeName {
  if (environment.matchMedia === undefined) return 'default';
  if (environment.matchMedia(CONTRAST_QUERY).matches) return 'contrast';
  return environment.matchMedia(DARK_QUERY).matches ? 'dark' : 'default';
}

/**
 * The {@link TeamsHost} for a plain browser (no parent window, or a host that never
 * answered): context from the browser, every capability "not supported".
 */
export function createStandaloneHost(environment: StandaloneEnvironment): TeamsHost {
  const params = new URL(environment.url).searchParams;
  const context: TeamsContext = {
    userPrincipalName: undefined,
    userObjectId: undefined,
    tenantId: undefined,
    locale: environment.locale === '' ? 'en-US' : environment.locale,
    theme: themeOf(environment),
    teamId: undefined,
    channelId: undefined,
    pageId: params.get('pageId') ?? undefined,
    subPageId: params.get('subPageId') ?? undefined,
    hostName: 'Browser',
    hostClientType: undefined,
    frameContext: 'none',
    naaRecommended: false,
  };

  return {
    kind: 'standalone',
    initialize: () => Promise.resolve(context),
    onThemeChange(listener) {
      const { matchMedia } = environment;
      if (matchMedia === undefined) return () => undefined;
      const queries = [matchMedia(DARK_QUERY), matchMedia(CONTRAST_QUERY)];
      const onChange = (): void => listener(themeOf(environment));
      for (const query of queries) query.addEventListener('change', onChange);
      return () => {
        for (const query of queries) query.removeEventListener('change', onChange);
      };
    },
    notifyAppLoaded: () => undefined,
    getTabConfig: () => Promise.resolve(undefined),
    offerDeepLink: () => notSupported('pages.shareDeepLink', 'noHost'),
    notifySuccess: () => undefined,
    notifyFailure: () => undefined,
    isSupported: (capability: HostCapability) => notSupported(capability, 'noHost'),
    shareWebContent: () => Promise.resolve(notSupported('sharing', 'noHost')),
    setTabConfigValidity: () => notSupported('pages.config', 'noHost'),
    setTabConfig: () => Promise.resolve(notSupported('pages.config', 'noHost')),
    registerTabConfigSaveHandler: () => notSupported('pages.config', 'noHost'),
  };
}
