import type { SiteAddress } from '../../src/graph';
import { CliError, EXIT_CODES } from './CliError';

// SharePoint Online hosts, including the sovereign clouds.
const SHAREPOINT_HOST = /^[a-z0-9-]+(-my)?\.sharepoint(\.com|\.us|\.cn|-mil\.us)$/i;

/**
 * Reads a SharePoint site URL as an admin copies it from the browser
 * (`https://contoso.sharepoint.com/sites/ivho/SitePages/Home.aspx` works too) into
 * the host and server-relative path Graph resolves with `GET /sites/{host}:/{path}`.
 * Anything else is a usage error (exit 2) saying what a site URL looks like.
 */
export function parseSiteUrl(input: string): SiteAddress {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw notASite(input, 'it is not a URL');
  }
  if (url.protocol !== 'https:') throw notASite(input, 'it must start with https://');
  if (!SHAREPOINT_HOST.test(url.hostname)) throw notASite(input, `${url.hostname} is not a SharePoint Online host (*.sharepoint.com)`);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const [collection, name] = segments;
  if (collection === undefined) return { siteHostname: url.hostname.toLowerCase(), sitePath: '/' };
  if ((collection.toLowerCase() !== 'sites' && collection.toLowerCase() !== 'teams') || name === undefined) {
    throw notASite(input, 'the path must be /sites/<name> or /teams/<name>');
  }
  return { siteHostname: url.hostname.toLowerCase(), sitePath: `/${collection.toLowerCase()}/${decodeURIComponent(name)}` };
}

/** The site URL again, for messages and fix commands. */
export function siteUrlOf(site: SiteAddress): string {
  return `https://${site.siteHostname}${site.sitePath === '/' ? '' : site.sitePath}`;
}

function notASite(input: string, reason: string): CliError {
  return new CliError(`"${input}" is not a SharePoint site URL: ${reason} (example: https://contoso.sharepoint.com/sites/ivho)`, EXIT_CODES.usage);
}
