import { adminConsentUrl } from './adminConsentUrl';

describe('adminConsentUrl', () => {
  it('links to the tenant’s admin consent for the app', () => {
    expect(adminConsentUrl('11111111-2222-3333-4444-555555555555', '66666666-7777-8888-9999-000000000000')).toBe(
      'https://login.microsoftonline.com/66666666-7777-8888-9999-000000000000/adminconsent?client_id=11111111-2222-3333-4444-555555555555',
    );
  });

  it('keeps organizations for a multi-tenant registration', () => {
    expect(adminConsentUrl('11111111-2222-3333-4444-555555555555', 'organizations')).toBe(
      'https://login.microsoftonline.com/organizations/adminconsent?client_id=11111111-2222-3333-4444-555555555555',
    );
  });
});
