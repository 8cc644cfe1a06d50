/**
 * The wire format of teams-js 2.x between a tab and its host, as
 * node_modules/@microsoft/teams-js/dist/esm/.../internal/communication.js speaks it:
 * the tab posts `{id, uuidAsString, func, args, ...}`; the host answers
 * `{id, uuidAsString, args}` and pushes events as `{func, args}` (no id).
 */

/** A request (or one-way notification) from the tab. */
export interface TabRequest {
  readonly id: number;
  /** teams-js 2.x matches answers by this uuid; older versions by `id`. */
  readonly uuidAsString: string | undefined;
  readonly func: string;
  readonly args: readonly unknown[];
}

/** The host's answer to one request. */
export interface HostAnswer {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly args: readonly unknown[];
}

/** An event the host pushes to the tab, e.g. `themeChange`. */
export interface HostEvent {
  readonly func: string;
  readonly args: readonly unknown[];
}

/**
 * teams-js `ErrorCode` values the host answers with. `NOT_SUPPORTED_ON_PLATFORM` makes
 * `callFunctionInHostAndHandleResponse` and `sendAndHandleSdkError` reject with it.
 */
export const SDK_ERROR_CODES = {
  notSupportedOnPlatform: 100,
  internalError: 500,
  invalidArguments: 4000,
  userAbort: 8000,
} as const;

/** An `SdkError` as teams-js recognises it (`isSdkError` checks `errorCode`). */
export interface SdkError {
  readonly errorCode: number;
  readonly message: string;
}

/** Reads a tab request from `MessageEvent.data`; anything else is not for the host. */
export function readTabRequest(data: unknown): TabRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const { id, func, args, uuidAsString } = record;
  if (typeof id !== 'number' || typeof func !== 'string') return undefined;
  return {
    id,
    func,
    uuidAsString: typeof uuidAsString === 'string' ? uuidAsString : undefined,
    args: Array.isArray(args) ? (args as unknown[]) : [],
  };
}

/** The answer to `request` carrying `args`. */
export function answerTo(request: TabRequest, args: readonly unknown[]): HostAnswer {
  return request.uuidAsString === undefined ? { id: request.id, args } : { id: request.id, uuidAsString: request.uuidAsString, args };
}

/**
 * Functions teams-js decodes as `[success, resultOrReason]` (sendAndHandleStatusAndReason
 * and the authentication calls) instead of `[sdkError, result]`: for them a failure is
 * `[false, reason]`.
 */
export const STATUS_AND_REASON_FUNCS: ReadonlySet<string> = new Set([
  'authentication.authenticate',
  'authentication.getAuthToken',
  'authentication.getUser',
  'navigateCrossDomain',
  'navigateBack',
  'navigateToTab',
  'executeDeepLink',
  'pages.navigateToApp',
  'settings.setSettings',
]);

/**
 * The answer for a function this host does not implement, shaped so that teams-js
 * rejects: `[{errorCode: NOT_SUPPORTED_ON_PLATFORM}]` for the capability APIs (which
 * throw an `SdkError` first argument), `[false, reason]` for the status-and-reason ones.
 */
export function notSupportedAnswer(request: TabRequest): HostAnswer {
  const message = `The emulator's Teams host does not support "${request.func}".`;
  if (STATUS_AND_REASON_FUNCS.has(request.func)) return answerTo(request, [false, message]);
  const error: SdkError = { errorCode: SDK_ERROR_CODES.notSupportedOnPlatform, message };
  return answerTo(request, [error]);
}

/** The event teams-js dispatches to `app.registerOnThemeChangeHandler`. */
export function themeChangeEvent(theme: string): HostEvent {
  return { func: 'themeChange', args: [theme] };
}
