import type { GraphRequest } from '../graphTypes';
import { bodyTypeOf } from './bodyTypeOf';
import { loadGraphMetadata } from './loadGraphMetadata';

const SITE_BY_ID = '/sites/contoso.sharepoint.com,0f3c5d4e-1111-2222-3333-444455556666,7a8b9c0d-1111-2222-3333-444455556666';
const SITE_BY_PATH = '/sites/contoso.sharepoint.com:/sites/ivho:';

describe('bodyTypeOf', () => {
  it.each<[GraphRequest['method'], string, string]>([
    ['POST', `${SITE_BY_ID}/lists`, 'microsoft.graph.list'],
    ['POST', `${SITE_BY_PATH}/lists`, 'microsoft.graph.list'],
    ['PATCH', `${SITE_BY_ID}/lists/Instruments`, 'microsoft.graph.list'],
    ['POST', `${SITE_BY_ID}/lists/Instruments/columns`, 'microsoft.graph.columnDefinition'],
    ['POST', `${SITE_BY_PATH}/lists/Incident%20Cases/columns`, 'microsoft.graph.columnDefinition'],
    ['PATCH', `${SITE_BY_ID}/lists/Instruments/columns/Title`, 'microsoft.graph.columnDefinition'],
    ['POST', `${SITE_BY_ID}/columns`, 'microsoft.graph.columnDefinition'],
    ['POST', `${SITE_BY_ID}/lists/Instruments/items`, 'microsoft.graph.listItem'],
    ['POST', `${SITE_BY_PATH}/lists/Instruments/items`, 'microsoft.graph.listItem'],
    ['PATCH', `${SITE_BY_ID}/lists/Instruments/items/7`, 'microsoft.graph.listItem'],
    ['PATCH', `${SITE_BY_ID}/lists/Instruments/items/7/fields`, 'microsoft.graph.fieldValueSet'],
    ['PATCH', `${SITE_BY_PATH}/lists/Instruments/items/7/fields?x=1`, 'microsoft.graph.fieldValueSet'],
    ['POST', `${SITE_BY_ID}/permissions`, 'microsoft.graph.permission'],
    ['POST', `${SITE_BY_PATH}/permissions`, 'microsoft.graph.permission'],
    ['PATCH', `${SITE_BY_ID}/permissions/abc`, 'microsoft.graph.permission'],
    ['POST', '/teams/team-1/channels/19%3Aabc%40thread.tacv2/messages', 'microsoft.graph.chatMessage'],
    ['POST', '/teams/team-1/channels/19:abc@thread.tacv2/messages/m1/replies', 'microsoft.graph.chatMessage'],
    ['POST', '/chats/19:abc@thread.v2/messages', 'microsoft.graph.chatMessage'],
    ['POST', '/teams/team-1/sendActivityNotification', 'microsoft.graph.team/microsoft.graph.sendActivityNotification'],
    ['POST', '/chats/19:abc@thread.v2/sendActivityNotification', 'microsoft.graph.chat/microsoft.graph.sendActivityNotification'],
    ['POST', '/users/u-1/teamwork/sendActivityNotification', 'microsoft.graph.userTeamwork/microsoft.graph.sendActivityNotification'],
    ['POST', '/me/teamwork/microsoft.graph.sendActivityNotification', 'microsoft.graph.userTeamwork/microsoft.graph.sendActivityNotification'],
    ['POST', '/teamwork/sendActivityNotificationToRecipients', 'microsoft.graph.teamwork/microsoft.graph.sendActivityNotificationToRecipients'],
  ])('%s %s -> %s', (method, path, expected) => {
    expect(bodyTypeOf({ method, path })).toBe(expected);
  });

  it.each<[GraphRequest['method'], string]>([
    ['GET', `${SITE_BY_ID}/lists`],
    ['DELETE', `${SITE_BY_ID}/lists/Instruments/items/7`],
    ['PATCH', `${SITE_BY_ID}/lists`],
    ['POST', `${SITE_BY_ID}/lists/Instruments`],
    ['POST', `${SITE_BY_ID}/lists/Instruments/items/7/fields`],
    ['POST', `${SITE_BY_ID}/lists/Instruments/items/7/versions`],
    ['POST', `${SITE_BY_ID}/drives`],
    ['POST', '/sites/contoso.sharepoint.com:/sites/ivho'],
    ['POST', '/teams/team-1/channels/c/messages/m1'],
    ['PATCH', '/teams/team-1/channels/c/messages'],
    ['PUT', '/me/drive/special/approot:/favourites.json:/content'],
    ['POST', '/$batch'],
    ['POST', '/users/u-1'],
    ['POST', '/nothing/here'],
  ])('%s %s -> not checked', (method, path) => {
    expect(bodyTypeOf({ method, path })).toBeUndefined();
  });

  it('only names types the committed metadata holds', () => {
    const metadata = loadGraphMetadata();
    for (const path of [`${SITE_BY_ID}/lists`, `${SITE_BY_ID}/columns`, `${SITE_BY_ID}/lists/L/items`, `${SITE_BY_ID}/permissions`, '/chats/c/messages', '/chats/c/sendActivityNotification', '/teams/t/sendActivityNotification', '/me/teamwork/sendActivityNotification', '/teamwork/sendActivityNotificationToRecipients']) {
      expect(metadata.types[bodyTypeOf({ method: 'POST', path }) ?? '']).toBeDefined();
    }
    expect(metadata.types[bodyTypeOf({ method: 'PATCH', path: `${SITE_BY_ID}/lists/L/items/1/fields` }) ?? '']?.open).toBe(true);
  });
});
