import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { lazy, useMemo, type ReactNode } from 'react';
import type { AppConfig } from '../config/AppConfig';
import type { IncidentActivityFeed, IncidentLearningEnvironment, LinkableQuestion } from '../features/incident-learning/api/IncidentLearningEnvironment';
import type { SelfAssessmentEnvironment } from '../features/self-assessment/api/SelfAssessmentEnvironment';
import type { FeaturePermission } from '../config/FeaturePermission';
import { createChannelMessenger, createChannelRoster, createDirectoryClient, type ChannelMessenger, type DirectoryClient, type SignedInUser } from '../graph';
import { useI18n } from '../i18n';
import { useSignedInUser } from './useSignedInUser';
import { featurePermission, type AppConnection } from './createAppListClient';
import type { Instrument } from '../lists/instrumentMapping';
import type { TeamsContext } from '../teams';
import { routeDeepLink } from './routes/routeDeepLink';
import type { AppServices } from './createAppServices';
import type { AppRoute, AppSection } from './routes/AppRoute';
import { optionalEntry } from '../lists/optionalEntry';

// Loaded when first opened: the library's first paint does not wait for them.
const SelfAssessmentPage = lazy(() => import('../features/self-assessment/SelfAssessmentPage').then((module) => ({ default: module.SelfAssessmentPage })));
const IncidentLearningPage = lazy(() => import('../features/incident-learning/IncidentLearningPage').then((module) => ({ default: module.IncidentLearningPage })));

/** Props of {@link SectionContent}. */
export interface SectionContentProps {
  readonly section: Exclude<AppSection, 'library'>;
  readonly route: AppRoute;
  readonly config: AppConfig;
  readonly context: TeamsContext;
  readonly services: AppServices;
  readonly loadInstruments: () => Promise<readonly Instrument[]>;
  /** Opens an instrument in the library section. */
  readonly openInstrument: (id: string) => void;
  /** Called once the section is on screen. */
  readonly onShown: () => void;
  /** The tab's origin: the fallback of a deep link outside Teams. */
  readonly origin: string;
}


/** The channel of a channel tab, when the tab is one. */
function channelOf(context: TeamsContext): { readonly teamId: string; readonly channelId: string } | undefined {
  return context.teamId !== undefined && context.channelId !== undefined ? { teamId: context.teamId, channelId: context.channelId } : undefined;
}

let maturityQuestions: Promise<readonly LinkableQuestion[]> | undefined;

/**
 * The questions of the configured maturity model, for linking lessons to them. Loaded on
 * demand (the model file and its validation are not part of the first bundle), once per
 * page: the lesson form and the lessons view ask for the same list.
 */
function loadMaturityQuestions(): Promise<readonly LinkableQuestion[]> {
  maturityQuestions ??= import('../features/self-assessment/model/loadConfiguredMaturityModel').then(({ loadConfiguredMaturityModel }) => {
    const loaded = loadConfiguredMaturityModel();
    return loaded.ok ? loaded.model.questions.map(({ id, theme, step, text }) => ({ id, theme, step, text })) : [];
  });
  // A chunk that failed to load (offline) is tried again next time, not remembered as failed.
  maturityQuestions.catch(() => {
    maturityQuestions = undefined;
  });
  return maturityQuestions;
}

/** The Teams mobile apps cannot save a downloaded file (teams-js #611): exports are shown to copy there. */
function canDownloadFiles(context: TeamsContext): boolean {
  return !['android', 'ios', 'ipados'].includes(context.hostClientType ?? '');
}

/** Posting cards to a channel, with its own scopes; nothing when the configuration gives it none. */
function channelPosting(config: AppConfig, connection: AppConnection): { messenger?: ChannelMessenger; postPermission?: FeaturePermission } {
  const graph = connection.featureGraph('channelPost');
  return graph === undefined ? {} : { messenger: createChannelMessenger(graph), postPermission: featurePermission(config, 'channelPost') };
}

/**
 * Reading who is in the channel (for TLP:AMBER+STRICT lessons), with its own scopes;
 * nothing outside a channel, without the tenant from the host, or when the configuration
 * gives it no scopes.
 */
function channelMembers(config: AppConfig, connection: AppConnection, context: TeamsContext): Pick<IncidentLearningEnvironment, 'channelRoster'> {
  const graph = connection.featureGraph('channelMembers');
  if (graph === undefined || context.tenantId === undefined || channelOf(context) === undefined) return {};
  return { channelRoster: { roster: createChannelRoster(graph), ownTenantId: context.tenantId, permission: featurePermission(config, 'channelMembers') } };
}

/** Looking people up in the directory, with its own scopes; nothing when the configuration gives it none. */
function peopleLookup(config: AppConfig, connection: AppConnection): { directory?: DirectoryClient; peoplePermission?: FeaturePermission } {
  const graph = connection.featureGraph('people');
  return graph === undefined ? {} : { directory: createDirectoryClient(graph), peoplePermission: featurePermission(config, 'people') };
}

/** The personal tab of incident learning (manifest `staticTabs[2].entityId`): notifications open cases there. */
const INCIDENTS_ENTITY_ID = 'incidents';

/**
 * Notifying people in Teams' activity feed, with its own scopes; nothing when the
 * configuration gives it none. A notification opens the case in the personal tab; the
 * tab's own URL stands in where the host names no app id (a browser outside Teams).
 */
function activityFeed(config: AppConfig, connection: AppConnection, context: TeamsContext, origin: string): { activityFeed?: IncidentActivityFeed } {
  const graph = connection.featureGraph('activityFeed');
  if (graph === undefined) return {};
  const appId = config.teamsAppId ?? context.appId;
  const caseLink = (caseId: string, caseTitle: string): string => routeDeepLink({ screen: 'incidents', id: caseId }, { appId, origin, entityId: INCIDENTS_ENTITY_ID, label: caseTitle });
  return { activityFeed: { graph, caseLink } };
}

/**
 * The self-assessment and incident-learning sections, once it is known who is signed in:
 * both record who answered or reported, and that comes from the token (`/me`), never
 * from the host's context, which teams-js calls a hint only.
 */
export function SectionContent(props: SectionContentProps): ReactNode {
  const { t } = useI18n();
  const signedIn = useSignedInUser(props.services);
  if (signedIn.status === 'loading') return <Spinner label={t('shell.section.loading')} />;
  if (signedIn.status === 'failed') {
    return (
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('shell.user.failed.title')}</MessageBarTitle>
            {t('shell.section.loadFailed.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={signedIn.retry}>{t('shell.section.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  return <SectionForUser {...props} user={signedIn.user} />;
}

/** The sections, with what each needs from the app. */
function SectionForUser({ section, route, config, context, services, loadInstruments, openInstrument, onShown, origin, user }: SectionContentProps & { readonly user: SignedInUser }): ReactNode {
  const assessmentEnvironment = useMemo<SelfAssessmentEnvironment>(() => {
    const connection = services.connection();
    const channel = channelOf(context);
    return {
      lists: connection.lists,
      // Every list name of the configuration: each feature reads the ones it knows.
      listNames: config.lists,
      user: { upn: user.userPrincipalName, id: user.id },
      ...optionalEntry('channel', channel),
      outbox: services.forUser(user).outbox,
      drafts: services.forUser(user).drafts,
      ...(context.teamArchived === true ? {} : channelPosting(config, connection)),
      canDownloadFiles: canDownloadFiles(context),
      loadInstruments,
      openInstrument,
    };
  }, [services, config, context, loadInstruments, openInstrument, user]);

  const incidentEnvironment = useMemo<IncidentLearningEnvironment>(() => {
    const connection = services.connection();
    const channel = channelOf(context);
    return {
      lists: connection.lists,
      listNames: config.lists,
      user: { upn: user.userPrincipalName, id: user.id, displayName: user.displayName },
      // A shared channel may have members of other organisations (a peer institution's team even owns it): TLP counts it as the community.
      ...(channel === undefined ? {} : { channel: { ...channel, audience: context.channelKind === 'shared' ? ('community' as const) : ('organisation' as const) } }),
      outbox: services.forUser(user).outbox,
      drafts: services.forUser(user).drafts,
      // An archived team takes no new posts ("Archive team"): no button that cannot work.
      ...(context.teamArchived === true ? {} : channelPosting(config, connection)),
      ...channelMembers(config, connection, context),
      ...peopleLookup(config, connection),
      ...activityFeed(config, connection, context, origin),
      canDownloadFiles: canDownloadFiles(context),
      ...optionalEntry('privacy', config.privacy),
      ...config.incidentLearning,
      loadMaturityQuestions,
    };
  }, [services, config, context, origin, user]);

  if (section === 'incidents') {
    return <IncidentLearningPage environment={incidentEnvironment} onShown={onShown} {...(route.screen === 'incidents' && route.id !== undefined ? { initialCaseId: route.id } : {})} />;
  }
  return <SelfAssessmentPage environment={assessmentEnvironment} onShown={onShown} {...(route.screen === 'assessments' && route.id !== undefined ? { initialAssessmentId: route.id } : {})} />;
}
