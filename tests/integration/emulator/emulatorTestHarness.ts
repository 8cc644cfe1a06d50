import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import type { RunningEmulator } from '../../../emulator/server';

/** Demo users of config/emulator.json the tests act as. */
export const COORDINATOR = 'coordinator@contoso.example';
export const READER = 'reader@contoso.example';
export const PRIVACY = 'privacy@contoso.example';
export const STAFF = 'staff@contoso.example';
/** The confidential adviser (Wet bescherming klokkenluiders): config/emulator.json's "IV-HO Confidential advisers". */
export const ADVISER = 'adviser@contoso.example';

/** The demo site's Graph path. */
export const SITE_PATH = '/sites/contoso.sharepoint.com:/sites/ivho';

/** The JSON shapes Graph and the control API answer with, loosely: what the tests look at. */
export interface GraphBody {
  readonly [key: string]: unknown;
  readonly id?: string;
  readonly displayName?: string;
  readonly eTag?: string;
  readonly fields?: Record<string, unknown>;
  readonly value?: GraphBody[];
  readonly error?: { readonly code: string; readonly message: string };
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
  readonly deleted?: { readonly state: string };
  readonly responses?: GraphBody[];
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: GraphBody;
}

/** A parsed Graph (or control) answer. */
export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: GraphBody;
}

/** An emulator started for one test file, plus helpers that speak to it over loopback HTTP. */
export interface EmulatorUnderTest {
  readonly emulator: RunningEmulator;
  readonly dataDir: string;
  /** Gets a dev token for a demo user. */
  token(user: string, options?: { scopes?: string; expiresIn?: number }): Promise<string>;
  /** Calls `/graph/v1.0<path>` as `user` (coordinator by default) with JSON in and out. */
  graph(method: string, path: string, options?: { user?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<JsonAnswer>;
  /** Calls `/emulator<path>`. */
  control(method: string, path: string, body?: unknown): Promise<JsonAnswer>;
  /** The demo site's id. */
  siteId(): Promise<string>;
  /** Stops the emulator; `keepData` leaves the data directory for a restart test. */
  stop(keepData?: boolean): Promise<void>;
}

/** Starts an emulator on an ephemeral port with a fresh data directory (or `dataDir`). */
export async function startEmulatorUnderTest(dataDir?: string): Promise<EmulatorUnderTest> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'ivho-emulator-'));
  const emulator = await startEmulator({ port: 0, dataDir: dir, reset: dataDir === undefined, tab: { mode: 'none' }, quiet: true });
  const tokens = new Map<string, string>();
  let site: string | undefined;

  const token: EmulatorUnderTest['token'] = async (user, options = {}) => {
    const query = new URLSearchParams({ user });
    if (options.scopes !== undefined) query.set('scopes', options.scopes);
    if (options.expiresIn !== undefined) query.set('expiresIn', String(options.expiresIn));
    const response = await fetch(`${emulator.url}/emulator/token?${query.toString()}`);
    const body = (await response.json()) as { access_token?: string };
    if (response.status !== 200 || body.access_token === undefined) throw new Error(`No token for ${user}: ${response.status}`);
    return body.access_token;
  };

  const graph: EmulatorUnderTest['graph'] = async (method, path, options = {}) => {
    const user = options.user ?? COORDINATOR;
    let bearer = options.token;
    if (bearer === undefined) {
      bearer = tokens.get(user) ?? (await token(user));
      tokens.set(user, bearer);
    }
    const headers: Record<string, string> = { authorization: `Bearer ${bearer}`, ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const target = path.startsWith('http') ? path : `${emulator.url}/graph/v1.0${path}`;
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);
    return toAnswer(await fetch(target, init));
  };

  const control: EmulatorUnderTest['control'] = async (method, path, body) => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    return toAnswer(await fetch(`${emulator.url}/emulator${path}`, init));
  };

  return {
    emulator,
    dataDir: dir,
    token,
    graph,
    control,
    async siteId() {
      if (site === undefined) {
        const answer = await graph('GET', SITE_PATH);
        site = String(answer.body.id);
      }
      return site;
    },
    async stop(keepData = false) {
      await emulator.close();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function toAnswer(response: Response): Promise<JsonAnswer> {
  const text = await response.text();
  let body: GraphBody = {};
  if (text !== '') {
    try {
      body = JSON.parse(text) as GraphBody;
    } catch {
      body = { text };
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** Encodes an OData `$filter` value for a query string. */
export function odata(filter: string): string {
  return encodeURIComponent(filter);
}
