import { createGraphClient } from '../../src/graph';
import type { GraphClient, RetryPolicy, SiteAddress, TokenSource } from '../../src/graph';
import { CliError, EXIT_CODES } from './CliError';
import { createCliTokenSource, GRANT_SCOPES, PROVISIONING_SCOPES, sharePointScopes } from './createCliTokenSource';
import { createSharePointRest } from './protection/createSharePointRest';
import type { SharePointRest } from './protection/createSharePointRest';
import type { SignInMethod } from './createCliTokenSource';
import type { ParsedArguments } from './parseCliArguments';
import { flagValue, hasFlag } from './parseCliArguments';
import { parseSiteUrl, siteUrlOf } from './parseSiteUrl';

/** The local emulator's default address (`npm start`). */
export const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:4280';
/** The emulator user the CLIs act as unless `--user` says otherwise: the demo site owner. */
export const DEFAULT_EMULATOR_USER = 'coordinator@contoso.example';

/** Flags every admin CLI understands for reaching Graph. */
export const CONNECTION_FLAGS = {
  site: 'value',
  emulator: 'optionalValue',
  user: 'value',
  'client-id': 'value',
  tenant: 'value',
} as const;

/** A signed-in Graph root and the site to work on. */
export interface GraphConnection {
  readonly graph: GraphClient;
  readonly site: SiteAddress;
  /** The site URL as the admin gave it, for messages and fix commands. */
  readonly siteUrl: string;
  /** `--emulator[ URL]` as it should be repeated in a fix command, or ''. */
  readonly emulatorFlag: string;
  /** The site's SharePoint REST API with its own token (permissions: what Graph cannot set). */
  readonly sharePoint: SharePointRest;
  /** The token source of {@link sharePoint}, to read the tenant id from. */
  readonly sharePointTokens: TokenSource;
}

/** Environment and overrides the connection reads. */
export interface ConnectionContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly say: (line: string) => void;
  /** Retry settings (tests shorten waits). */
  readonly retry?: Partial<RetryPolicy>;
  /** Ask for the scope `--grant-app` needs as well. */
  readonly needsGrantScope?: boolean;
}

/**
 * Reads `--site`, `--emulator [URL]`, `--user`, `--client-id`, `--tenant` and the
 * environment (`IVHO_GRAPH_TOKEN`, `IVHO_PROVISION_CLIENT_ID`, `IVHO_TENANT_ID`) into a Graph
 * root with a token source. With `--emulator` and no `--site`, the emulator's demo site.
 */
export async function openGraphConnection(args: ParsedArguments, command: string, context: ConnectionContext): Promise<GraphConnection> {
  const emulator = hasFlag(args, 'emulator') ? (flagValue(args, 'emulator') ?? DEFAULT_EMULATOR_URL).replace(/\/+$/, '') : undefined;
  let siteInput = flagValue(args, 'site');
  if (siteInput === undefined && emulator !== undefined) siteInput = await emulatorDemoSite(emulator);
  if (siteInput === undefined) {
    throw new CliError(`${command}: --site <site URL> is required (example: --site https://contoso.sharepoint.com/sites/ivho)`, EXIT_CODES.usage);
  }
  const site = parseSiteUrl(siteInput);
  const method = signInMethod(args, command, context, emulator);
  const graph = createGraphClient({
    baseUrl: emulator === undefined ? 'https://graph.microsoft.com/v1.0' : `${emulator}/graph/v1.0`,
    tokenSource: createCliTokenSource(method, context.say),
    ...(context.retry === undefined ? {} : { retry: context.retry }),
  });
  const emulatorFlag = emulator === undefined ? '' : emulator === DEFAULT_EMULATOR_URL ? ' --emulator' : ` --emulator ${emulator}`;
  const sharePointTokens = sharePointTokenSource(method, site.siteHostname, context);
  const restRoot = `${emulator === undefined ? 'https:/' : `${emulator}/sharepoint`}/${site.siteHostname}${site.sitePath === '/' ? '' : site.sitePath}/_api`;
  return { graph, site, siteUrl: siteUrlOf(site), emulatorFlag, sharePoint: createSharePointRest(restRoot, sharePointTokens), sharePointTokens };
}

/** The same sign-in for SharePoint's resource; a given Graph token needs a given SharePoint token beside it. */
function sharePointTokenSource(method: SignInMethod, hostname: string, context: ConnectionContext): TokenSource {
  const given = context.env['IVHO_SHAREPOINT_TOKEN'];
  if (given !== undefined && given.trim() !== '') return createCliTokenSource({ kind: 'token', token: given.trim() }, context.say);
  if (method.kind === 'token') {
    const refuse = () => Promise.reject(new CliError('Setting permissions needs a token for SharePoint as well: set IVHO_SHAREPOINT_TOKEN (scope https://<tenant>.sharepoint.com/AllSites.FullControl) beside IVHO_GRAPH_TOKEN.', EXIT_CODES.usage));
    return { getAccessToken: refuse };
  }
  return createCliTokenSource({ ...method, scopes: sharePointScopes(hostname) }, context.say);
}

function signInMethod(args: ParsedArguments, command: string, context: ConnectionContext, emulator: string | undefined): SignInMethod {
  if (emulator === undefined && hasFlag(args, 'user')) throw new CliError(`${command}: --user only works with --emulator`, EXIT_CODES.usage);
  // A given token wins, also against the emulator (to try a token with other scopes or an expired one).
  const token = context.env['IVHO_GRAPH_TOKEN'];
  if (token !== undefined && token.trim() !== '') return { kind: 'token', token: token.trim() };
  const scopes = context.needsGrantScope === true ? [...PROVISIONING_SCOPES, ...GRANT_SCOPES] : [...PROVISIONING_SCOPES];
  if (emulator !== undefined) return { kind: 'emulator', emulatorUrl: emulator, user: flagValue(args, 'user') ?? DEFAULT_EMULATOR_USER, scopes };
  const clientId = flagValue(args, 'client-id') ?? context.env['IVHO_PROVISION_CLIENT_ID'];
  const tenant = flagValue(args, 'tenant') ?? context.env['IVHO_TENANT_ID'];
  if (clientId === undefined || tenant === undefined) {
    throw new CliError(
      `${command}: no way to sign in: pass --client-id <app id> --tenant <tenant id or domain> (or set IVHO_PROVISION_CLIENT_ID and IVHO_TENANT_ID) for a device code sign-in, or set IVHO_GRAPH_TOKEN`,
      EXIT_CODES.usage,
    );
  }
  return { kind: 'deviceCode', clientId, tenant, scopes };
}

async function emulatorDemoSite(emulator: string): Promise<string> {
  try {
    const response = await fetch(`${emulator}/emulator/config`);
    const body = (await response.json()) as { site?: { hostname?: unknown; path?: unknown } };
    if (typeof body.site?.hostname === 'string' && typeof body.site.path === 'string') return `https://${body.site.hostname}${body.site.path}`;
  } catch (error: unknown) {
    throw new CliError(
      `Cannot reach the emulator at ${emulator} (${error instanceof Error ? error.message : String(error)}): start it with npm start, or pass its URL after --emulator.`,
      EXIT_CODES.failure,
    );
  }
  throw new CliError(`The emulator at ${emulator} did not say which site it holds; pass --site.`, EXIT_CODES.usage);
}
