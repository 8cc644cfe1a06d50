import type { AppConfig } from '../config/AppConfig';
import type { GraphRequestSpec } from '../graph';
import { createIndexedDbKeyValueStore } from '../storage/createIndexedDbKeyValueStore';
import { createDraftStore, type DraftStore } from '../storage/drafts';
import { createOutbox, upsertBySubmissionId, type Outbox } from '../storage/outbox';
import { createAppConnection, type AppConnection, type AppSession } from './createAppListClient';

/** What the sections of the tab share for one user on one site. */
export interface AppServices {
  /** Sets who hears about failed Graph calls (the screen that shows sign-in and consent problems); returns the undo. */
  listenForFailures(listener: (error: unknown, request: GraphRequestSpec) => void): () => void;
  /** Graph, created on first use so that a config the build cannot serve shows as a load error where it is used. */
  connection(): AppConnection;
  /** Every write of the user's work goes through it. */
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
  close(): void;
}

/**
 * The shared services of one tab session. The outbox and the drafts live in IndexedDB
 * databases named after the user and the site: work queued by one user is never sent
 * with another user's token, and two configurations never mix.
 */
export function createAppServices(config: AppConfig, session: Omit<AppSession, 'onFailure'>): AppServices {
  let connection: AppConnection | undefined;
  let failureListener: ((error: unknown, request: GraphRequestSpec) => void) | undefined;
  const connect = (): AppConnection => (connection ??= createAppConnection(config, { ...session, onFailure: (error, request) => failureListener?.(error, request) }));
  const scope = `${session.userPrincipalName ?? 'anonymous'}|${config.site.hostname}${config.site.path}`;
  // Pending work from an earlier visit is sent as soon as the tab opens, on any screen.
  const outbox = createOutbox({
    store: createIndexedDbKeyValueStore({ databaseName: `ivho-outbox|${scope}` }),
    send: (submission, known) => upsertBySubmissionId(connect().lists)(submission, known),
  });
  const drafts = createDraftStore({
    store: createIndexedDbKeyValueStore({ databaseName: `ivho-drafts|${scope}` }),
    ...(config.privacy?.draftMaxAgeDays === undefined ? {} : { maxAgeMs: config.privacy.draftMaxAgeDays * 24 * 60 * 60 * 1000 }),
  });
  return {
    listenForFailures(listener) {
      failureListener = listener;
      return () => {
        if (failureListener === listener) failureListener = undefined;
      };
    },
    connection: connect,
    outbox,
    drafts,
    close: () => outbox.close(),
  };
}

const sessions = new Map<string, AppServices>();

/**
 * The services of this page for a user, site and host: created once and kept for the
 * page's life. A screen that remounts gets the same outbox back instead of a second one
 * (or a closed one) on the same database, and the outbox keeps sending in the background
 * whatever screen is open.
 */
export function appServicesFor(config: AppConfig, session: Omit<AppSession, 'onFailure'>): AppServices {
  const key = JSON.stringify([config.site, config.lists, config.graphBaseUrl, session.origin, session.userPrincipalName ?? '', session.hosted ?? false]);
  let services = sessions.get(key);
  if (services === undefined) {
    services = createAppServices(config, session);
    sessions.set(key, services);
  }
  return services;
}
