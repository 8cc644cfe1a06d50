#!/usr/bin/env node
// Runs as `pretest`: the browser end-to-end tests need a Chromium for playwright-core.
// Finds one (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser); when none is
// there and we are root on a Debian-like system, installs Debian's package; otherwise
// says how to install it and exits 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (candidate) => typeof candidate === 'string' && candidate !== '',
);

function findChromium() {
  for (const candidate of CANDIDATES) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`ensure-browser: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const found = findChromium();
if (found !== undefined) {
  console.log(`ensure-browser: using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasAptGet()) {
  console.log('ensure-browser: no Chromium found; installing Debian\'s "chromium" package.');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  const installed = findChromium();
  if (installed !== undefined) {
    console.log(`ensure-browser: installed ${installed}`);
    process.exit(0);
  }
  console.error('ensure-browser: apt-get succeeded but no chromium binary was found in /usr/bin.');
  process.exit(1);
}

console.error(
  [
    'ensure-browser: the browser tests need Chromium and none was found.',
    `  Looked at: ${CANDIDATES.join(', ')}`,
    '  Install it, then run the tests again:',
    '    Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '    elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
