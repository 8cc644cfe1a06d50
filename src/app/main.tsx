import './configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { emulatorHostOrigins } from '../config/emulatorHostOrigins';
import { loadEmbeddedAppConfig } from '../config/loadEmbeddedAppConfig';
import { connectTeamsHost } from '../teams';
import { App } from './App';

/** Starts the tab: validate the config, connect to the host, render. */
async function startApp(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (rootElement === null) throw new Error('index.html has no #root');
  const config = loadEmbeddedAppConfig();
  const origin = window.location.origin;
  // In local mode the emulator's host page frames the tab from the other loopback name; a tenant relies on teams-js' own list.
  const validMessageOrigins = config.ok && config.config.mode === 'local' ? emulatorHostOrigins(origin) : [];
  const connected = await connectTeamsHost({ window, validMessageOrigins });
  if (connected.hostUnavailable !== undefined) console.error(`The host did not start the tab: ${connected.hostUnavailable.message}`);
  createRoot(rootElement).render(
    <StrictMode>
      <App config={config} connected={connected} origin={origin} />
    </StrictMode>,
  );
}

void startApp();
