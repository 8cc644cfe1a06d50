import { invalidRequest } from './SharePointError';

/**
 * The state a delta link carries. A round reports changes with sequence numbers in
 * `(fromSeq, anchorSeq]`; the anchor is fixed on the round's first page so pages agree.
 * `initial` rounds enumerate every current item instead.
 */
export interface DeltaState {
  readonly listId: string;
  /** Store generation when issued; {@link EmulatorStore.expireDeltaTokens} bumps it. */
  readonly generation: number;
  /** When this link was issued (ms since epoch), for the retention limit. */
  readonly issuedAt: number;
  readonly fromSeq: number;
  /** Absent on a deltaLink: the next request fixes it. */
  readonly anchorSeq?: number;
  /** Last item id already returned in this round. */
  readonly afterId: number;
  readonly initial: boolean;
}

interface Wire {
  l: string;
  g: number;
  t: number;
  f: number;
  s?: number;
  a: number;
  i: 0 | 1;
}

/** Opaque URL-safe token for a {@link DeltaState}. */
export function encodeDeltaToken(state: DeltaState): string {
  const wire: Wire = { l: state.listId, g: state.generation, t: state.issuedAt, f: state.fromSeq, a: state.afterId, i: state.initial ? 1 : 0 };
  if (state.anchorSeq !== undefined) wire.s = state.anchorSeq;
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

/** Reads a token; 400 `invalidRequest` when it is not one this emulator issued. */
export function decodeDeltaToken(token: string): DeltaState {
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidRequest('The delta token is not valid.');
  }
  if (!isWire(wire)) throw invalidRequest('The delta token is not valid.');
  return {
    listId: wire.l,
    generation: wire.g,
    issuedAt: wire.t,
    fromSeq: wire.f,
    ...(wire.s === undefined ? {} : { anchorSeq: wire.s }),
    afterId: wire.a,
    initial: wire.i === 1,
  };
}

function isWire(value: unknown): value is Wire {
  if (typeof value !== 'object' || value === null) return false;
  const wire = value as Record<string, unknown>;
  const isCount = (entry: unknown) => typeof entry === 'number' && Number.isSafeInteger(entry) && entry >= 0;
  return (
    typeof wire['l'] === 'string' &&
    isCount(wire['g']) &&
    isCount(wire['t']) &&
    isCount(wire['f']) &&
    isCount(wire['a']) &&
    (wire['s'] === undefined || isCount(wire['s'])) &&
    (wire['i'] === 0 || wire['i'] === 1)
  );
}
