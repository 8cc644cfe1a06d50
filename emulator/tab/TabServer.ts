import type { IncomingMessage, ServerResponse } from 'node:http';

/** Serves the tab app for every path that is not Graph, control or host. */
export interface TabServer {
  handle(request: IncomingMessage, response: ServerResponse): void;
  close(): Promise<void>;
}
