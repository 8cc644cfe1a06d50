import exampleTenantConfig from '../../config/example.tenant.json';
import localConfig from '../../config/local.json';
import { formatConfigProblems, parseAppConfig, type ConfigProblem } from './parseAppConfig';

const lists = {
  instruments: 'Instruments',
  assessments: 'Assessments',
  assessmentResponses: 'AssessmentResponses',
  incidentCases: 'IncidentCases',
  lessons: 'Lessons',
  restrictedLessons: 'RestrictedLessons',
  actions: 'Actions',
  breachRegister: 'BreachRegister',
  confidentialReports: 'ConfidentialReports',
  reminders: 'Reminders',
  confidentialReminders: 'ConfidentialReminders',
};

function localRaw(): Record<string, unknown> {
  return {
    mode: 'local',
    graphBaseUrl: '/graph/v1.0',
    site: { hostname: 'contoso.sharepoint.com', path: '/sites/ivho' },
    lists: { ...lists },
    auth: { kind: 'emulator', tokenUrl: '/emulator/token', defaultUser: 'coordinator@contoso.example' },
    scopes: { library: ['Sites.Selected'], favourites: [], channelPost: [], people: [], activityFeed: [], channelMembers: [] },
  };
}

function tenantRaw(): Record<string, unknown> {
  return {
    $comment: 'test',
    mode: 'tenant',
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    site: { hostname: 'fabrikam.sharepoint.com', path: '/sites/veiligheid' },
    lists: { ...lists, instruments: 'Instrumenten' },
    auth: { kind: 'msal', clientId: '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c', tenantId: 'organizations' },
    scopes: { library: ['Sites.Selected', 'User.Read'], favourites: ['Files.ReadWrite.AppFolder'], channelPost: [], people: ['User.ReadBasic.All'], activityFeed: [], channelMembers: [] },
  };
}

/** Sets a dotted path in a config object (or deletes it with `undefined`). */
function withValue(raw: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const parts = key.split('.');
  let target = raw;
  for (const part of parts.slice(0, -1)) {
    target = target[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === undefined) {
    delete target[last];
  } else {
    target[last] = value;
  }
  return raw;
}

function problemsOf(raw: unknown): ConfigProblem[] {
  const result = parseAppConfig(raw);
  if (result.ok) {
    throw new Error('expected the configuration to be refused');
  }
  return result.problems;
}

describe('parseAppConfig', () => {
  it('accepts a local configuration', () => {
    const result = parseAppConfig(localRaw());
    expect(result).toEqual({ ok: true, config: localRaw() });
  });

  it('names the restricted lessons list RestrictedLessons when a configuration written before it does not', () => {
    const { restrictedLessons: _omitted, ...older } = lists;
    const result = parseAppConfig({ ...localRaw(), lists: older });
    expect(result.ok && result.config.lists.restrictedLessons).toBe('RestrictedLessons');
  });

  it('accepts a tenant configuration with a GUID or "organizations" as tenant and an optional redirect URI', () => {
    expect(parseAppConfig(tenantRaw()).ok).toBe(true);
    const withGuidTenant = withValue(tenantRaw(), 'auth.tenantId', '72f988bf-86f1-41af-91ab-2d7cd011db47');
    expect(parseAppConfig(withValue(withGuidTenant, 'auth.redirectUri', 'https://tab.fabrikam.example/redirect.html')).ok).toBe(true);
  });

  it('accepts the shipped config/local.json and config/example.tenant.json', () => {
    const local = parseAppConfig(localConfig);
    const tenant = parseAppConfig(exampleTenantConfig);
    expect(local.ok && local.config.mode).toBe('local');
    expect(tenant.ok && tenant.config.mode).toBe('tenant');
  });

  it('keeps the example tenant free of real ids', () => {
    expect(exampleTenantConfig.auth.clientId).toBe('00000000-0000-0000-0000-000000000000');
    expect(exampleTenantConfig.auth.tenantId).toBe('00000000-0000-0000-0000-000000000000');
    expect(Object.values(exampleTenantConfig.scopes).flat()).not.toContain('Sites.ReadWrite.All');
  });

  it.each([
    ['auth.clientId', 'is missing (expected string)'],
    ['site.hostname', 'is missing (expected string)'],
    ['lists.lessons', 'is missing (expected string)'],
    ['scopes', 'is missing (expected object)'],
    ['scopes.library', 'is missing (expected array)'],
    ['auth', 'is missing (expected object)'],
  ])('names the missing key %s', (key, message) => {
    expect(problemsOf(withValue(tenantRaw(), key, undefined))).toEqual([{ key, message }]);
  });

  it.each([
    ['lists.actions', 42],
    ['scopes', 'Sites.Selected'],
    ['site', 'contoso.sharepoint.com/sites/ivho'],
  ])('names the wrongly typed key %s', (key, value) => {
    const problems = problemsOf(withValue(tenantRaw(), key, value));
    expect(problems.map((problem) => problem.key)).toEqual([key]);
    expect(problems[0]?.message).toMatch(/expected/);
  });

  it.each([['not-a-guid'], ['3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6'], ['{3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c}']])('refuses the client id %s', (clientId) => {
    expect(problemsOf(withValue(tenantRaw(), 'auth.clientId', clientId))).toEqual([
      { key: 'auth.clientId', message: 'must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)' },
    ]);
  });

  it('refuses a tenant id that is neither a GUID nor "organizations"', () => {
    expect(problemsOf(withValue(tenantRaw(), 'auth.tenantId', 'common'))).toEqual([{ key: 'auth.tenantId', message: 'must be a GUID or "organizations"' }]);
  });

  it.each([
    ['graphBaseUrl', 'graph.microsoft.com/v1.0'],
    ['graphBaseUrl', 'http://graph.microsoft.com/v1.0'],
    ['graphBaseUrl', '/graph/v1.0'],
    ['auth.redirectUri', 'not a url'],
  ])('refuses the bad tenant URL %s = %s', (key, value) => {
    expect(problemsOf(withValue(tenantRaw(), key, value)).map((problem) => problem.key)).toEqual([key]);
  });

  it.each([
    ['graphBaseUrl', 'graph/v1.0'],
    ['graphBaseUrl', '//evil.example/graph'],
    ['auth.tokenUrl', 'ftp://localhost/token'],
    ['auth.defaultUser', 'coordinator'],
    ['site.path', 'sites/ivho'],
    ['site.hostname', 'https://contoso.sharepoint.com'],
  ])('refuses the bad local value %s = %s', (key, value) => {
    expect(problemsOf(withValue(localRaw(), key, value)).map((problem) => problem.key)).toEqual([key]);
  });

  it('accepts the institution number patterns of the personal-data guard and names a pattern that does not compile', () => {
    const ok = parseAppConfig({ ...localConfig, privacy: { studentNumberPattern: '\\bs\\d{7}\\b' } });
    expect(ok.ok && ok.config.privacy).toEqual({ studentNumberPattern: '\\bs\\d{7}\\b' });
    const bad = parseAppConfig({ ...localConfig, privacy: { staffNumberPattern: '[unclosed' } });
    expect(bad.ok ? [] : bad.problems).toEqual([{ key: 'privacy.staffNumberPattern', message: expect.stringContaining('regular expression') as string }]);
  });

  it('accepts an absolute emulator URL in local mode', () => {
    expect(parseAppConfig(withValue(localRaw(), 'graphBaseUrl', 'http://127.0.0.1:4280/graph/v1.0')).ok).toBe(true);
  });

  it('refuses an unknown or missing mode', () => {
    expect(problemsOf(withValue(localRaw(), 'mode', 'production'))).toEqual([{ key: 'mode', message: 'must be "local" or "tenant"' }]);
    expect(problemsOf(withValue(localRaw(), 'mode', undefined)).map((problem) => problem.key)).toEqual(['mode']);
  });

  it('refuses settings of the other mode and misspelt keys', () => {
    const problems = problemsOf(withValue(withValue(localRaw(), 'auth.clientID', 'x'), 'auth.kind', 'msal'));
    expect(problems.map((problem) => problem.key).sort()).toEqual(['auth.clientID', 'auth.kind']);
    expect(problems.find((problem) => problem.key === 'auth.clientID')?.message).toBe('is not a known setting (check the spelling)');
  });

  it('takes a feature without scopes as off, and names the old list form of scopes with the form it needs now', () => {
    const minimal = parseAppConfig(withValue(tenantRaw(), 'scopes', { library: ['Sites.Selected'] }));
    expect(minimal.ok && minimal.config.scopes).toEqual({ library: ['Sites.Selected'], favourites: [], channelPost: [], people: [], activityFeed: [], channelMembers: [] });
    expect(problemsOf(withValue(tenantRaw(), 'scopes', ['Sites.Selected', 'User.Read']))).toEqual([
      { key: 'scopes', message: expect.stringContaining('must be an object per feature') as string },
    ]);
    expect(problemsOf(withValue(tenantRaw(), 'scopes', { library: [] })).map((problem) => problem.key)).toEqual(['scopes.library']);
  });

  it('reports every problem at once', () => {
    const raw = withValue(withValue(withValue(tenantRaw(), 'auth.clientId', 'x'), 'scopes', []), 'lists.instruments', ' ');
    expect(problemsOf(raw).map((problem) => problem.key)).toEqual(['lists.instruments', 'auth.clientId', 'scopes']);
  });

  it.each([[null], ['local'], [[]], [undefined]])('refuses %p as a whole', (raw) => {
    expect(problemsOf(raw)).toEqual([{ key: '(root)', message: 'must be a JSON object' }]);
  });
});

describe('formatConfigProblems', () => {
  it('lists one problem per line, naming the key', () => {
    expect(
      formatConfigProblems([
        { key: 'auth.clientId', message: 'must be a GUID' },
        { key: 'scopes', message: 'is missing (expected array)' },
      ]),
    ).toBe('The app configuration is not valid:\n  - auth.clientId: must be a GUID\n  - scopes: is missing (expected array)');
  });
});
