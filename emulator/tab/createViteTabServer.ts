import type { Server } from 'node:http';
import { join } from 'node:path';
import { sendJson } from '../http/sendJson';
import type { TabServer } from './TabServer';

/**
 * The tab through Vite in middleware mode: modules transformed on request, HMR over the
 * emulator's own HTTP server, so `npm start` needs one port only.
 */
export async function createViteTabServer(repoRoot: string, httpServer: Server): Promise<TabServer> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: join(repoRoot, 'vite.config.mts'),
    server: { middlewareMode: true, hmr: { server: httpServer } },
    appType: 'spa',
    logLevel: 'warn',
  });
  return {
    handle(request, response) {
      vite.middlewares(request, response, () => {
        sendJson(response, 404, { error: { code: 'itemNotFound', message: `No tab resource ${request.url ?? ''}.` } });
      });
    },
    close: () => vite.close(),
  };
}
