import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a pre-authenticated download URL stands for: one user's file, until a moment. */
export interface DownloadGrant {
  readonly userId: string;
  readonly name: string;
  /** Epoch milliseconds after which the URL no longer works. */
  readonly expiresAt: number;
}

/** Path prefix of download URLs on the file host. */
export const DOWNLOAD_PATH = '/download/';

/**
 * OneDrive's download URLs are valid for a short time ("a few minutes" on "Download
 * driveItem content"); one hour is the longest any Microsoft page allows for, so a
 * URL that works here never works longer than there.
 */
const DOWNLOAD_URL_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Signs and checks the emulator's pre-authenticated download URLs, which carry their
 * authority in the URL itself (as SharePoint's `tempauth` does) and need no token.
 */
export class DownloadUrlSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly now: () => number = Date.now,
  ) {}

  /** A URL on `fileOrigin` that downloads `name` of `userId`'s app folder without a token. */
  urlFor(fileOrigin: string, userId: string, name: string): string {
    const payload = Buffer.from(JSON.stringify({ u: userId, n: name, e: this.now() + DOWNLOAD_URL_LIFETIME_MS })).toString('base64url');
    return `${fileOrigin}${DOWNLOAD_PATH}${payload}.${this.sign(payload)}`;
  }

  /** The grant of a download path, or undefined when it is forged, mangled or expired. */
  check(path: string): DownloadGrant | undefined {
    if (!path.startsWith(DOWNLOAD_PATH)) return undefined;
    const [payload, signature, ...rest] = path.slice(DOWNLOAD_PATH.length).split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const { u, n, e } = (decoded ?? {}) as { u?: unknown; n?: unknown; e?: unknown };
    if (typeof u !== 'string' || typeof n !== 'string' || typeof e !== 'number' || e <= this.now()) return undefined;
    return { userId: u, name: n, expiresAt: e };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(`download:${payload}`).digest('base64url');
  }
}
