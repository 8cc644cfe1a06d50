import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EmulatorUser } from '../graph/graphTypes';

const roleSchema = z.enum(['read', 'write']);

const userSchema = z.object({
  id: z.string().uuid(),
  userPrincipalName: z.string().regex(/^[^@\s]+@[^@\s]+\.example$/, 'must be a fictional address on an .example domain'),
  displayName: z.string().min(1),
  mail: z.string().min(3),
  jobTitle: z.string().min(1),
  roles: z.record(z.string(), roleSchema),
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
  return parsed.data;
}
