import Database from 'better-sqlite3';
import type { DemoUser } from '../../config/loadEmulatorConfig';
import { WRITER } from '../sharepoint/sharePointTestBed';
import { ActivityFeedStore } from './ActivityFeedStore';
import { createActivityNotificationHandler } from './createActivityNotificationHandler';

const owner = { id: 'owner-id', userPrincipalName: 'owner@contoso.example', displayName: 'Owner', mail: 'owner@contoso.example', jobTitle: '', userType: 'Member' } as DemoUser;

function handlerWith(declared: ReadonlyArray<{ type: string; templateText: string }>) {
  const store = new ActivityFeedStore(new Database(':memory:'));
  const handler = createActivityNotificationHandler([owner], declared, () => store, () => Date.parse('2026-12-07T10:00:00Z'));
  const send = (body: unknown) =>
    handler({ method: 'POST', path: '/users/owner@contoso.example/teamwork/sendActivityNotification', query: new URLSearchParams(), headers: {}, body, caller: { user: WRITER, scopes: ['TeamsActivity.Send'] } });
  return { store, send };
}

const topic = { source: 'text', value: 'Slagboom defect', webUrl: 'https://teams.microsoft.com/l/entity/app/incidents' };

describe('the emulated sendActivityNotification', () => {
  it('accepts a type the manifest declares when every template parameter is given, and refuses it when one is missing', async () => {
    const { store, send } = handlerWith([{ type: 'actionAssigned', templateText: '{actor} assigned you an action: {actionTitle}' }]);
    const missing = await send({ topic, activityType: 'actionAssigned', previewText: { content: 'p' }, templateParameters: [] });
    expect(missing.status).toBe(400);
    const sent = await send({ topic, activityType: 'actionAssigned', previewText: { content: 'p' }, templateParameters: [{ name: 'actionTitle', value: 'Slot vervangen' }], chainId: 7 });
    expect(sent.status).toBe(204);
    expect(store.list('OWNER@contoso.example')).toEqual([
      expect.objectContaining({ activityType: 'actionAssigned', templateParameters: { actionTitle: 'Slot vervangen' }, chainId: 7, sentDateTime: '2026-12-07T10:00:00.000Z' }),
    ]);
  });

  it('refuses every type but systemDefault when the manifest declares none', async () => {
    const { send } = handlerWith([]);
    expect((await send({ topic, activityType: 'actionAssigned', previewText: { content: 'p' } })).status).toBe(400);
    expect((await send({ topic, activityType: 'systemDefault', previewText: { content: 'p' }, templateParameters: [{ name: 'systemDefaultText', value: 'x' }] })).status).toBe(204);
  });
});
