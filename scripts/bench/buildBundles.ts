import { resolve } from 'node:path';
import type * as Vite from 'vite';

/** The repository root (this file lives in scripts/bench/). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/**
 * Production build of the tab with the project's own vite.config.mts, written to
 * `outDir` (not dist/, so a bench run never disturbs a build others are testing).
 */
export async function buildTab(outDir: string): Promise<void> {
  const { build } = await loadVite();
  await build({
    configFile: resolve(REPO_ROOT, 'vite.config.mts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Production build of bench/baseline (the bare stack) to `outDir`. */
export async function buildBaseline(outDir: string): Promise<void> {
  const { build } = await loadVite();
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: resolve(REPO_ROOT, 'bench', 'baseline'),
    base: './',
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * Vite is ESM-only in spirit: loaded through tsx's CommonJS `require`, its resolver
 * cannot find its own `vite/modulepreload-polyfill`. A real dynamic import keeps it ESM.
 */
function loadVite(): Promise<typeof Vite> {
  return import('vite');
}
