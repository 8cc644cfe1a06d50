import type { TeamsContext } from '../teams';
import { sampleTeamsContext } from '../teams/testing/sampleTeamsContext';
import { usesNestedAppAuth } from './usesNestedAppAuth';

const base: TeamsContext = sampleTeamsContext({ userPrincipalName: 'anna@contoso.example' });

describe('usesNestedAppAuth', () => {
  it('uses NAA in a host that recommends it: Teams on any device, Outlook, the Microsoft 365 app', () => {
    for (const [hostName, hostClientType] of [['Teams', 'web'], ['Teams', 'desktop'], ['Teams', 'android'], ['Outlook', 'web'], ['Office', 'web']]) {
      expect(usesNestedAppAuth({ ...base, hostName: hostName ?? '', hostClientType })).toBe(true);
    }
  });

  it('falls back to the standard SPA flow in a host without an NAA broker, and in a plain browser', () => {
    expect(usesNestedAppAuth({ ...base, hostName: 'SharePoint', naaRecommended: false })).toBe(false);
    expect(usesNestedAppAuth({ ...base, hostName: 'Browser', frameContext: 'none', naaRecommended: false })).toBe(false);
  });
});
