/**
 * Builds the tab once (`vite build` into dist/) before the browser tests serve it
 * through the emulator. Jest runs this only when an e2e test is selected.
 * Set IVHO_E2E_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

module.exports = async function buildTabForE2e() {
  const root = path.resolve(__dirname, '..', '..');
  if (process.env.IVHO_E2E_SKIP_BUILD === '1' && existsSync(path.join(root, 'dist', 'index.html'))) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: process.env });
};
