// The bench's baseline: the bare stack every Teams tab of this kind starts from (React,
// a Fluent provider, teams-js, msal-browser and graph-client), all bundled eagerly.
// scripts/bench compares the tab's initial JavaScript and start time with this page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
import { PublicClientApplication } from '@azure/msal-browser';
import { Client } from '@microsoft/microsoft-graph-client';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root');

// Constructed (not just imported) so the bundler cannot drop them; neither touches the network.
const msal = new PublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000000' } });
const graph = Client.init({ authProvider: (done) => done(null, 'bench-token') });

createRoot(rootElement).render(
  <StrictMode>
    <FluentProvider theme={teamsLightTheme}>
      <main>
        <h1>
          <Text size={600}>Baseline</Text>
        </h1>
        <Text data-baseline-ready="true">React, Fluent, teams-js, msal-browser and graph-client are loaded.</Text>
      </main>
    </FluentProvider>
  </StrictMode>,
);

// A real tab connects to its host right away; outside Teams this waits or fails quietly.
app.initialize().catch(() => undefined);
Object.assign(window, { benchBaseline: { msal, graph } });
