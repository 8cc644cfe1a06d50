import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppConfig } from '../config/AppConfig';
import { createInstrumentLibrarySource } from '../features/instruments/api/createInstrumentLibrarySource';
import { InstrumentLibraryPage } from '../features/instruments/components/InstrumentLibraryPage';
import { createAccountControl, readSignInReason } from '../auth';
import { createAppFolderStore, createChannelMessenger, type AppFolderStore, type SignedInUser } from '../graph';
import { useI18n } from '../i18n';
import { createInstrumentCache } from '../storage/createInstrumentCache';
import type { TeamsContext, TeamsHost } from '../teams';
import { AppNavigation } from './AppNavigation';
import { authProblemFor, concernsTheWholeSite, type AuthProblem } from './authProblemFor';
import { featurePermission } from './createAppListClient';
import { appServicesFor } from './createAppServices';
import { usesNestedAppAuth } from './usesNestedAppAuth';
import { createInstrumentSharing } from './createInstrumentSharing';
import { sectionOf, type AppSection } from './routes/AppRoute';
import { useAppRoute } from './routes/AppRouteContext';
import { SectionBoundary } from './SectionBoundary';
import { SectionContent } from './SectionContent';
import { optionalEntry } from '../lists/optionalEntry';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: '0' },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  intro: { margin: '0', color: tokens.colorNeutralForeground2 },
});

// Not needed for the first screen (the account menu comes once the user is known, the
// sign-in screen only after signing out): their Fluent menu and dialog stay out of the first bundle.
const AccountMenu = lazy(() => import('./AccountMenu').then((module) => ({ default: module.AccountMenu })));
// The administrator page: shown only when consent or the site grant is missing.
const ConsentRequiredPage = lazy(() => import('./ConsentRequiredPage').then((module) => ({ default: module.ConsentRequiredPage })));
const SignInScreen = lazy(() => import('./SignInScreen').then((module) => ({ default: module.SignInScreen })));

/** The user's library preferences (favourites, last visit) in the app folder of their OneDrive. */
const PREFERENCES_FILE = 'ivho-preferences.json';

/** Props of {@link FirstScreen}. */
export interface FirstScreenProps {
  readonly config: AppConfig;
  readonly host: TeamsHost;
  readonly context: TeamsContext;
  /** The tab's origin. */
  readonly origin: string;
  /** Called once the first outcome (library, empty, error or admin page) is on screen. */
  readonly onReady?: () => void;
}

/**
 * The content frame: the navigation between the sections and the section the route
 * opened (the library unless a link or a configured tab says otherwise). The library is
 * in the first bundle; the other sections load when first opened.
 */
export function FirstScreen({ config, host, context, origin, onReady }: FirstScreenProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const { route } = useAppRoute();
  // Sign-in is hinted with the host's login hint (a guest's home UPN); who the user is comes from /me.
  const upn = context.loginHint ?? context.userPrincipalName;
  const hosted = usesNestedAppAuth(context);
  const [authProblem, setAuthProblem] = useState<AuthProblem | undefined>();
  const [section, setSection] = useState<AppSection>(() => sectionOf(route));
  const services = useMemo(() => appServicesFor(config, { origin, userPrincipalName: upn, hosted }), [config, origin, upn, hosted]);
  useEffect(
    () =>
      services.listenForFailures((error, request) => {
        const problem = authProblemFor(error);
        // A list or permission one section needs is that section's to explain.
        if (problem?.kind === 'siteAccessDenied' && !concernsTheWholeSite(request.path, config.lists.instruments)) return;
        // A feature asks for its own scopes (incremental consent) and explains a refusal itself.
        if (problem?.kind === 'consentRequired' && request.scopes !== undefined) return;
        setAuthProblem((shown) => shown ?? problem);
      }),
    [services, config],
  );
  const source = useMemo(
    () =>
      createInstrumentLibrarySource({
        lists: () => services.connection().lists,
        listName: config.lists.instruments,
        cache: createInstrumentCache(),
        cacheScope: `${config.site.hostname}${config.site.path}|${config.lists.instruments}`,
      }),
    [config, services],
  );
  const loadInstruments = useCallback(async () => {
    // Recommendations need the library's data, not its screen: the cached copy will do.
    const snapshot = (await source.cached()) ?? (await source.refresh(undefined));
    return snapshot.instruments;
  }, [source]);
  const [firstOutcomeShown, setFirstOutcomeShown] = useState(false);
  const onFirstOutcome = useCallback(() => {
    setFirstOutcomeShown(true);
    onReady?.();
  }, [onReady]);
  // Only a plain browser signs out: inside any host (a SharePoint page included) the account is the host's.
  const inHost = context.frameContext !== 'none';
  const accountControl = useMemo(() => createAccountControl(config, { origin, hosted: inHost }), [config, origin, inHost]);
  const signInReason = useMemo(() => (accountControl === undefined ? undefined : readSignInReason()), [accountControl]);
  // Who is signed in is asked once the first screen is up (it never delays the library):
  // the user's own outbox then sends what an earlier visit left unsent, on any screen.
  const [user, setUser] = useState<SignedInUser | undefined>();
  // Signed out, nobody is: asking would sign the default account in and recreate its data.
  const signedOut = accountControl !== undefined && signInReason !== undefined;
  useEffect(() => {
    if (!firstOutcomeShown || signedOut) return;
    let current = true;
    services.signedInUser().then(
      (signedIn) => {
        services.forUser(signedIn);
        if (current) setUser(signedIn);
      },
      // A section that needs the user asks again and shows the failure with a retry.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [firstOutcomeShown, signedOut, services]);
  const preferences = useMemo(() => {
    // Favourites are off when the configuration gives them no scopes.
    if (config.scopes.favourites.length === 0) return undefined;
    const folder = (): AppFolderStore => createAppFolderStore(services.connection().featureGraph('favourites') ?? services.connection().graph);
    return {
      read: () => folder().readJson(PREFERENCES_FILE),
      write: (value: unknown) => folder().writeJson(PREFERENCES_FILE, value),
      permission: featurePermission(config, 'favourites'),
    };
  }, [services, config]);
  const sharing = useMemo(
    () =>
      createInstrumentSharing({
        host,
        context,
        origin,
        teamsAppId: config.teamsAppId,
        ...(config.scopes.channelPost.length === 0
          ? {}
          : { messenger: () => createChannelMessenger(services.connection().featureGraph('channelPost') ?? services.connection().graph), postPermission: featurePermission(config, 'channelPost') }),
      }),
    [host, context, origin, services, config],
  );
  const [instrumentLink, setInstrumentLink] = useState<string | undefined>();
  const openInstrument = useCallback((id: string) => {
    setInstrumentLink(`instrument:${id}`);
    setSection('library');
  }, []);
  const retryAfterAuthProblem = useCallback(() => setAuthProblem(undefined), []);

  if (signedOut) {
    return (
      <Suspense fallback={null}>
        <SignInScreen reason={signInReason} control={accountControl} onShown={onFirstOutcome} />
      </Suspense>
    );
  }

  if (authProblem !== undefined) {
    return (
      <Suspense fallback={null}>
        <ConsentRequiredPage problem={authProblem.kind} config={config} onRetry={retryAfterAuthProblem} onShown={onFirstOutcome} />
      </Suspense>
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <AppNavigation section={section} onSelect={setSection} />
        {user === undefined ? null : (
          <Suspense fallback={null}>
            <AccountMenu services={services} user={user} control={accountControl} />
          </Suspense>
        )}
      </div>
      <main className={styles.root}>
        {section === 'library' ? (
          <>
            <Title1 as="h1" className={styles.heading}>
              {t('instruments.heading')}
            </Title1>
            <Text as="p" className={styles.intro}>
              {t('instruments.intro')}
            </Text>
            <InstrumentLibraryPage
              key={instrumentLink ?? 'library'}
              source={source}
              sharing={sharing}
              {...optionalEntry('preferences', preferences)}
              onFirstOutcome={onFirstOutcome}
              {...(instrumentLink !== undefined ? { subPageId: instrumentLink } : context.subPageId === undefined ? {} : { subPageId: context.subPageId })}
            />
          </>
        ) : (
          <SectionBoundary>
            <SectionContent
              section={section}
              route={route}
              config={config}
              context={context}
              services={services}
              loadInstruments={loadInstruments}
              openInstrument={openInstrument}
              onShown={onFirstOutcome}
              origin={origin}
            />
          </SectionBoundary>
        )}
      </main>
    </div>
  );
}
