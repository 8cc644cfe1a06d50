import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/*
 * Entry of auth-redirect.html, msal-browser 5's redirect bridge: Entra ID sends the
 * sign-in popup (or hidden frame) here, and this page hands the response to the tab's
 * window over a BroadcastChannel and closes. It must call no other msal API and must not
 * be served with a Cross-Origin-Opener-Policy header.
 */
broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error('The sign-in response could not be handed to the app', error);
  const status = document.getElementById('status');
  if (status !== null) status.textContent = 'Aanmelden is mislukt. Sluit dit venster en probeer het opnieuw. / Sign-in failed. Close this window and try again.';
});
