import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Path (on the emulator's origin) of a minimal tab that drives teams-js for host-protocol tests. */
export const FIXTURE_TAB_PATH = '/e2e-fixture/tab.html';

const TEAMS_JS_PATH = '/e2e-fixture/teams-js.js';

/**
 * The fixture tab: loads the real teams-js (UMD build), initialises, exposes the context
 * as `window.fixture`, and in the settings frame saves a channel-tab configuration.
 */
const FIXTURE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fixture tab</title><link rel="icon" href="data:,"></head>
<body><main><h1>Fixture tab</h1><p id="state">starting</p></main>
<script src="${TEAMS_JS_PATH}"></script>
<script>
  window.fixture = { ready: false };
  const teams = window.microsoftTeams;
  // The emulator frames tabs from another origin, as Teams does: trust the host page's.
  teams.app.initialize([location.origin, ...Array.from(location.ancestorOrigins)]).then(async () => {
    const context = await teams.app.getContext();
    window.fixture.context = context;
    window.fixture.supports = { sharing: teams.sharing.isSupported(), config: teams.pages.config.isSupported() };
    if (context.page.frameContext === 'settings') {
      teams.pages.config.registerOnSaveHandler(async (saveEvent) => {
        await teams.pages.config.setConfig({
          entityId: 'theme-privacy',
          contentUrl: location.origin + '${FIXTURE_TAB_PATH}?saved=1',
          suggestedDisplayName: 'Privacy',
        });
        saveEvent.notifySuccess();
      });
      teams.pages.config.setValidityState(true);
    }
    teams.app.notifySuccess();
    window.fixture.ready = true;
    document.getElementById('state').textContent = 'ready';
  });
</script></body></html>`;

/** Serves the fixture tab and teams-js on every origin of `context` (so on the emulator's). */
export async function routeFixtureTab(context: BrowserContext): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const teamsJs = readFileSync(join(root, 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'), 'utf8');
  await context.route(`**${FIXTURE_TAB_PATH}*`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE_HTML }));
  await context.route(`**${TEAMS_JS_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: teamsJs }));
}
