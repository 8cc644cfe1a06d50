import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { deflateSync } from 'node:zlib';
import {
  buildTeamsPackage,
  checkIcons,
  deriveAppId,
  fillTemplate,
  MANIFEST_DIR,
  PackageInputError,
  readPackageSettings,
  readPng,
  runPackage,
  validateAgainstLocalSchema,
  type PackageSettings,
} from './package';

const ROOT = resolve(__dirname, '..');
const exampleTenant: unknown = JSON.parse(readFileSync(join(ROOT, 'config/example.tenant.json'), 'utf8'));

const SETTINGS: PackageSettings = {
  appId: '2b7f6c1e-4a3d-4e5f-9a0b-1c2d3e4f5a6b',
  clientId: '11111111-2222-4333-8444-555555555555',
  domain: 'ivho.example.org',
  version: '1.2.3',
  scopes: ['Sites.Selected', 'User.Read'],
  developerName: 'Platform IV-HO',
  websiteUrl: 'https://ivho.example.org/',
  privacyUrl: 'https://ivho.example.org/privacy',
  termsOfUseUrl: 'https://ivho.example.org/terms',
};

let workDir: string;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ivho-package-'));
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

/** A copy of manifest/ the test may break. */
function manifestCopy(): string {
  const dir = join(workDir, 'manifest');
  cpSync(MANIFEST_DIR, dir, { recursive: true });
  return dir;
}

function recordingIo(): { io: { out: (line: string) => void; err: (line: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

/** An RGBA PNG of `size` whose pixels `pixel` gives. */
function png(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('readPackageSettings', () => {
  it('reads the tab configuration: client id, the redirect URI host, scopes, package.json version', () => {
    const settings = readPackageSettings({ file: exampleTenant, defaultVersion: '0.1.0' });
    // The library's scopes: the first token the tab asks for, which the host may prefetch.
    expect(settings).toMatchObject({ clientId: '00000000-0000-0000-0000-000000000000', domain: 'ivho.contoso.example', version: '0.1.0', scopes: ['Sites.Selected', 'User.Read'] });
    // The app id stays the same on every packaging of the same registration and domain.
    expect(settings.appId).toBe(deriveAppId(settings.clientId, settings.domain));
    expect(settings.appId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('lets flags beat the environment and the environment beat the file', () => {
    const settings = readPackageSettings({
      file: { teamsApp: { clientId: SETTINGS.clientId, domain: 'file.example.org', appId: SETTINGS.appId, version: '1.0.0' } },
      env: { IVHO_APP_DOMAIN: 'env.example.org', IVHO_APP_VERSION: '2.0.0' },
      flags: { version: '3.0.0' },
      defaultVersion: '0.1.0',
    });
    expect(settings).toMatchObject({ appId: SETTINGS.appId, domain: 'env.example.org', version: '3.0.0' });
  });

  it('names every missing or bad key', () => {
    const attempt = (): PackageSettings =>
      readPackageSettings({ file: { mode: 'local', auth: { kind: 'emulator' } }, flags: { version: '1.0' }, env: { IVHO_APP_DOMAIN: 'https://ivho.example.org/tab' }, defaultVersion: '0.1.0' });
    expect(attempt).toThrow(PackageInputError);
    try {
      attempt();
    } catch (error: unknown) {
      expect(error instanceof PackageInputError ? error.problems.map((problem) => problem.key) : []).toEqual(['clientId', 'IVHO_APP_DOMAIN', '--version']);
    }
  });
});

describe('fillTemplate', () => {
  it('fills strings and expands a list placeholder, and reports what stays unfilled', () => {
    const { filled, unfilled } = fillTemplate({ a: 'https://{{DOMAIN}}/x', list: ['{{SCOPES}}'], deep: [{ b: '{{NOPE}}' }] }, { DOMAIN: 'd.example', SCOPES: ['A', 'B'] });
    expect(filled).toEqual({ a: 'https://d.example/x', list: ['A', 'B'], deep: [{ b: '{{NOPE}}' }] });
    expect(unfilled).toEqual(['deep[0].b: {{NOPE}}']);
  });
});

describe('the Teams app package', () => {
  it('builds a package whose manifest validates against the bundled schema', () => {
    const built = buildTeamsPackage(SETTINGS);
    expect(built.problems).toEqual([]);
    expect(validateAgainstLocalSchema(built.manifest)).toEqual([]);
    expect(Object.keys(built.files).sort()).toEqual(['color.png', 'manifest.json', 'nl-NL.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(built.files['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: SETTINGS.appId,
      version: '1.2.3',
      validDomains: ['ivho.example.org'],
      webApplicationInfo: {
        id: SETTINGS.clientId,
        nestedAppAuthInfo: [{ redirectUri: 'https://ivho.example.org', scopes: ['Sites.Selected', 'User.Read'] }],
      },
      configurableTabs: [{ configurationUrl: 'https://ivho.example.org/?setup=channel', canUpdateConfiguration: true, scopes: ['team'], context: ['channelTab'] }],
      supportedChannelTypes: ['privateChannels', 'sharedChannels'],
      staticTabs: [{ entityId: 'instruments', scopes: ['personal'] }, { entityId: 'assessments', name: 'My assessments and reports' }, { entityId: 'incidents' }],
      localizationInfo: { defaultLanguageTag: 'en-US', additionalLanguages: [{ languageTag: 'nl-NL', file: 'nl-NL.json' }] },
    });
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('ships icons of the right sizes, the outline white on transparent', () => {
    const color = readPng(readFileSync(join(MANIFEST_DIR, 'color.png')));
    const outline = readPng(readFileSync(join(MANIFEST_DIR, 'outline.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(checkIcons(readFileSync(join(MANIFEST_DIR, 'color.png')), readFileSync(join(MANIFEST_DIR, 'outline.png')))).toEqual([]);
  });

  it('refuses icons of the wrong size or an outline that is not white on transparent', () => {
    const blueSquare = png(32, () => [31, 92, 153, 255]);
    expect(checkIcons(png(100, () => [0, 0, 0, 255]), blueSquare)).toEqual([
      'color.png must be 192x192 pixels, not 100x100',
      'outline.png must have a transparent background',
      'outline.png must be white only (1024 pixels have another colour)',
    ]);
    expect(checkIcons(png(192, () => [1, 2, 3, 255]), png(48, (x) => (x < 10 ? [255, 255, 255, 255] : [0, 0, 0, 0])))).toEqual([
      'outline.png must be 32x32 pixels, not 48x48',
    ]);
    expect(checkIcons(new Uint8Array([1, 2, 3]), blueSquare)[0]).toBe('color.png is not a PNG file');
  });

  it('refuses a broken template with the named schema problem', () => {
    const dir = manifestCopy();
    const template = JSON.parse(readFileSync(join(dir, 'manifest.template.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'manifest.template.json'), JSON.stringify({ ...template, accentColor: 'blue', configurableTabs: [{ scopes: ['personal'] }], extra: '{{MISSING_VALUE}}' }));
    const { problems } = buildTeamsPackage(SETTINGS, dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        'manifest: unfilled placeholder extra: {{MISSING_VALUE}}',
        expect.stringMatching(/^manifest: \/accentColor must match pattern/),
        expect.stringMatching(/^manifest: \/configurableTabs\/0 must have required property 'configurationUrl'/),
        expect.stringMatching(/^manifest: \/configurableTabs\/0\/scopes\/0 must be equal to one of the allowed values/),
        expect.stringMatching(/^manifest: \/ must NOT have additional properties .*"additionalProperty":"extra"/),
      ]),
    );
  });

  it('refuses a translation that breaks the localization schema', () => {
    const dir = manifestCopy();
    const translation = JSON.parse(readFileSync(join(dir, 'nl-NL.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'nl-NL.json'), JSON.stringify({ ...translation, 'name.short': 'x'.repeat(31) }));
    expect(buildTeamsPackage(SETTINGS, dir).problems).toEqual([expect.stringMatching(/^nl-NL\.json: \/name\.short must NOT have more than 30 characters/)]);
  });
});

describe('npm run package', () => {
  it('writes a zip from config/example.tenant.json whose manifest passes schema validation', () => {
    const out = join(workDir, 'dist', 'ivho-teams-app.zip');
    const { io, out: printed, err } = recordingIo();
    expect(runPackage(['--config', join(ROOT, 'config/example.tenant.json'), '--out', out], io, {})).toBe(0);
    expect(err).toEqual([]);
    expect(printed.join('\n')).toContain('Manifest valid (schema 1.22)');
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'nl-NL.json', 'outline.png']);
    const manifest: unknown = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(validateAgainstLocalSchema(manifest)).toEqual([]);
    expect(validateAgainstLocalSchema(JSON.parse(strFromU8(files['nl-NL.json'] ?? new Uint8Array())))).toEqual([]);
    expect(readPng(files['color.png'] ?? new Uint8Array()).width).toBe(192);
  });

  it('exits 1 naming the key for a missing client id or a bad domain, and writes nothing', () => {
    const out = join(workDir, 'never.zip');
    const { io, err } = recordingIo();
    expect(runPackage(['--config', join(ROOT, 'config/local.json'), '--out', out], io, {})).toBe(1);
    expect(err.join('\n')).toContain('clientId: is missing');
    const second = recordingIo();
    expect(runPackage(['--config', join(ROOT, 'config/example.tenant.json'), '--domain', 'ivho.example.org:8443', '--out', out], second.io, {})).toBe(1);
    expect(second.err.join('\n')).toContain('--domain: "ivho.example.org:8443" must be a host name');
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 on an unknown argument', () => {
    const { io, err } = recordingIo();
    expect(runPackage(['--zip', 'x'], io, {})).toBe(2);
    expect(err[0]).toContain('unknown argument "--zip"');
  });
});
