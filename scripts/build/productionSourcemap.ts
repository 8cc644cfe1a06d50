/**
 * Whether `vite build` writes source maps: only when `IVHO_SOURCEMAP=1` asks. A published
 * map hands anyone the tab's full source, comments included, and a `sourceMappingURL`
 * tells them where to fetch it; a build for debugging asks for maps on purpose. (The dev
 * server and the emulator's host page transpiler keep their inline maps: they never ship.)
 */
export function productionSourcemap(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['IVHO_SOURCEMAP'] === '1';
}
