import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File in the data directory that holds the signing secret of dev tokens. */
export const DEV_TOKEN_SECRET_FILE = 'dev-token-secret';

/**
 * The data directory's token secret, created on first use. Kept per data directory
 * (not per process) so a tab that still holds a token keeps working across restarts.
 */
export function loadDevTokenSecret(dataDir: string): Buffer {
  const file = join(dataDir, DEV_TOKEN_SECRET_FILE);
  try {
    const existing = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (existing.length >= 32) return existing;
  } catch {
    // Missing or unreadable: a fresh secret below.
  }
  const secret = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret.toString('base64'), { mode: 0o600 });
  return secret;
}
