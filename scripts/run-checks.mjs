#!/usr/bin/env node
// First half of `npm test`: the type check, the linter and the production build of the tab
// (which the browser tests serve) run side by side, and the tests start only when all three
// passed. One after the other they left a core idle most of the time (tsc and eslint each
// use one); side by side they take about as long as the linter alone.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const CHECKS = [
  { name: 'typecheck', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'build', args: ['vite', 'build', '--logLevel', 'warn'] },
];

function run({ name, args }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npx, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(CHECKS.map(run));
let failed = false;
for (const result of results) {
  // Each check's output as one block, so parallel runs never interleave their lines.
  if (result.output.trim() !== '') process.stdout.write(`--- ${result.name}\n${result.output}${result.output.endsWith('\n') ? '' : '\n'}`);
  console.log(`${result.name}: ${result.code === 0 ? 'ok' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(1)} s`);
  failed ||= result.code !== 0;
}
process.exit(failed ? 1 : 0);
