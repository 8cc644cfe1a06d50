import { chainIdFor, createActivityNotifier } from './createActivityNotifier';
import { createGraphClient } from './createGraphClient';
import { graphErrorResponse, recordingFetch } from './testing/recordingFetch';
import type { FakeGraphHandler } from './testing/recordingFetch';

function setup(handler: FakeGraphHandler) {
  const { fetch, requests } = recordingFetch(handler);
  const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', tokenSource: { getAccessToken: () => Promise.resolve('t') }, fetch, sleep: () => Promise.resolve() });
  return { notifier: createActivityNotifier(graph), requests };
}

const notice = {
  activityType: 'actionAssigned',
  templateParameters: { actionTitle: 'Pallets verplaatsen' },
  topic: 'Nooduitgang geblokkeerd',
  deepLink: 'https://teams.microsoft.com/l/entity/app/incidents?context=%7B%7D',
  previewText: 'Pallets verplaatsen',
  chainId: 7,
};

describe('createActivityNotifier', () => {
  it('posts a text topic with the deep link, the template parameters as pairs and the chain id, to the user by name', async () => {
    const { notifier, requests } = setup(() => new Response(null, { status: 204 }));
    await notifier.notify("o'brien@contoso.example", notice);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(new URL(requests[0]?.url ?? '').pathname).toBe("/v1.0/users/o'brien%40contoso.example/teamwork/sendActivityNotification");
    expect(JSON.parse(String(requests[0]?.body))).toEqual({
      topic: { source: 'text', value: 'Nooduitgang geblokkeerd', webUrl: notice.deepLink },
      activityType: 'actionAssigned',
      previewText: { content: 'Pallets verplaatsen' },
      templateParameters: [{ name: 'actionTitle', value: 'Pallets verplaatsen' }],
      chainId: 7,
    });
  });

  it('retries a throttled send (the chain id makes a repeat replace, not add) and reports a refusal as a GraphError', async () => {
    let calls = 0;
    const { notifier } = setup(() => (calls++ === 0 ? graphErrorResponse(429, 'TooManyRequests', 'slow down', { 'Retry-After': '0' }) : new Response(null, { status: 204 })));
    await notifier.notify('staff@contoso.example', notice);
    expect(calls).toBe(2);
    const refused = setup(() => graphErrorResponse(403, 'Forbidden', 'Missing scope TeamsActivity.Send'));
    await expect(refused.notifier.notify('staff@contoso.example', notice)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('chainIdFor', () => {
  it('gives every device the same positive number for the same news, and different news different numbers', () => {
    expect(chainIdFor('action:a1')).toBe(chainIdFor('action:a1'));
    expect(chainIdFor('action:a1')).not.toBe(chainIdFor('action:a2'));
    const ids = Array.from({ length: 1000 }, (_, index) => chainIdFor(`action:${index}`));
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => Number.isInteger(id) && id > 0 && id <= 0xffffffff)).toBe(true);
  });
});
