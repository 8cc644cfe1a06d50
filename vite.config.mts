import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseAppConfig } from './src/config/parseAppConfig';
import { productionSourcemap } from './scripts/build/productionSourcemap';
import { contentSecurityPolicy, staticWebAppConfig } from './scripts/csp/contentSecurityPolicy';

const configFile = path.resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.IVHO_CONFIG ?? 'config/local.json');

/**
 * Writes the production Content-Security-Policy of the embedded config next to the build:
 * `content-security-policy.txt` (the emulator's static server sends it, so every
 * end-to-end test runs under it) and `staticwebapp.config.json` (Azure Static Web Apps).
 */
function contentSecurityPolicyFiles(): Plugin {
  return {
    name: 'ivho-content-security-policy',
    apply: 'build',
    generateBundle() {
      const parsed = parseAppConfig(JSON.parse(readFileSync(configFile, 'utf8')));
      // A bad config still builds: the tab shows the config error page, under the strictest policy.
      const policy = parsed.ok ? contentSecurityPolicy(parsed.config) : "default-src 'self'; frame-ancestors 'self'";
      this.emitFile({ type: 'asset', fileName: 'content-security-policy.txt', source: `${policy}\n` });
      if (parsed.ok) this.emitFile({ type: 'asset', fileName: 'staticwebapp.config.json', source: `${JSON.stringify(staticWebAppConfig(parsed.config), null, 2)}\n` });
    },
  };
}

// The tab is a static single-page app; src/index.html is its entry.
export default defineConfig({
  root: 'src',
  base: './',
  plugins: [react(), contentSecurityPolicyFiles()],
  resolve: {
    alias: {
      // The embedded app configuration: IVHO_CONFIG names the JSON file (relative to the project).
      '@app-config': configFile,
      // The maturity model of the self-assessment: IVHO_MATURITY_MODEL names an institution's own model file.
      '@maturity-model': path.resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.IVHO_MATURITY_MODEL ?? 'config/maturity-model/ivho-default.json'),
    },
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // No maps in a published build unless IVHO_SOURCEMAP=1 asks (docs/admin-guide.md, section 8).
    sourcemap: productionSourcemap(process.env),
    // Two pages: the tab, and msal-browser 5's redirect bridge that sign-in popups return to.
    rolldownOptions: {
      output: {
        // zod and the module that configures it share a chunk, so jitless mode is set before
        // any schema is built (see src/app/configureZod.ts: the CSP forbids zod's eval probe).
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]configureZod\.ts$/.test(id) ? 'zod' : undefined),
      },
      input: {
        index: fileURLToPath(new URL('./src/index.html', import.meta.url)),
        'auth-redirect': fileURLToPath(new URL('./src/auth-redirect.html', import.meta.url)),
      },
    },
  },
});
