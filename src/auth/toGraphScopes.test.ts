import { toGraphScopes } from './toGraphScopes';

describe('toGraphScopes', () => {
  it('keeps the bare names in the global cloud, as the manifest lists them for NAA', () => {
    expect(toGraphScopes(['Sites.Selected', 'User.Read'])).toEqual(['Sites.Selected', 'User.Read']);
    expect(toGraphScopes(['User.Read'], 'https://graph.microsoft.com/')).toEqual(['User.Read']);
  });

  it('prefixes with another cloud’s Graph resource, leaving OpenID Connect scopes and scopes that name a resource alone', () => {
    expect(toGraphScopes(['User.Read', 'openid', 'api://abc/access'], 'https://graph.microsoft.us/')).toEqual(['https://graph.microsoft.us/User.Read', 'openid', 'api://abc/access']);
  });
});
