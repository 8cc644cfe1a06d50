import type { Configuration } from '@azure/msal-browser';
import type { MsalAccountClient, MsalTokenClient } from './MsalTokenClient';

/*
 * msal-browser is loaded with a dynamic import so that it lands in a chunk of its own:
 * local mode never downloads it, and a tenant downloads it only when a token is needed.
 */

/**
 * An msal client for Nested App Authentication (Teams, Outlook, the Microsoft 365 app).
 * Call only after teams-js' `app.initialize`: the host's bridge is found then. Without a
 * bridge msal falls back to a standard client by itself.
 */
export async function createNestedMsalClient(configuration: Configuration): Promise<MsalTokenClient> {
  const msal = await import('@azure/msal-browser');
  return msal.createNestablePublicClientApplication(configuration);
}

/**
 * An msal client for the standard SPA flow in a plain browser (popups through the
 * redirect bridge): it gets tokens and, for the account menu, signs accounts in and out.
 */
export async function createBrowserMsalClient(configuration: Configuration): Promise<MsalTokenClient & MsalAccountClient> {
  const msal = await import('@azure/msal-browser');
  return msal.createStandardPublicClientApplication(configuration);
}

