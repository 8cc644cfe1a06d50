/**
 * `provision --grant-app` and the emulator's site permissions route it uses
 * (emulator/graph/sites): Graph's `POST /sites/{id}/permissions` for Sites.Selected.
 */
import { runProvision } from '../../../scripts/provision/runProvision';
import { runCommand, startProvisioningBed } from './provisioningTestBed';
import type { ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;
const APP_ID = '6a1f0c3e-1111-4c2b-9d7e-0123456789ab';

beforeAll(async () => {
  bed = await startProvisioningBed();
});

afterAll(async () => {
  await bed?.stop();
});

async function tokenFor(user: string, scopes: string): Promise<string> {
  const query = new URLSearchParams({ user, scopes });
  const body = (await (await fetch(`${bed.emulator.url}/emulator/token?${query.toString()}`)).json()) as { access_token: string };
  return body.access_token;
}

async function call(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${bed.emulator.url}/graph/v1.0${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

describe('emulator: site permissions (Sites.Selected grants)', () => {
  it('creates, lists, reads and deletes an application grant, by site id and by path', async () => {
    const site = bed.emptySite('grants');
    const token = await tokenFor('coordinator@contoso.example', 'Sites.FullControl.All');
    const created = await call(token, 'POST', `/sites/${site.siteId}/permissions`, {
      roles: ['write'],
      grantedToIdentities: [{ application: { id: APP_ID, displayName: 'IV-HO' } }],
    });
    expect(created.status).toBe(201);
    expect(created.body['roles']).toEqual(['write']);
    expect(created.body['grantedToIdentitiesV2']).toEqual([{ application: { id: APP_ID, displayName: 'IV-HO' } }]);
    const id = String(created.body['id']);

    const listed = await call(token, 'GET', '/sites/contoso.sharepoint.com:/sites/grants:/permissions');
    expect(listed.status).toBe(200);
    expect((listed.body['value'] as { id: string }[]).map((grant) => grant.id)).toEqual([id]);
    expect((await call(token, 'GET', `/sites/${site.siteId}/permissions/${id}`)).status).toBe(200);
    expect((await call(token, 'DELETE', `/sites/${site.siteId}/permissions/${id}`)).status).toBe(204);
    expect((await call(token, 'GET', `/sites/${site.siteId}/permissions/${id}`)).status).toBe(404);
  });

  it('refuses without Sites.FullControl.All or an admin, on bad bodies, and on unknown sites', async () => {
    const site = bed.emptySite('grants-refused');
    const body = { roles: ['write'], grantedToIdentities: [{ application: { id: APP_ID, displayName: 'IV-HO' } }] };
    const withoutScope = await tokenFor('coordinator@contoso.example', 'Sites.ReadWrite.All');
    expect((await call(withoutScope, 'POST', `/sites/${site.siteId}/permissions`, body)).status).toBe(403);
    const notAdmin = await tokenFor('privacy@contoso.example', 'Sites.FullControl.All');
    expect((await call(notAdmin, 'POST', `/sites/${site.siteId}/permissions`, body)).status).toBe(403);
    const admin = await tokenFor('coordinator@contoso.example', 'Sites.FullControl.All');
    const badRole = await call(admin, 'POST', `/sites/${site.siteId}/permissions`, { ...body, roles: ['superuser'] });
    expect(badRole.status).toBe(400);
    expect((badRole.body['error'] as { code: string }).code).toBe('invalidRequest');
    expect((await call(admin, 'POST', `/sites/${site.siteId}/permissions`, { roles: ['write'] })).status).toBe(400);
    expect((await call(admin, 'POST', '/sites/contoso.sharepoint.com:/sites/nowhere:/permissions', body)).status).toBe(404);
  });
});

describe('provision --grant-app', () => {
  it('grants the app write access once; a second run says it is already granted', async () => {
    const site = bed.emptySite('granted');
    const dry = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--grant-app', APP_ID, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`would grant the app ${APP_ID} write access`);

    const first = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--grant-app', APP_ID, '--app-name', 'IV-HO Test']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`granted the app ${APP_ID} write access`);
    const second = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--grant-app', APP_ID]);
    expect(second.out).toContain('already has write access');

    const token = await tokenFor('coordinator@contoso.example', 'Sites.FullControl.All');
    const grants = (await call(token, 'GET', `/sites/${site.siteId}/permissions`)).body['value'] as { roles: string[]; grantedToIdentitiesV2: unknown[] }[];
    expect(grants).toHaveLength(1);
    expect(grants[0]?.roles).toEqual(['write']);
    expect(grants[0]?.grantedToIdentitiesV2).toEqual([{ application: { id: APP_ID, displayName: 'IV-HO Test' } }]);
  });

  it('exits 3 when the account may not grant', async () => {
    const site = bed.emptySite('grant-denied');
    // A dry run, so the list plan (which this account could not apply either) is only printed.
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--user', 'privacy@contoso.example', '--grant-app', APP_ID, '--dry-run']);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^Access denied while granting the app .* \(403 accessDenied\)/);
  });
});
