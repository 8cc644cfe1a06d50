import { graphError } from '../graphTypes';
import type { GraphResponse } from '../graphTypes';

/**
 * A refusal with Graph's status and error code, thrown from deep inside a request and
 * turned into a Graph error body by the handler. Throwing keeps validation code linear;
 * nothing outside this folder ever sees one.
 */
export class SharePointError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'SharePointError';
    this.status = status;
    this.code = code;
  }

  /** The Graph-shaped response for this refusal. */
  toResponse(): GraphResponse {
    return graphError(this.status, this.code, this.message);
  }
}

/** 400 `invalidRequest`: the request is malformed or breaks a column rule. */
export function invalidRequest(message: string): SharePointError {
  return new SharePointError(400, 'invalidRequest', message);
}

/** 404 `itemNotFound`. */
export function itemNotFound(message: string): SharePointError {
  return new SharePointError(404, 'itemNotFound', message);
}
