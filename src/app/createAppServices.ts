import type { AppConfig } from '../config/AppConfig';
import { readSignedInUser, type GraphRequestSpec, type SignedInUser } from '../graph';
import { createIndexedDbKeyValueStore } from '../storage/createIndexedDbKeyValueStore';
import { INSTRUMENT_CACHE_DATABASE } from '../storage/createInstrumentCache';
import { deleteIndexedDbDatabase } from '../storage/deleteIndexedDbDatabase';
import { createDraftStore, type DraftStore } from '../storage/drafts';
import { createOutbox, upsertBySubmissionId, type Outbox } from '../storage/outbox';
import { createAppConnection, type AppConnection, type AppSession } from './createAppListClient';

/** What one signed-in user keeps on this device for one site: their unsent work and their drafts. */
export interface UserServices {
  readonly user: SignedInUser;
  /** Every write of the user's work goes through it. */
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
}

/** What the sections of the tab share on one site. */
export interface AppServices {
  /** Sets who hears about failed Graph calls (the screen that shows sign-in and consent problems); returns the undo. */
  listenForFailures(listener: (error: unknown, request: GraphRequestSpec) => void): () => void;
  /** Graph, created on first use so that a config the build cannot serve shows as a load error where it is used. */
  connection(): AppConnection;
  /**
   * Who is signed in, from Graph's `/me` (the token's user), asked once per page; a
   * failed attempt is asked again on the next call. Never the host's context, which
   * teams-js calls a hint only.
   */
  signedInUser(): Promise<SignedInUser>;
  /**
   * The outbox and drafts of a signed-in user, created on first call and kept for the
   * page. Pending work from an earlier visit is sent from then on, on any screen.
   */
  forUser(user: SignedInUser): UserServices;
  /**
   * Removes what the signed-in user left on this device: their outbox (sent or not),
   * their drafts and the cached library. Closes their outbox first; the page must be
   * reloaded afterwards.
   */
  clearDevice(user: SignedInUser): Promise<void>;
  close(): void;
}

/**
 * The IndexedDB databases of one user's outbox and drafts on one site. Named by the
 * user's object id from `/me`: in a plain browser the host gives no user, and two people
 * on one browser must never share a queue or see each other's drafts.
 */
function userDatabaseNames(config: AppConfig, userId: string): { readonly outbox: string; readonly drafts: string } {
  const scope = `${userId}|${config.site.hostname}${config.site.path}`;
  return { outbox: `ivho-outbox|${scope}`, drafts: `ivho-drafts|${scope}` };
}

/** The shared services of one tab session on one site. */
export function createAppServices(config: AppConfig, session: Omit<AppSession, 'onFailure'>): AppServices {
  let connection: AppConnection | undefined;
  let failureListener: ((error: unknown, request: GraphRequestSpec) => void) | undefined;
  const connect = (): AppConnection => (connection ??= createAppConnection(config, { ...session, onFailure: (error, request) => failureListener?.(error, request) }));
  let signedIn: Promise<SignedInUser> | undefined;
  const users = new Map<string, UserServices>();

  function createUserServices(user: SignedInUser): UserServices {
    const names = userDatabaseNames(config, user.id);
    const outbox = createOutbox({
      store: createIndexedDbKeyValueStore({ databaseName: names.outbox }),
      send: (submission, known) => upsertBySubmissionId(connect().lists)(submission, known),
    });
    const drafts = createDraftStore({
      store: createIndexedDbKeyValueStore({ databaseName: names.drafts }),
      ...(config.privacy?.draftMaxAgeDays === undefined ? {} : { maxAgeMs: config.privacy.draftMaxAgeDays * 24 * 60 * 60 * 1000 }),
    });
    return { user, outbox, drafts };
  }

  return {
    listenForFailures(listener) {
      failureListener = listener;
      return () => {
        if (failureListener === listener) failureListener = undefined;
      };
    },
    connection: connect,
    signedInUser() {
      signedIn ??= readSignedInUser(connect().graph);
      signedIn.catch(() => {
        signedIn = undefined;
      });
      return signedIn;
    },
    forUser(user) {
      let services = users.get(user.id);
      if (services === undefined) {
        services = createUserServices(user);
        users.set(user.id, services);
      }
      return services;
    },
    async clearDevice(user) {
      users.get(user.id)?.outbox.close();
      users.delete(user.id);
      const names = userDatabaseNames(config, user.id);
      await Promise.all([names.outbox, names.drafts, INSTRUMENT_CACHE_DATABASE].map((name) => deleteIndexedDbDatabase(name)));
    },
    close: () => {
      for (const services of users.values()) services.outbox.close();
    },
  };
}

const sessions = new Map<string, AppServices>();

/**
 * The services of this page for a site, host and signed-in account: created once and
 * kept for the page's life. A screen that remounts gets the same outbox back instead of
 * a second one (or a closed one) on the same database, and the outbox keeps sending in
 * the background whatever screen is open.
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
