import { GraphError, graphErrorKindForStatus } from './GraphError';
import { isRetryableStatus, retryDelayMs } from './RetryPolicy';
import type { RetryPolicy, Sleep } from './RetryPolicy';
import type { FetchLike } from './middleware/FetchStep';

/** Hosts a pre-authenticated download URL may point to: SharePoint and OneDrive in any cloud, or the emulator's loopback file host. */
const DOWNLOAD_HOST = /(^|\.)sharepoint(-df)?\.(com|us|de|cn)$|(^|\.)sharepoint\.apis\.microsoft\.com$|^127\.0\.0\.1$|^localhost$/i;

/**
 * Reads a pre-authenticated download URL (`@microsoft.graph.downloadUrl`). Microsoft's
 * "Download driveItem content" page: a JavaScript app cannot follow `/content`'s 302
 * (the redirect is refused for a request that needed a CORS preflight), but the URL
 * itself needs no token and no preflight. So this is a plain GET without the
 * `Authorization` header and without cookies; it never goes through the bearer step.
 * The URL comes from Graph's answer, so its host is checked before anything is sent:
 * a token-less request still must not go to an arbitrary origin. Throttling and
 * dropped connections are retried by the same policy as Graph calls.
 */
export async function downloadPreauthenticated(url: string, fetchImpl: FetchLike, retry: { readonly policy: RetryPolicy; readonly sleep: Sleep; readonly random: () => number }): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GraphError({ kind: 'unknown', status: 0, code: 'invalidDownloadUrl', message: 'Graph returned a download URL that is not a URL.' });
  }
  if (!/^https?:$/.test(parsed.protocol) || !DOWNLOAD_HOST.test(parsed.hostname)) {
    throw new GraphError({ kind: 'unknown', status: 0, code: 'invalidDownloadUrl', message: `Refusing a download URL on ${parsed.host}: not a SharePoint or OneDrive host.` });
  }
  let waitedMs = 0;
  for (let attempt = 1; ; attempt += 1) {
    let response: Response | undefined;
    let failure: GraphError | undefined;
    try {
      response = await fetchImpl(parsed.href, { method: 'GET', credentials: 'omit', mode: 'cors', cache: 'no-store' });
    } catch (error: unknown) {
      failure = new GraphError({
        kind: 'network',
        status: 0,
        code: 'networkError',
        message: `Network failure reading a download URL: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
    if (response?.ok === true) return response.text();
    const retryable = failure !== undefined || (response !== undefined && isRetryableStatus(response.status, true));
    const delay = retryDelayMs(retry.policy, attempt, response?.headers.get('Retry-After'), retry.random);
    if (!retryable || attempt >= retry.policy.maxAttempts || waitedMs + delay > retry.policy.maxTotalDelayMs) {
      if (failure !== undefined) throw failure;
      const status = response?.status ?? 0;
      throw new GraphError({ kind: graphErrorKindForStatus(status), status, code: 'downloadFailed', message: `Reading a download URL failed with HTTP ${status}.` });
    }
    await response?.body?.cancel().catch(() => undefined);
    await retry.sleep(delay);
    waitedMs += delay;
  }
}
