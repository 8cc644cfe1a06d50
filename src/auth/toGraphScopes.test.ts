import { toGraphScopes } from './toGraphScopes';

describe('toGraphScopes', () => {
  it('prefixes Graph scope names with the Graph resource', () => {
    expect(toGraphScopes(['Sites.Selected', 'User.Read'])).toEqual(['https://graph.microsoft.com/Sites.Selected', 'https://graph.microsoft.com/User.Read']);
  });

  it('leaves OpenID Connect scopes and scopes that already name a resource alone', () => {
    expect(toGraphScopes(['openid', 'offline_access', 'https://graph.microsoft.com/User.Read', 'api://abc/access'])).toEqual([
      'openid',
      'offline_access',
      'https://graph.microsoft.com/User.Read',
      'api://abc/access',
    ]);
  });

  it('uses another cloud’s Graph resource when given one', () => {
    expect(toGraphScopes(['User.Read'], 'https://graph.microsoft.us/')).toEqual(['https://graph.microsoft.us/User.Read']);
  });
});
