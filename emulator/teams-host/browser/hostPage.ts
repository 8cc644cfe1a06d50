/**
 * The emulator's Teams host page (browser code, served transpiled at /host/scripts/).
 * It frames the tab on the same origin and answers teams-js over postMessage the way
 * Teams does (see hostProtocol.ts), so the real tab code runs unchanged in tests.
 */
import {
  fetchActivities,
  fetchChannelFeed,
  fetchTenant,
  fetchUsers,
  recordShare,
  type ActivityFeedEntry,
  type ChannelFeedEntry,
  type EmulatorTenant,
} from './emulatorControlClient';
import { answerTo, notSupportedAnswer, readTabRequest, SDK_ERROR_CODES, themeChangeEvent, type HostAnswer, type TabRequest } from './hostProtocol';
import { FRAMELESS_CLIENT_PARAM, FRAMELESS_SCENE_PARAM } from './framelessParams';
import { tabOriginFor } from './tabOrigin';
import { HOST_CLIENT_PROFILES } from './hostClients';
import { initializeAnswerArgs } from './hostRuntime';
import { DEFAULT_ENTITY_ID, readHostScene, writeHostScene, type HostScene, type HostTheme } from './hostScene';
import { buildLegacyContext, EMULATOR_TEAMS_APP_ID, type HostIdentity } from './legacyContext';
import { pickHostChannel } from './pickHostChannel';
import { readDeepLink } from './readDeepLink';

/** What a settings page saved with `pages.config.setConfig`. */
interface TabInstanceSettings {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly suggestedDisplayName: string | undefined;
  readonly websiteUrl: string | undefined;
}

/** The host status line's states (`data-state` on `[data-testid=host-status]`). */
type HostStatusState = 'loading' | 'initialized' | 'loaded' | 'success' | 'failure' | 'expectedFailure' | 'saving' | 'info';

const FEED_REFRESH_MS = 5000;
const SAVE_TIMEOUT_MS = 30_000;

const LOG_LIMIT = 100;
/** The host page's own origin (its control API, its deep links). */
const ORIGIN = window.location.origin;
/** Where the tab is framed from: another origin, as in Teams (see tabOrigin.ts). */
const TAB_ORIGIN = tabOriginFor(window.location);
const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';
/** The manifest's `configurableTabs[0].configurationUrl`, on the tab's origin. */
const CONFIGURATION_URL = '/?setup=channel';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The host page has no #${id}`);
  return found;
}

const ui = {
  tabName: byId('tab-name', HTMLHeadingElement),
  client: byId('host-client', HTMLParagraphElement),
  channelView: byId('channel-view', HTMLElement),
  summary: byId('scene-summary', HTMLParagraphElement),
  status: byId('host-status', HTMLParagraphElement),
  frameSlot: byId('frame-slot', HTMLDivElement),
  settingsBar: byId('settings-bar', HTMLDivElement),
  tabActions: byId('tab-actions', HTMLDivElement),
  tabSettings: byId('tab-settings', HTMLButtonElement),
  cover: byId('host-cover', HTMLDivElement),
  coverText: byId('host-cover-text', HTMLParagraphElement),
  coverRetry: byId('host-cover-retry', HTMLButtonElement),
  saveButton: byId('settings-save', HTMLButtonElement),
  navPersonal: byId('nav-personal', HTMLAnchorElement),
  navChannel: byId('nav-channel', HTMLAnchorElement),
  channelTitle: byId('channel-view-title', HTMLHeadingElement),
  channelPicker: byId('channel-picker', HTMLSelectElement),
  channelRefresh: byId('channel-refresh', HTMLButtonElement),
  channelEmpty: byId('channel-empty', HTMLParagraphElement),
  channelFeed: byId('channel-feed', HTMLOListElement),
  activityEmpty: byId('activity-empty', HTMLParagraphElement),
  activityFeed: byId('activity-feed', HTMLOListElement),
  protocolLog: byId('protocol-log', HTMLOListElement),
  shareDialog: byId('share-dialog', HTMLDialogElement),
  linkDialog: byId('link-dialog', HTMLDialogElement),
  linkValue: byId('link-value', HTMLInputElement),
  shareContent: byId('share-content', HTMLUListElement),
  shareChannel: byId('share-channel', HTMLSelectElement),
  shareMessage: byId('share-message', HTMLTextAreaElement),
  themeButtons: Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')),
};

let scene: HostScene = readHostScene(new URLSearchParams(window.location.search));
let frame: HTMLIFrameElement | undefined;
let pendingSettings: TabInstanceSettings | undefined;
let saveTimer: number | undefined;
let loadTimer: number | undefined;
let shareInProgress = false;
let viewedChannelId: string | undefined;
const registeredHandlers = new Set<string>();

const tenantPromise: Promise<EmulatorTenant | undefined> = fetchTenant().catch((error: unknown) => {
  logLine(`! /emulator/config failed: ${describe(error)}`);
  return undefined;
});
const identityPromise: Promise<HostIdentity> = loadIdentity();

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadIdentity(): Promise<HostIdentity> {
  const tenant = await tenantPromise;
  const users = await fetchUsers().catch((error: unknown) => {
    logLine(`! /emulator/users failed: ${describe(error)}`);
    return [];
  });
  const wanted = scene.user.toLowerCase();
  const user = users.find((candidate) => candidate.userPrincipalName.toLowerCase() === wanted || candidate.loginHint?.toLowerCase() === wanted);
  if (user === undefined) logLine(`! ${scene.user} is not a demo user: tokens for it will be refused`);
  return {
    tenantId: tenant?.tenantId ?? UNKNOWN_ID,
    user: user ?? { id: UNKNOWN_ID, userPrincipalName: scene.user, displayName: scene.user },
    channel: pickHostChannel(tenant, scene.channel),
    sessionId: crypto.randomUUID(),
  };
}

function logLine(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  ui.protocolLog.append(item);
  while (ui.protocolLog.childElementCount > LOG_LIMIT) ui.protocolLog.firstElementChild?.remove();
}

function setStatus(state: HostStatusState, text: string): void {
  ui.status.dataset['state'] = state;
  ui.status.textContent = text;
}

// ---- scene and frame ------------------------------------------------------------

function sceneHref(changes: Partial<HostScene>): string {
  return `/host?${writeHostScene({ ...scene, ...changes })}`;
}

function renderChrome(): void {
  const profile = HOST_CLIENT_PROFILES[scene.client];
  document.body.dataset['theme'] = scene.theme;
  document.body.dataset['client'] = scene.client;
  ui.client.textContent = `Emulating: ${profile.label}`;
  document.title = `${profile.label} host (emulator)`;
  // Outlook and the Microsoft 365 app run personal tabs only; a SharePoint page hosts the configurable tab.
  ui.navPersonal.parentElement?.toggleAttribute('hidden', !profile.tabKinds.includes('personal'));
  ui.navChannel.parentElement?.toggleAttribute('hidden', !profile.tabKinds.includes('channel'));
  ui.channelView.hidden = profile.hostName !== 'Teams';
  for (const button of ui.themeButtons) {
    button.setAttribute('aria-pressed', String(button.dataset['themeChoice'] === scene.theme));
  }
  const home = { frame: 'content', subPageId: undefined, tabUrl: '/', entityId: 'instruments' } as const;
  ui.navPersonal.href = sceneHref({ ...home, tab: 'personal' });
  ui.navChannel.href = sceneHref({ ...home, tab: 'channel' });
  ui.navPersonal.toggleAttribute('aria-current', scene.tab === 'personal');
  ui.navChannel.toggleAttribute('aria-current', scene.tab === 'channel');
  if (scene.tab === 'personal') ui.navPersonal.setAttribute('aria-current', 'page');
  else ui.navChannel.setAttribute('aria-current', 'page');
  const settings = scene.frame === 'settings';
  ui.settingsBar.hidden = !settings;
  // A channel tab's menu has Settings, which opens the configuration page again (`canUpdateConfiguration`).
  ui.tabActions.hidden = settings || scene.tab !== 'channel' || !profile.frames.includes('settings');
  if (settings) ui.tabName.textContent = 'Set up the IV-HO tab';
  else if (ui.tabName.textContent === 'Set up the IV-HO tab' || ui.tabName.textContent === '') ui.tabName.textContent = 'IV-HO';
  const where = scene.client === 'sharepoint' ? 'SharePoint page' : scene.tab === 'personal' ? 'Personal app' : 'Channel tab';
  ui.summary.textContent = `${where} · ${scene.frame} frame · ${scene.locale} · signed in as ${scene.user}${
    scene.subPageId === undefined ? '' : ` · subPageId ${scene.subPageId}`
  }`;
}

/** Puts the scene in the address bar, so a reload shows the same thing. */
function rememberScene(): void {
  window.history.replaceState(null, '', `/host?${writeHostScene(scene)}`);
}

/** (Re)creates the tab's iframe: a fresh document, as when Teams opens a tab. On a phone there is no frame: the tab page itself is opened. */
function mountFrame(): void {
  if (HOST_CLIENT_PROFILES[scene.client].frameless) {
    const url = new URL(scene.tabUrl, TAB_ORIGIN);
    url.searchParams.set(FRAMELESS_CLIENT_PARAM, scene.client);
    url.searchParams.set(FRAMELESS_SCENE_PARAM, writeHostScene(scene));
    window.location.replace(url.href);
    return;
  }
  frame?.remove();
  const next = document.createElement('iframe');
  next.id = 'tab-frame';
  next.title = scene.frame === 'settings' ? 'IV-HO tab settings' : 'IV-HO tab';
  next.src = new URL(scene.tabUrl, TAB_ORIGIN).href;
  ui.frameSlot.append(next);
  frame = next;
  ui.saveButton.disabled = true;
  setStatus('loading', 'Waiting for the tab to initialise…');
  showCover('loading', 'Loading IV-HO…');
  window.clearTimeout(loadTimer);
  loadTimer = window.setTimeout(
    () => showCover('timeout', 'IV-HO took too long to load. (Teams shows this screen when an app does not report success within 30 seconds.)'),
    scene.loadTimeoutMs,
  );
}

/**
 * Teams covers a tab with its loading indicator until the tab reports success
 * (`showLoadingIndicator` in the manifest), and replaces it with its own screen after a
 * timeout or a reported failure: the tab's own pages are never seen then.
 */
function showCover(state: 'loading' | 'timeout' | 'failure', text: string): void {
  ui.cover.hidden = false;
  ui.cover.dataset['state'] = state;
  ui.coverText.textContent = text;
  ui.coverRetry.hidden = state === 'loading';
  if (state !== 'loading') window.clearTimeout(loadTimer);
}

function hideCover(): void {
  window.clearTimeout(loadTimer);
  ui.cover.hidden = true;
  ui.cover.dataset['state'] = 'hidden';
}

function openScene(changes: Partial<HostScene>): void {
  scene = { ...scene, ...changes };
  rememberScene();
  renderChrome();
  mountFrame();
}

function switchTheme(theme: HostTheme): void {
  scene = { ...scene, theme };
  rememberScene();
  renderChrome();
  const event = themeChangeEvent(theme);
  frame?.contentWindow?.postMessage(event, TAB_ORIGIN);
  logLine(`<- themeChange ${theme}`);
}

// ---- settings (pages.config) ----------------------------------------------------

function readInstanceSettings(value: unknown): TabInstanceSettings | string {
  if (typeof value !== 'object' || value === null) return 'setConfig needs an object';
  const record = value as Record<string, unknown>;
  const { entityId, contentUrl, suggestedDisplayName, websiteUrl } = record;
  if (typeof contentUrl !== 'string') return 'contentUrl is required';
  let url: URL;
  try {
    url = new URL(contentUrl, TAB_ORIGIN);
  } catch {
    return 'contentUrl is not a URL';
  }
  if (url.origin !== TAB_ORIGIN) return `contentUrl must be on ${TAB_ORIGIN} (the tab's validDomains)`;
  if (typeof entityId !== 'string' || entityId === '') return 'entityId is required';
  return {
    entityId,
    contentUrl: url.href,
    suggestedDisplayName: typeof suggestedDisplayName === 'string' ? suggestedDisplayName : undefined,
    websiteUrl: typeof websiteUrl === 'string' ? websiteUrl : undefined,
  };
}

function startSave(): void {
  if (frame?.contentWindow == null) return;
  ui.saveButton.disabled = true;
  setStatus('saving', 'Saving the tab configuration…');
  frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, TAB_ORIGIN);
  logLine('<- settings.save');
  window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => {
    setStatus('failure', 'The tab did not finish saving (no settings.save.success or failure).');
    ui.saveButton.disabled = false;
  }, SAVE_TIMEOUT_MS);
}

function finishSave(): void {
  window.clearTimeout(saveTimer);
  const saved = pendingSettings;
  if (saved === undefined) {
    setStatus('failure', 'The tab reported a successful save without calling pages.config.setConfig.');
    ui.saveButton.disabled = false;
    return;
  }
  const content = new URL(saved.contentUrl);
  ui.tabName.textContent = saved.suggestedDisplayName ?? 'IV-HO';
  openScene({ frame: 'content', entityId: saved.entityId, subPageId: undefined, savedTabUrl: undefined, tabUrl: `${content.pathname}${content.search}${content.hash}` });
  setStatus('info', `Saved: opening ${content.pathname}${content.search}`);
}

// ---- sharing --------------------------------------------------------------------

function sdkError(errorCode: number, message: string): { errorCode: number; message: string } {
  return { errorCode, message };
}

function fillChannelOptions(select: HTMLSelectElement, tenant: EmulatorTenant | undefined, selected: string | undefined): void {
  select.replaceChildren(
    ...(tenant?.channels ?? []).map((channel) => {
      const option = document.createElement('option');
      option.value = channel.id;
      option.textContent = `${tenant?.team.displayName ?? 'Team'} › ${channel.displayName}`;
      option.selected = channel.id === selected;
      return option;
    }),
  );
}

async function shareWebContent(request: TabRequest): Promise<HostAnswer> {
  const shareRequest = request.args[0];
  const content =
    typeof shareRequest === 'object' && shareRequest !== null ? (shareRequest as Record<string, unknown>)['content'] : undefined;
  const items = Array.isArray(content) ? (content as unknown[]) : [];
  const urls = items.flatMap((item) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return typeof record['url'] === 'string' ? [{ url: record['url'], message: typeof record['message'] === 'string' ? record['message'] : '' }] : [];
  });
  if (urls.length === 0) return answerTo(request, [sdkError(SDK_ERROR_CODES.invalidArguments, 'Shared content is missing')]);
  if (shareInProgress) return answerTo(request, [sdkError(SDK_ERROR_CODES.internalError, 'A share dialog is already open')]);
  shareInProgress = true;
  try {
    const [tenant, identity] = await Promise.all([tenantPromise, identityPromise]);
    ui.shareContent.replaceChildren(
      ...urls.map(({ url }) => {
        const item = document.createElement('li');
        item.textContent = url;
        return item;
      }),
    );
    fillChannelOptions(ui.shareChannel, tenant, viewedChannelId);
    ui.shareMessage.value = urls[0]?.message ?? '';
    ui.shareDialog.returnValue = '';
    const closed = new Promise<string>((resolve) => ui.shareDialog.addEventListener('close', () => resolve(ui.shareDialog.returnValue), { once: true }));
    ui.shareDialog.showModal();
    const choice = await closed;
    if (choice !== 'share') return answerTo(request, [sdkError(SDK_ERROR_CODES.userAbort, 'The user cancelled sharing.')]);
    const channel = tenant?.channels.find((candidate) => candidate.id === ui.shareChannel.value);
    await recordShare({
      content: items,
      message: ui.shareMessage.value,
      teamId: tenant?.team.id,
      channelId: channel?.id,
      channelName: channel?.displayName,
      sharedBy: identity.user.userPrincipalName,
      sharedByName: identity.user.displayName,
    });
    if (channel !== undefined) selectChannel(channel.id);
    setStatus('info', `Shared to ${channel?.displayName ?? 'the channel'}`);
    return answerTo(request, []);
  } catch (error: unknown) {
    return answerTo(request, [sdkError(SDK_ERROR_CODES.internalError, describe(error))]);
  } finally {
    shareInProgress = false;
  }
}

// ---- deep links -----------------------------------------------------------------

/** The deep link Teams shows for a place in the current tab (the format of "Deep link to an application"). */
function teamsDeepLink(current: HostScene, subPageId: string, label: string, channelId: string | undefined): string {
  const context = JSON.stringify({ subEntityId: subPageId, ...(current.tab === 'channel' && channelId !== undefined ? { channelId } : {}) });
  return `https://teams.microsoft.com/l/entity/${EMULATOR_TEAMS_APP_ID}/${encodeURIComponent(current.entityId)}?label=${encodeURIComponent(label)}&context=${encodeURIComponent(context)}`;
}

/** The manifest's static tabs: entity id -> content URL (path on the tab's origin). */
const STATIC_TABS: Readonly<Record<string, string>> = { instruments: '/?view=library', assessments: '/?view=assessments', incidents: '/?view=incidents' };

/**
 * Opens a deep link as Teams does: only for the installed app's id; a link with a channel
 * opens that channel's tab, one without a channel the personal tab with that entity id
 * (the tab's home when there is no sub-page). Anything else opens nothing.
 */
async function openDeepLink(link: unknown): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (typeof link !== 'string') return { ok: false, reason: 'executeDeepLink needs a URL string' };
  const target = readDeepLink(link, ORIGIN, EMULATOR_TEAMS_APP_ID);
  if (target.kind === 'external') {
    window.open(target.url, '_blank', 'noopener');
    return { ok: true };
  }
  if (target.kind === 'invalid') return { ok: false, reason: target.reason };
  const subPageId = target.kind === 'subPage' ? target.subPageId : undefined;
  if (target.channelId !== undefined) {
    const tenant = await tenantPromise;
    const kind = (['standard', 'private', 'moderated', 'shared'] as const).find((candidate) => pickHostChannel(tenant, candidate)?.channelId === target.channelId);
    if (kind === undefined) return { ok: false, reason: `no channel ${target.channelId} with this app's tab` };
    const sameTab = scene.tab === 'channel' && scene.entityId === target.entityId;
    openScene({ tab: 'channel', channel: kind, frame: 'content', subPageId, ...(target.entityId === undefined ? {} : { entityId: target.entityId }), tabUrl: sameTab ? scene.tabUrl : '/' });
    return { ok: true };
  }
  const entityId = target.entityId ?? DEFAULT_ENTITY_ID;
  const content = STATIC_TABS[entityId];
  if (content === undefined) return { ok: false, reason: `the app has no personal tab with entity id ${entityId} (a channel tab's link carries its channelId)` };
  openScene({ tab: 'personal', frame: 'content', entityId, subPageId, tabUrl: content });
  return { ok: true };
}

function subPageOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const subPageId = (params as Record<string, unknown>)['subPageId'];
  return typeof subPageId === 'string' && subPageId !== '' ? subPageId : undefined;
}

// ---- the protocol ---------------------------------------------------------------

/** Answers one request from the tab; `undefined` for one-way notifications. */
async function handleRequest(request: TabRequest): Promise<HostAnswer | undefined> {
  const { func, args } = request;
  if (HOST_CLIENT_PROFILES[scene.client].refusedCalls.includes(func)) return notSupportedAnswer(request);
  switch (func) {
    case 'initialize':
      if (scene.initDelayMs > 0) await new Promise((resolve) => window.setTimeout(resolve, scene.initDelayMs));
      setStatus('initialized', `Tab initialised (teams-js ${typeof args[0] === 'string' ? args[0] : 'unknown version'})`);
      return answerTo(request, initializeAnswerArgs(scene.frame, scene.client));
    case 'getContext': {
      const tenant = await tenantPromise;
      return answerTo(request, [buildLegacyContext(scene, await identityPromise, tenant?.site)]);
    }
    case 'appInitialization.appLoaded':
      setStatus('loaded', 'The app reported it has loaded.');
      return undefined;
    case 'appInitialization.success':
      setStatus('success', 'The app reported success.');
      hideCover();
      return undefined;
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure': {
      const [reason, message] = args;
      const state = func === 'appInitialization.failure' ? 'failure' : 'expectedFailure';
      setStatus(state, `The app reported ${state === 'failure' ? 'a failure' : 'an expected failure'}: ${String(reason)}${typeof message === 'string' && message !== '' ? ` (${message})` : ''}`);
      showCover('failure', 'Something went wrong with IV-HO. (Teams shows its own error screen after notifyFailure.)');
      return undefined;
    }
    case 'registerHandler':
      if (typeof args[0] === 'string') registeredHandlers.add(args[0]);
      return undefined;
    case 'settings.setValidityState':
      ui.saveButton.disabled = !(scene.frame === 'settings' && args[0] === true);
      return undefined;
    case 'settings.setSettings': {
      const settings = readInstanceSettings(args[0]);
      if (typeof settings === 'string') return answerTo(request, [false, settings]);
      pendingSettings = settings;
      return answerTo(request, [true]);
    }
    case 'settings.getSettings':
      // pages.getConfig(): the tab's saved configuration while it is being reconfigured, else what the page set so far.
      return answerTo(request, [
        pendingSettings ??
          (scene.savedTabUrl === undefined ? { entityId: '', contentUrl: '' } : { entityId: scene.entityId, contentUrl: new URL(scene.savedTabUrl, TAB_ORIGIN).href }),
      ]);
    case 'settings.save.success':
      finishSave();
      return undefined;
    case 'settings.save.failure':
      window.clearTimeout(saveTimer);
      ui.saveButton.disabled = false;
      setStatus('failure', `The tab could not save: ${typeof args[0] === 'string' ? args[0] : 'no reason given'}`);
      return undefined;
    case 'sharing.shareWebContent':
      return shareWebContent(request);
    case 'executeDeepLink':
    case 'pages.navigateToApp': {
      const result =
        func === 'executeDeepLink' ? await openDeepLink(args[0]) : (openScene({ frame: 'content', subPageId: subPageOf(args[0]) }), { ok: true } as const);
      return answerTo(request, result.ok ? [true] : [false, result.reason]);
    }
    case 'pages.currentApp.navigateTo':
      openScene({ frame: 'content', subPageId: subPageOf(args[0]) });
      return answerTo(request, []);
    case 'pages.currentApp.navigateToDefaultPage':
      openScene({ frame: 'content', subPageId: undefined });
      return answerTo(request, []);
    case 'shareDeepLink': {
      // Teams' own "Copy link" dialog: a deep link to this tab and the place inside it (teams-js pages.shareDeepLink).
      const [subPageId, label] = args;
      ui.linkValue.value = teamsDeepLink(scene, typeof subPageId === 'string' ? subPageId : '', typeof label === 'string' ? label : '', (await identityPromise).channel?.channelId);
      if (!ui.linkDialog.open) ui.linkDialog.showModal();
      ui.linkValue.select();
      setStatus('info', `Deep link offered: subPageId ${String(subPageId)}`);
      return undefined;
    }
    case 'returnFocus':
      (scene.tab === 'personal' ? ui.navPersonal : ui.navChannel).focus();
      return undefined;
    case 'setFrameContext':
    case 'readyToUnload':
    case 'settings.remove.success':
    case 'settings.remove.failure':
      return undefined;
    default:
      return notSupportedAnswer(request);
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the framed tab, on its own origin, speaks to the host.
  const source = frame?.contentWindow;
  if (event.origin !== TAB_ORIGIN || source == null || event.source !== source) return;
  const request = readTabRequest(event.data);
  if (request === undefined) return;
  logLine(`-> ${request.func}`);
  handleRequest(request)
    .catch((error: unknown) => answerTo(request, [sdkError(SDK_ERROR_CODES.internalError, describe(error))]))
    .then((answer) => {
      if (answer === undefined) return;
      // Answer the window that asked, even if the frame has been replaced since.
      source.postMessage(answer, { targetOrigin: TAB_ORIGIN });
      logLine(`<- ${request.func} answered`);
    })
    .catch((error: unknown) => logLine(`! answering ${request.func} failed: ${describe(error)}`));
});

// ---- channel view ---------------------------------------------------------------

function renderFeed(entries: readonly ChannelFeedEntry[]): void {
  ui.channelEmpty.hidden = entries.length > 0;
  ui.channelFeed.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const article = document.createElement('article');
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = `${entry.author} · ${entry.kind === 'share' ? 'shared' : 'posted'} · ${entry.when.replace('T', ' ').slice(0, 16)}`;
      article.append(meta);
      if (entry.text !== '') {
        const text = document.createElement('p');
        text.textContent = entry.text;
        article.append(text);
      }
      for (const card of entry.cards) {
        const block = document.createElement('div');
        block.className = 'card';
        block.textContent = card;
        article.append(block);
      }
      for (const link of entry.links) {
        const anchor = document.createElement('a');
        anchor.href = link;
        anchor.textContent = link;
        anchor.target = '_blank';
        anchor.rel = 'noopener noreferrer';
        article.append(anchor);
      }
      item.append(article);
      return item;
    }),
  );
}

/** The signed-in user's activity feed, as Teams' Activity pane: each entry opens its deep link in this host. */
function renderActivities(entries: readonly ActivityFeedEntry[]): void {
  ui.activityEmpty.hidden = entries.length > 0;
  ui.activityFeed.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const article = document.createElement('article');
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = `${entry.sender} · ${entry.when.replace('T', ' ').slice(0, 16)}`;
      const reason = document.createElement('p');
      reason.textContent = entry.reason;
      const topic = document.createElement('p');
      topic.className = 'card';
      topic.textContent = entry.preview === '' ? entry.topic : `${entry.topic}\n${entry.preview}`;
      article.append(meta, reason, topic);
      const link = entry.link;
      if (link !== undefined) {
        const open = document.createElement('button');
        open.type = 'button';
        open.textContent = 'Open';
        open.setAttribute('aria-label', `Open: ${entry.topic}`);
        open.addEventListener('click', () => {
          void openDeepLink(link).then((result) => {
            if (!result.ok) logLine(`! activity: ${result.reason}`);
          });
        });
        article.append(open);
      }
      item.append(article);
      return item;
    }),
  );
}

async function refreshActivities(): Promise<void> {
  try {
    renderActivities(await fetchActivities((await identityPromise).user.userPrincipalName));
  } catch (error: unknown) {
    logLine(`! activity feed: ${describe(error)}`);
  }
}

async function refreshFeed(): Promise<void> {
  void refreshActivities();
  const tenant = await tenantPromise;
  if (tenant === undefined || viewedChannelId === undefined) return;
  try {
    renderFeed(await fetchChannelFeed(tenant.team.id, viewedChannelId));
  } catch (error: unknown) {
    logLine(`! channel view: ${describe(error)}`);
  }
}

function selectChannel(channelId: string): void {
  viewedChannelId = channelId;
  ui.channelPicker.value = channelId;
  void tenantPromise.then((tenant) => {
    const channel = tenant?.channels.find((candidate) => candidate.id === channelId);
    ui.channelTitle.textContent = channel === undefined ? 'Channel' : `${tenant?.team.displayName ?? 'Team'} › ${channel.displayName}`;
  });
  void refreshFeed();
}

async function startChannelView(): Promise<void> {
  const tenant = await tenantPromise;
  const first = tenant?.channels[0];
  fillChannelOptions(ui.channelPicker, tenant, first?.id);
  if (first !== undefined) selectChannel(first.id);
  window.setInterval(() => {
    if (document.visibilityState === 'visible') void refreshFeed();
  }, FEED_REFRESH_MS);
}

// ---- start ----------------------------------------------------------------------

for (const button of ui.themeButtons) {
  button.addEventListener('click', () => {
    const choice = button.dataset['themeChoice'];
    if (choice === 'default' || choice === 'dark' || choice === 'contrast') switchTheme(choice);
  });
}
ui.saveButton.addEventListener('click', startSave);
ui.coverRetry.addEventListener('click', () => mountFrame());
ui.tabSettings.addEventListener('click', () => {
  // Teams loads the configurationUrl from the manifest (not the contentUrl) and lets pages.getConfig() tell the saved choice.
  pendingSettings = undefined;
  openScene({ frame: 'settings', savedTabUrl: scene.tabUrl, tabUrl: CONFIGURATION_URL, subPageId: undefined });
});
ui.channelRefresh.addEventListener('click', () => void refreshFeed());
ui.channelPicker.addEventListener('change', () => selectChannel(ui.channelPicker.value));

rememberScene();
renderChrome();
mountFrame();
void startChannelView();
