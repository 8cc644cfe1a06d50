/**
 * The Entra ID admin-consent link for the app: an administrator who opens it grants the
 * app's configured permissions for the whole organisation. For a multi-tenant
 * registration (`organizations`) Entra ID asks the administrator for their tenant.
 */
export function adminConsentUrl(clientId: string, tenantId: string): string {
  const url = new URL(`https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/adminconsent`);
  url.searchParams.set('client_id', clientId);
  return url.href;
}
