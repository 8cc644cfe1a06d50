import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EmulatorUser } from '../graph/graphTypes';

const userSchema = z.object({
  id: z.string().uuid(),
  userPrincipalName: z.string().regex(/^[^@\s]+@[^@\s]+\.example$/, 'must be a fictional address on an .example domain'),
  displayName: z.string().min(1),
  mail: z.string().min(3),
  jobTitle: z.string().min(1),
  /** Entra ID's userType; a guest (`#EXT#` UPN) is `Guest`. */
  userType: z.enum(['Member', 'Guest']),
  /**
   * A guest's home-tenant UPN: what Teams gives as `loginHint`, while the UPN in this
   * tenant is the `#EXT#` form (teams-js: the context UPN "may be an externally-authenticated UPN").
   */
  loginHint: z.string().optional(),
});

const channelSchema = z.object({
  id: z.string().regex(/^19:[0-9a-z]+@thread\.tacv2$/, 'must look like a Teams channel id (19:...@thread.tacv2)'),
  displayName: z.string().min(1),
  /** Teams' channel kinds: everyone in the team, named members, or shared with people of other teams and tenants. */
  membershipType: z.enum(['standard', 'private', 'shared']).default('standard'),
  /** Channel moderation: only moderators (the team's owners) start new posts. */
  moderated: z.boolean().default(false),
  /** Who is in a private or shared channel (UPNs); a standard channel has the whole team. */
  members: z.array(z.string()).optional(),
});

const teamSchema = z.object({
  id: z.string().uuid(),
  displayName: z.string().min(1),
  /** The team's owners (UPNs): moderators of its moderated channels. */
  owners: z.array(z.string()).default([]),
  isArchived: z.boolean().default(false),
  channels: z.array(channelSchema).min(1),
});

const upnList = z.array(z.string().min(3)).default([]);

/**
 * Who is in which SharePoint group of the demo site (UPNs). In a Teams site the team's
 * owners are the site collection administrators and its members the site's Members
 * ("Overview of Teams and SharePoint integration"); the app's own groups (case team,
 * instrument editors, assessment coordinators) are named by their title.
 */
const sharePointSchema = z.object({
  $comment: z.string().optional(),
  siteCollectionAdmins: upnList,
  associatedGroups: z.object({ owners: upnList, members: upnList, visitors: upnList }),
  appGroups: z.record(z.string().min(1), z.array(z.string().min(3))).default({}),
});

const emulatorConfigSchema = z.object({
  tenantId: z.string().uuid(),
  site: z.object({
    hostname: z.string().min(1),
    path: z.string().startsWith('/'),
    displayName: z.string().min(1),
  }),
  team: teamSchema,
  /** Teams of peer institutions (other tenants) whose shared channels the demo users are members of. */
  externalTeams: z.array(teamSchema.extend({ tenantId: z.string().uuid() })).default([]),
  users: z.array(userSchema).min(1),
  sharePoint: sharePointSchema,
  /**
   * Which delegated scopes are consented, as Entra ID records it: for the whole
   * organisation (admin consent) and per user (user consent). A token asks only for
   * consented scopes; any other is refused with AADSTS65001.
   */
  consent: z.object({
    $comment: z.string().optional(),
    organisation: z.array(z.string().min(1)),
    users: z.record(z.string(), z.array(z.string().min(1))).default({}),
  }),
});

/** A team as config/emulator.json describes it. */
export type EmulatedTeamConfig = z.infer<typeof teamSchema>;
/** A channel as config/emulator.json describes it. */
export type EmulatedChannelConfig = z.infer<typeof channelSchema>;

/** The demo site's group memberships as config/emulator.json gives them. */
export type EmulatedSharePointConfig = z.infer<typeof sharePointSchema>;

/** A demo user with the profile fields Graph's user resource shows. */
export interface DemoUser extends EmulatorUser {
  readonly jobTitle: string;
  readonly loginHint?: string | undefined;
}

/** The emulator's world: tenant, the one SharePoint site, a demo team and the demo users. */
export interface EmulatorConfig {
  readonly tenantId: string;
  readonly site: { readonly hostname: string; readonly path: string; readonly displayName: string };
  readonly team: EmulatedTeamConfig;
  readonly externalTeams: readonly (EmulatedTeamConfig & { readonly tenantId: string })[];
  readonly users: readonly DemoUser[];
  readonly sharePoint: EmulatedSharePointConfig;
  readonly consent: { readonly organisation: readonly string[]; readonly users: Readonly<Record<string, readonly string[]>> };
}

/**
 * Reads and validates config/emulator.json. Throws an Error naming every wrong key, so
 * `npm start` stops with a readable message instead of serving a half-working world.
 */
export function loadEmulatorConfig(file: string): EmulatorConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error: unknown) {
    throw new Error(`Cannot read emulator config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = emulatorConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid emulator config ${file}:\n${problems.join('\n')}`);
  }
  const upns = new Set<string>();
  for (const user of parsed.data.users) {
    const key = user.userPrincipalName.toLowerCase();
    if (upns.has(key)) throw new Error(`Invalid emulator config ${file}: users: duplicate userPrincipalName ${user.userPrincipalName}`);
    upns.add(key);
  }
  const { siteCollectionAdmins, associatedGroups, appGroups } = parsed.data.sharePoint;
  const named = [...siteCollectionAdmins, ...Object.values(associatedGroups).flat(), ...Object.values(appGroups).flat()];
  const unknown = named.filter((upn) => !upns.has(upn.toLowerCase()));
  if (unknown.length > 0) throw new Error(`Invalid emulator config ${file}: sharePoint names users that are not in users: ${[...new Set(unknown)].join(', ')}`);
  return parsed.data;
}
