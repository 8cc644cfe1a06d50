/**
 * The host page's calls to the emulator's control API (`/emulator/...`, same origin).
 * Responses are checked field by field: the page must keep working when one is odd.
 */

/** A team channel from `/emulator/config`. */
export interface EmulatorChannel {
  readonly id: string;
  readonly displayName: string;
  readonly membershipType: 'standard' | 'private' | 'shared';
  readonly moderated: boolean;
}

/** A team from `/emulator/config`: the demo tenant's own, or a peer institution's. */
export interface EmulatorTeam {
  readonly id: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly isArchived: boolean;
  readonly channels: readonly EmulatorChannel[];
}

/** The demo tenant as `GET /emulator/config` describes it. */
export interface EmulatorTenant {
  readonly tenantId: string;
  /** The SharePoint site (`https://host/path`) and its title, for a SharePoint page hosting the tab. */
  readonly site: { readonly webUrl: string; readonly displayName: string };
  readonly team: { readonly id: string; readonly displayName: string };
  readonly channels: readonly EmulatorChannel[];
  /** Every team with its channels, own first; peers' teams own shared channels. */
  readonly teams: readonly EmulatorTeam[];
}

/** A demo user from `GET /emulator/users`. */
export interface EmulatorUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** A guest's home-tenant UPN (Teams' `loginHint`). */
  readonly loginHint?: string;
}

/** One entry of the channel view: a posted message or a recorded share. */
export interface ChannelFeedEntry {
  readonly id: string;
  readonly kind: 'message' | 'share';
  readonly author: string;
  readonly when: string;
  /** Plain text (HTML bodies are reduced to their text). */
  readonly text: string;
  /** Texts of Adaptive Card attachments. */
  readonly cards: readonly string[];
  /** Links carried by a share. */
  readonly links: readonly string[];
}

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as unknown;
}

/** `GET /emulator/config`: tenant, team and channels. */
export async function fetchTenant(): Promise<EmulatorTenant> {
  const body = asRecord(await getJson('/emulator/config')) ?? {};
  const team = asRecord(body['team']) ?? {};
  // Channels may sit beside the team or inside it.
  const rawChannels = body['channels'] ?? team['channels'];
  const channels = asArray(rawChannels).flatMap(readChannel);
  const tenantId = asString(body['tenantId']) ?? '00000000-0000-0000-0000-000000000000';
  const teams = [team, ...asArray(body['externalTeams']).map((raw) => asRecord(raw) ?? {})].map((raw) => ({
    id: asString(raw['id']) ?? '',
    displayName: asString(raw['displayName']) ?? 'Team',
    tenantId: asString(raw['tenantId']) ?? tenantId,
    isArchived: raw['isArchived'] === true,
    channels: asArray(raw['channels']).flatMap(readChannel),
  }));
  const site = asRecord(body['site']) ?? {};
  return {
    tenantId,
    teams,
    site: { webUrl: `https://${asString(site['hostname']) ?? 'contoso.sharepoint.com'}${asString(site['path']) ?? ''}`, displayName: asString(site['displayName']) ?? '' },
    team: { id: asString(team['id']) ?? '', displayName: asString(team['displayName']) ?? 'Team' },
    channels,
  };
}

function readChannel(raw: unknown): EmulatorChannel[] {
  const channel = asRecord(raw);
  const id = asString(channel?.['id']);
  if (id === undefined) return [];
  const membership = asString(channel?.['membershipType']);
  return [
    {
      id,
      displayName: asString(channel?.['displayName']) ?? id,
      membershipType: membership === 'private' || membership === 'shared' ? membership : 'standard',
      moderated: channel?.['moderated'] === true,
    },
  ];
}

/** `GET /emulator/users`: the demo users. */
export async function fetchUsers(): Promise<EmulatorUser[]> {
  const body = asRecord(await getJson('/emulator/users'));
  return asArray(body?.['value']).flatMap((raw) => {
    const user = asRecord(raw);
    const id = asString(user?.['id']);
    const upn = asString(user?.['userPrincipalName']);
    if (id === undefined || upn === undefined) return [];
    const loginHint = asString(user?.['loginHint']);
    return [{ id, userPrincipalName: upn, displayName: asString(user?.['displayName']) ?? upn, ...(loginHint === undefined ? {} : { loginHint }) }];
  });
}

/** `POST /emulator/shares`: records what the user shared through the share dialog. */
export async function recordShare(share: Json): Promise<void> {
  const response = await fetch('/emulator/shares', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(share),
  });
  if (!response.ok) throw new Error(`Recording the share failed (${response.status})`);
}

function textOfHtml(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

/**
 * Card text as Teams shows it, as far as this plain view goes: Commonmark's backslash
 * escapes (`\*`, `\[`) show as the character, the way the app keeps user text literal.
 */
function shownCardText(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The texts of an Adaptive Card's TextBlocks, depth first. */
function cardTexts(node: unknown, into: string[]): string[] {
  const record = asRecord(node);
  if (record === undefined) {
    for (const child of asArray(node)) cardTexts(child, into);
    return into;
  }
  const text = asString(record['text']);
  if (record['type'] === 'TextBlock' && text !== undefined) into.push(shownCardText(text));
  for (const key of ['body', 'items', 'columns', 'facts']) cardTexts(record[key], into);
  if (record['type'] === 'Fact') into.push(`${shownCardText(asString(record['title']) ?? '')}: ${shownCardText(asString(record['value']) ?? '')}`);
  return into;
}

function messageEntry(raw: unknown): ChannelFeedEntry[] {
  const message = asRecord(raw);
  const id = asString(message?.['id']);
  if (message === undefined || id === undefined) return [];
  const body = asRecord(message['body']);
  const content = asString(body?.['content']) ?? '';
  const user = asRecord(asRecord(message['from'])?.['user']);
  const cards = asArray(message['attachments']).flatMap((attachment) => {
    const record = asRecord(attachment);
    const rawCard = asString(record?.['content']);
    if (record?.['contentType'] !== 'application/vnd.microsoft.card.adaptive' || rawCard === undefined) return [];
    try {
      return [cardTexts(JSON.parse(rawCard) as unknown, []).join('\n')];
    } catch {
      return ['(an Adaptive Card that is not valid JSON)'];
    }
  });
  return [
    {
      id: `message-${id}`,
      kind: 'message',
      author: asString(user?.['displayName']) ?? 'Unknown',
      when: asString(message['createdDateTime']) ?? '',
      text: body?.['contentType'] === 'html' ? textOfHtml(content) : content,
      cards,
      links: [],
    },
  ];
}

function shareEntry(raw: unknown, channelId: string): ChannelFeedEntry[] {
  const recorded = asRecord(raw);
  const share = asRecord(recorded?.['share']);
  if (recorded === undefined || share === undefined || share['channelId'] !== channelId) return [];
  const content = asArray(share['content']).map(asRecord);
  return [
    {
      id: `share-${String(recorded['id'])}`,
      kind: 'share',
      author: asString(share['sharedByName']) ?? asString(share['sharedBy']) ?? 'Unknown',
      when: asString(recorded['recordedDateTime']) ?? '',
      text: asString(share['message']) ?? '',
      cards: [],
      links: content.flatMap((item) => {
        const url = asString(item?.['url']);
        return url === undefined ? [] : [url];
      }),
    },
  ];
}

/** Messages posted to the channel through Graph and shares recorded for it, oldest first. */
export async function fetchChannelFeed(teamId: string, channelId: string): Promise<ChannelFeedEntry[]> {
  const query = new URLSearchParams({ teamId, channelId });
  const [messages, shares] = await Promise.all([getJson(`/emulator/messages?${query.toString()}`), getJson('/emulator/shares')]);
  const entries = [
    ...asArray(asRecord(messages)?.['value']).flatMap(messageEntry),
    ...asArray(asRecord(shares)?.['value']).flatMap((raw) => shareEntry(raw, channelId)),
  ];
  return entries.sort((a, b) => a.when.localeCompare(b.when));
}

/** One notification in the signed-in user's activity feed, as the host page lists it. */
export interface ActivityFeedEntry {
  readonly id: string;
  readonly sender: string;
  readonly when: string;
  /** The reason line (the type's template filled in). */
  readonly reason: string;
  readonly topic: string;
  readonly preview: string;
  /** The deep link it opens, when it has one. */
  readonly link: string | undefined;
}

/** `GET /emulator/activities?user=`: what Graph delivered to one user's activity feed, newest first. */
export async function fetchActivities(userPrincipalName: string): Promise<ActivityFeedEntry[]> {
  const answer = await getJson(`/emulator/activities?user=${encodeURIComponent(userPrincipalName)}`);
  return asArray(asRecord(answer)?.['value'])
    .flatMap((raw) => {
      const activity = asRecord(raw);
      const id = asString(activity?.['id']);
      if (id === undefined) return [];
      const topic = asRecord(activity?.['topic']);
      return [
        {
          id,
          sender: asString(asRecord(activity?.['sender'])?.['displayName']) ?? 'Unknown',
          when: asString(activity?.['sentDateTime']) ?? '',
          reason: asString(activity?.['reason']) ?? '',
          topic: asString(topic?.['value']) ?? '',
          preview: asString(activity?.['previewText']) ?? '',
          link: asString(topic?.['webUrl']),
        },
      ];
    })
    .reverse();
}
