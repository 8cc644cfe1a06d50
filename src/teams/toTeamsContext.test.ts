import type { app } from '@microsoft/teams-js';
import { toTeamsContext } from './createTeamsJsHost';

function teamsContext(team: Partial<app.TeamInfo> | undefined): app.Context {
  return {
    app: { locale: 'nl-NL', theme: 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'instruments', frameContext: 'content' },
    user: { id: 'u-1', userPrincipalName: 'anna@contoso.example', tenant: { id: 't-1' } },
    ...(team === undefined ? {} : { team: team as app.TeamInfo }),
    channel: { id: '19:abc@thread.tacv2' },
  } as app.Context;
}

describe('toTeamsContext', () => {
  it("takes the team's group id, which Graph's /teams/{id} needs", () => {
    expect(toTeamsContext(teamsContext({ internalId: '19:team@thread.tacv2', groupId: '0f3c9a52-7d1e-4b8a-9c61-2e5d4f7a8b90' })).teamId).toBe('0f3c9a52-7d1e-4b8a-9c61-2e5d4f7a8b90');
  });

  it("never uses the internal thread id as the team id (Graph refuses it): without a group id there is none", () => {
    expect(toTeamsContext(teamsContext({ internalId: '19:team@thread.tacv2' })).teamId).toBeUndefined();
  });
});
