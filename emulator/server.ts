import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConsentRegistry } from './auth/ConsentRegistry';
import { createDevTokenIssuer } from './auth/DevTokenIssuer';
import { loadDevTokenSecret } from './auth/loadDevTokenSecret';
import { loadEmulatorConfig } from './config/loadEmulatorConfig';
import type { EmulatorConfig } from './config/loadEmulatorConfig';
import { handleControlRequest } from './control/handleControlRequest';
import { RequestLog } from './control/RequestLog';
import { ShareStore } from './control/ShareStore';
import { FaultInjector } from './faults/FaultInjector';
import { createGraphRouter } from './graph/createGraphRouter';
import type { GraphHandler } from './graph/graphTypes';
import { GRAPH_ROOT, serveGraphRequest } from './graph/serveGraphRequest';
import { createSharePointHandler } from './graph/sharepoint/createSharePointHandler';
import { openEmulatorStore } from './graph/store/openEmulatorStore';
import type { EmulatorStore } from './graph/store/openEmulatorStore';
import { ChannelMessageStore } from './graph/teams/ChannelMessageStore';
import { ActivityFeedStore } from './graph/teams/ActivityFeedStore';
import { createActivityNotificationHandler } from './graph/teams/createActivityNotificationHandler';
import { readDeclaredActivityTypes } from './graph/teams/readDeclaredActivityTypes';
import { AppFolderStore } from './graph/drive/AppFolderStore';
import { createAppFolderHandler } from './graph/drive/createAppFolderHandler';
import { DownloadUrlSigner } from './files/DownloadUrlSigner';
import { handleFileHostRequest } from './files/handleFileHostRequest';
import { createChannelMembersHandler } from './graph/teams/createChannelMembersHandler';
import { createChannelMessagesHandler } from './graph/teams/createChannelMessagesHandler';
import { TeamDirectory } from './graph/teams/TeamDirectory';
import { createUsersHandler } from './graph/users/createUsersHandler';
import { isOwnHost, isOwnOrigin } from './http/isOwnHost';
import { parseJsonBody } from './http/parseJsonBody';
import { readRequestBody } from './http/readRequestBody';
import { requestBaseUrl } from './http/requestBaseUrl';
import { sendJson } from './http/sendJson';
import { seedEmulator } from './seed/seedEmulator';
import { serveSharePointRest, SHAREPOINT_REST_ROOT } from './sharepoint/rest/serveSharePointRest';
import { SiteSecurity } from './sharepoint/security/SiteSecurity';
import { serveFramelessTab, wantsFramelessTab } from './teams-host/serveFramelessTab';
import { handleTeamsHostRequest } from './teams-host/teamsHostRoutes';
import type { SeedOutcome } from './seed/seedEmulator';
import { createStaticTabServer } from './tab/createStaticTabServer';
import { createViteTabServer } from './tab/createViteTabServer';
import type { TabServer } from './tab/TabServer';

/** How the tab app is served at `/`. */
export type TabServing = { mode: 'vite' } | { mode: 'static'; dir: string } | { mode: 'none' };

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** 0 picks a free port. @default env PORT, else 4280 */
  port?: number;
  /** Folder of the SQLite file and the token secret, relative to the working directory. @default '.data' */
  dataDir?: string;
  /** Delete the data file and seed again. @default false */
  reset?: boolean;
  /** @default { mode: 'vite' } */
  tab?: TabServing;
  /** No console output. @default false */
  quiet?: boolean;
  /** Port of the file host (OneDrive's download origin); 0 picks a free one. @default 0 */
  filePort?: number;
}

/** A started emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** `http://127.0.0.1:FILEPORT`: the other origin that download URLs point to, as `*-my.sharepoint.com` in a tenant. */
  readonly fileHostUrl: string;
  /** The current store (a reset replaces it). */
  readonly store: EmulatorStore;
  close(): Promise<void>;
}

/** Name of the SQLite file inside the data directory. */
export const DATA_FILE = 'emulator.sqlite';

/** The repository root (this file lives in emulator/). */
const REPO_ROOT = resolve(__dirname, '..');

interface DataState {
  readonly store: EmulatorStore;
  readonly siteId: string;
  readonly sharePoint: GraphHandler;
  readonly messages: ChannelMessageStore;
  readonly appFolder: AppFolderStore;
  readonly shares: ShareStore;
  readonly activities: ActivityFeedStore;
}

/**
 * Starts the local Microsoft 365 emulator on 127.0.0.1: Graph at `/graph/v1.0`, the
 * control API at `/emulator`, the Teams host page at `/host` and the tab everywhere
 * else. Seeds the data directory on first start (or on `reset`). Answers only requests
 * that name it by a loopback name at its port (Host header), and its control API only
 * pages of its own origins.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const say = options.quiet === true ? () => undefined : (line: string) => console.log(line);
  const config = loadEmulatorConfig(join(REPO_ROOT, 'config', 'emulator.json'));
  const dataDir = resolve(options.dataDir ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const dataFile = join(dataDir, DATA_FILE);
  if (options.reset === true) deleteDataFile(dataFile);

  const secret = loadDevTokenSecret(dataDir);
  const tokens = createDevTokenIssuer(secret, Date.now, config.tenantId);
  const consent = new ConsentRegistry(config.consent);
  const teams = new TeamDirectory(config.team, config.tenantId, config.externalTeams, config.sharePoint.associatedGroups.members);
  const downloads = new DownloadUrlSigner(secret);
  const faults = new FaultInjector();
  const requestLog = new RequestLog();
  const staleETagStatus = () => faults.settings.staleETagStatus;
  let state = openDataState(dataFile, config, say, staleETagStatus);
  // The file host listens before Graph does: Graph's answers carry its origin.
  let filePort = 0;
  const fileHost = createServer((request, response) => {
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    // Its own loopback names only, as the main server (DNS rebinding); any Origin may read.
    if (!isOwnHost(request.headers.host, filePort)) refuseForeignHost(request, response, filePort);
    else handleFileHostRequest(request, response, { signer: downloads, appFolder: () => state.appFolder });
  });
  let fileHostUrl: string;
  try {
    filePort = await listen(fileHost, options.filePort ?? 0);
    fileHostUrl = `http://127.0.0.1:${filePort}`;
  } catch (error: unknown) {
    state.store.close();
    throw new Error(`The emulator's file host could not listen: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  const route = createGraphRouter({
    sharePoint: () => state.sharePoint,
    channelMessages: createChannelMessagesHandler(teams, () => state.messages),
    channelMembers: createChannelMembersHandler(teams, config.users, config.tenantId),
    users: createUsersHandler(config.users),
    activityNotifications: createActivityNotificationHandler(config.users, readDeclaredActivityTypes(join(REPO_ROOT, 'manifest', 'manifest.template.json')), () => state.activities),
    appFolder: createAppFolderHandler(() => state.appFolder, (userId, name) => downloads.urlFor(fileHostUrl, userId, name)),
    faults,
    isSiteAdministrator: (user, siteId) => {
      const site = state.store.tables.findSiteById(siteId);
      return site !== undefined && SiteSecurity.of(state.store.tables, site).isSiteCollectionAdmin(user.id);
    },
  });

  const reset = (): Promise<{ instruments: number }> => {
    state.store.close();
    deleteDataFile(dataFile);
    state = openDataState(dataFile, config, say, staleETagStatus);
    consent.restore();
    teams.restore();
    return Promise.resolve({ instruments: state.store.countItems(state.siteId, 'Instruments') });
  };

  const server = createServer();
  let port: number;
  let tab: TabServer;
  try {
    port = await listen(server, options.port ?? defaultPort());
    tab = await createTab(options.tab ?? { mode: 'vite' }, server);
  } catch (error: unknown) {
    // A taken port or a broken Vite config: release what was opened before saying so.
    server.close();
    fileHost.close();
    state.store.close();
    throw error;
  }

  const dispatch = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(`http://127.0.0.1${request.url ?? '/'}`);
    } catch {
      request.resume();
      sendJson(response, 400, { error: { code: 'BadRequest', message: 'Malformed request target.' } });
      return;
    }
    const baseUrl = requestBaseUrl(request, port);
    const { pathname } = url;
    if (pathname === GRAPH_ROOT || pathname.startsWith(`${GRAPH_ROOT}/`)) {
      await serveGraphRequest(request, response, url, {
        route,
        tokens,
        users: config.users,
        faults,
        requestLog,
        baseUrl,
      });
    } else if (pathname.startsWith(SHAREPOINT_REST_ROOT) && pathname.includes('/_api/')) {
      // Only `/_api/` paths: in Vite mode /sharepoint/ also serves the tab's own src/sharepoint/ modules.
      await serveSharePointRest(request, response, url, { store: state.store, tokens, tenantId: config.tenantId, users: config.users, faults, requestLog });
    } else if (pathname.startsWith('/emulator/')) {
      await serveControlRequest(request, response, url, port, (control) =>
        handleControlRequest(control, {
          config,
          tokens,
          consent,
          teams,
          faults,
          requestLog,
          store: () => state.store,
          siteId: () => state.siteId,
          messages: () => state.messages,
          shares: () => state.shares,
          activities: () => state.activities,
          reset,
          graphBaseUrl: `${baseUrl}${GRAPH_ROOT}`,
        }),
      );
    } else if (pathname.startsWith('/host')) {
      if (!(await handleTeamsHostRequest(request, response, url))) {
        sendJson(response, 404, { error: { code: 'itemNotFound', message: `No host page at ${pathname}.` } });
      }
    } else if (pathname.startsWith('/graph/beta')) {
      // Only v1.0 is emulated. Other /graph/ paths belong to the tab: in Vite mode the
      // tab's own source folder src/graph/ is served at /graph/.
      sendJson(response, 404, { error: { code: 'itemNotFound', message: 'Only /graph/v1.0 is emulated.' } });
    } else if (wantsFramelessTab(url, request.method)) {
      await serveFramelessTab(request, response, url, port);
    } else {
      tab.handle(request, response);
    }
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    // A client that resets mid-request emits 'error' on these streams; unheard, that would kill the process.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    if (!isOwnHost(request.headers.host, port)) {
      refuseForeignHost(request, response, port);
      return;
    }
    dispatch(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (options.quiet !== true) console.error(`emulator: ${request.method ?? '?'} ${request.url ?? '?'} failed: ${message}`);
      if (!response.headersSent) sendJson(response, 500, { error: { code: 'generalException', message } });
      else response.destroy();
    });
  });
  // Garbage on the wire (bad request lines, oversized headers) must not take the server down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  const url = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    fileHostUrl,
    get store() {
      return state.store;
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((done) => server.close(() => done()));
        const fileHostStopped = new Promise<void>((done) => fileHost.close(() => done()));
        server.closeAllConnections();
        fileHost.closeAllConnections();
        await tab.close();
        await stopped;
        await fileHostStopped;
        state.store.close();
      })();
      return closing;
    },
  };
}

function openDataState(dataFile: string, config: EmulatorConfig, say: (line: string) => void, staleETagStatus: () => 409 | 412): DataState {
  const store = openEmulatorStore(dataFile);
  let outcome: SeedOutcome;
  try {
    outcome = seedEmulator(store, config, join(REPO_ROOT, 'config', 'catalog', 'instruments.json'));
  } catch (error: unknown) {
    store.close();
    throw error;
  }
  for (const warning of outcome.warnings) say(`emulator seed: ${warning}`);
  if (outcome.seededNow) say(`emulator: seeded ${dataFile} with ${outcome.instruments} instruments`);
  return {
    store,
    siteId: outcome.siteId,
    sharePoint: createSharePointHandler(store, { staleETagStatus }),
    messages: new ChannelMessageStore(store.database),
    appFolder: new AppFolderStore(store.database),
    shares: new ShareStore(store.database),
    activities: new ActivityFeedStore(store.database),
  };
}

function deleteDataFile(dataFile: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${dataFile}${suffix}`, { force: true });
}

function defaultPort(): number {
  const fromEnv = Number(process.env.PORT ?? '');
  return Number.isInteger(fromEnv) && fromEnv > 0 && fromEnv < 65536 ? fromEnv : 4280;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

function createTab(serving: TabServing, server: Server): Promise<TabServer> {
  switch (serving.mode) {
    case 'vite':
      return createViteTabServer(REPO_ROOT, server);
    case 'static':
      return Promise.resolve(createStaticTabServer(serving.dir));
    case 'none':
      return Promise.resolve({
        handle: (_request, response) => sendJson(response, 404, { error: { code: 'itemNotFound', message: 'This emulator serves no tab.' } }),
        close: () => Promise.resolve(),
      });
  }
}

/** 403 to a request whose Host header is not one of the server's own names (DNS rebinding). */
function refuseForeignHost(request: IncomingMessage, response: ServerResponse, port: number): void {
  request.resume();
  sendJson(response, 403, { error: { code: 'hostNotAllowed', message: `This emulator answers only to 127.0.0.1:${port} and localhost:${port}.` } });
}

/**
 * Reads a control request's JSON body and writes the control API's answer. The control
 * API mints tokens and resets data, so it answers browsers on its own origins only (both
 * loopback names): a request whose `Origin` is any other page is refused before it is
 * handled, preflight or not (a form POST needs no preflight). No `Origin` is a tool or a
 * same-origin GET, and is allowed.
 */
async function serveControlRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  port: number,
  handle: (control: { method: string; path: string; query: URLSearchParams; body: unknown }) => Promise<{ status: number; body?: unknown }>,
): Promise<void> {
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, port)) {
    request.resume();
    sendJson(response, 403, { error: { code: 'originNotAllowed', message: `The control API answers only pages on 127.0.0.1:${port} and localhost:${port}, not ${origin}.` } }, { Vary: 'Origin' });
    return;
  }
  const cors: Record<string, string> = origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  const method = (request.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    request.resume();
    sendJson(response, 204, undefined, {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, POST, DELETE',
      'Access-Control-Allow-Headers': 'content-type',
    });
    return;
  }
  const read = await readRequestBody(request);
  if (!read.ok) {
    if (read.reason === 'tooLarge') sendJson(response, 413, { error: { code: 'requestTooLarge', message: 'Body over 4 MB.' } }, { ...cors, Connection: 'close' });
    return;
  }
  const body = parseJsonBody(read.bytes);
  if (!body.ok) {
    sendJson(response, 400, { error: { code: 'invalidJson', message: body.message } }, cors);
    return;
  }
  const answer = await handle({ method, path: url.pathname.slice('/emulator'.length), query: url.searchParams, body: body.value });
  sendJson(response, answer.status, answer.body, cors);
}
