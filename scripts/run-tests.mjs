#!/usr/bin/env node
// `npm test`: the type check, the linter and the production build of the tab (which the
// browser tests serve) start side by side; jest starts as soon as the type check and the
// build have passed, while the linter (the slowest check, one core) finishes beside it.
// Waiting for the linter first left a core idle for half a minute. Any failure fails the
// run; each check's output is printed as one block.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const CHECKS = {
  typecheck: ['tsc', '--noEmit', '-p', 'tsconfig.json'],
  lint: ['eslint', '.', '--max-warnings', '0'],
  build: ['vite', 'build', '--logLevel', 'warn'],
};

function check(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npx, CHECKS[name], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const done = (code, extra = '') => {
      if (`${output}${extra}`.trim() !== '') process.stdout.write(`--- ${name}\n${output}${extra}${`${output}${extra}`.endsWith('\n') ? '' : '\n'}`);
      console.log(`${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code);
    };
    child.on('error', (error) => done(1, `${error.message}\n`));
    child.on('close', (code) => done(code ?? 1));
  });
}

function jest(args) {
  return new Promise((resolve) => {
    const child = spawn(npx, ['jest', ...args], { stdio: 'inherit', env: { ...process.env, IVHO_E2E_SKIP_BUILD: '1' } });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const lint = check('lint');
const [typecheck, build] = await Promise.all([check('typecheck'), check('build')]);
if (typecheck !== 0 || build !== 0) {
  await lint;
  process.exit(1);
}
const [linted, tested] = await Promise.all([lint, jest(process.argv.slice(2))]);
process.exit(linted !== 0 || tested !== 0 ? 1 : 0);
