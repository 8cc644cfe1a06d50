import { DEFAULT_RETRY_POLICY } from './RetryPolicy';
import { downloadPreauthenticated } from './downloadPreauthenticated';

const retry = { policy: DEFAULT_RETRY_POLICY, sleep: () => Promise.resolve(), random: () => 0.5 };

function recording(responses: Array<Response | Error>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init });
    const next = responses.shift() ?? new Response('', { status: 500 });
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { calls, fetchImpl };
}

describe('downloadPreauthenticated', () => {
  it('reads the URL with a plain GET: no Authorization header, no cookies', async () => {
    const { calls, fetchImpl } = recording([new Response('{"a":1}', { status: 200 })]);
    await expect(downloadPreauthenticated('https://contoso-my.sharepoint.com/personal/x/_layouts/15/download.aspx?tempauth=abc', fetchImpl, retry)).resolves.toBe('{"a":1}');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init).toEqual({ method: 'GET', credentials: 'omit', mode: 'cors', cache: 'no-store' });
  });

  it('retries throttling and dropped connections, then gives the text', async () => {
    const { calls, fetchImpl } = recording([new Response('', { status: 429 }), new TypeError('Failed to fetch'), new Response('ok', { status: 200 })]);
    await expect(downloadPreauthenticated('https://contoso-my.sharepoint.com/d', fetchImpl, retry)).resolves.toBe('ok');
    expect(calls).toHaveLength(3);
  });

  it('fails as a GraphError with the status of the refusal', async () => {
    const { fetchImpl } = recording([new Response('', { status: 404 })]);
    await expect(downloadPreauthenticated('https://contoso-my.sharepoint.com/d', fetchImpl, retry)).rejects.toMatchObject({ isGraphError: true, kind: 'notFound', status: 404 });
  });

  it('sends nothing to a host that is not SharePoint or OneDrive', async () => {
    const { calls, fetchImpl } = recording([new Response('x', { status: 200 })]);
    for (const url of ['https://evil.example/download', 'https://sharepoint.com.evil.example/d', 'javascript:alert(1)', 'not a url']) {
      await expect(downloadPreauthenticated(url, fetchImpl, retry)).rejects.toMatchObject({ isGraphError: true, code: 'invalidDownloadUrl' });
    }
    expect(calls).toEqual([]);
  });
});
