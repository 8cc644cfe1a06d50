/**
 * `npm run package -- [--config <file>] [--out <zip>]`: fills manifest/manifest.template.json
 * from configuration, validates it offline against the schema that @microsoft/app-manifest
 * ships, checks the icons, and writes the Teams app package (a zip).
 * `npm run validate-manifest -- [--config <file>]` does the same without writing.
 *
 * Settings come from, strongest first: flags (`--app-id`, `--client-id`, `--domain`,
 * `--version`), environment (`IVHO_TEAMS_APP_ID`, `IVHO_CLIENT_ID`, `IVHO_APP_DOMAIN`,
 * `IVHO_APP_VERSION`), then the config file: either the tab's own configuration
 * (`auth.clientId`, the host of `auth.redirectUri`, `scopes`) or a file with a `teamsApp`
 * object (`appId`, `clientId`, `domain`, `version`, `scopes`, `developerName`,
 * `websiteUrl`, `privacyUrl`, `termsOfUseUrl`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const ROOT = resolve(__dirname, '..');
/** Where the template, icons and translations live. */
export const MANIFEST_DIR = join(ROOT, 'manifest');
const DEFAULT_OUT = join(ROOT, 'dist', 'ivho-teams-app.zip');

// ---- settings ---------------------------------------------------------------------

/** Everything the template needs. */
export interface PackageSettings {
  /** The Teams app id (manifest `id`), a GUID. */
  readonly appId: string;
  /** The Entra app registration's application (client) id, a GUID. */
  readonly clientId: string;
  /** The host name the tab is served from, e.g. `ivho.example.org`. */
  readonly domain: string;
  /** The package version, `major.minor.patch`. */
  readonly version: string;
  /** Graph scopes the tab requests, in the order it requests them (NAA prefetches them). */
  readonly scopes: readonly string[];
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
}

/** One wrong or missing setting, named by where it can be set. */
export interface SettingProblem {
  readonly key: string;
  readonly message: string;
}

/** Thrown for bad input; `problems` names every key that is wrong. */
export class PackageInputError extends Error {
  readonly isPackageInputError = true;
  constructor(readonly problems: readonly SettingProblem[]) {
    super(problems.map((problem) => `${problem.key}: ${problem.message}`).join('\n'));
    this.name = 'PackageInputError';
  }
}

/** Where settings come from. */
export interface SettingSources {
  /** The parsed config file, if one was given. */
  readonly file?: unknown;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly flags?: Readonly<Partial<Record<'appId' | 'clientId' | 'domain' | 'version', string>>>;
  /** Version when none is configured (package.json's). */
  readonly defaultVersion: string;
}

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** The manifest schema's semver pattern (no pre-release tags, no leading zeros). */
const SEMVER = /^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$/;
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const DEVELOPER_NAME_MAX = 32;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A value and the key it was read from, for messages. */
interface Sourced {
  readonly value: string;
  readonly from: string;
}

function firstOf(...candidates: readonly (readonly [string | undefined, string])[]): Sourced | undefined {
  for (const [value, from] of candidates) if (value !== undefined) return { value, from };
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A stable GUID derived from the client id and domain (UUID v5 layout), so repackaging keeps the app id. */
export function deriveAppId(clientId: string, domain: string): string {
  const bytes = createHash('sha1').update(`ivho-teams-app:${clientId.toLowerCase()}:${domain.toLowerCase()}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Reads and checks the settings; throws {@link PackageInputError} naming every bad key. */
export function readPackageSettings(sources: SettingSources): PackageSettings {
  const file = record(sources.file) ?? {};
  const teamsApp = record(file['teamsApp']) ?? {};
  const auth = record(file['auth']) ?? {};
  const env = sources.env ?? {};
  const flags = sources.flags ?? {};
  const problems: SettingProblem[] = [];

  const clientId = firstOf(
    [text(flags.clientId), '--client-id'],
    [text(env['IVHO_CLIENT_ID']), 'IVHO_CLIENT_ID'],
    [text(teamsApp['clientId']), 'teamsApp.clientId'],
    [text(auth['clientId']), 'auth.clientId'],
  );
  if (clientId === undefined) {
    problems.push({ key: 'clientId', message: 'is missing: set auth.clientId (or teamsApp.clientId) in the config file, IVHO_CLIENT_ID, or --client-id' });
  } else if (!GUID.test(clientId.value)) {
    problems.push({ key: clientId.from, message: `"${clientId.value}" must be a GUID (the app registration's application id)` });
  }

  const domain = firstOf(
    [text(flags.domain), '--domain'],
    [text(env['IVHO_APP_DOMAIN']), 'IVHO_APP_DOMAIN'],
    [text(teamsApp['domain']), 'teamsApp.domain'],
    [hostOf(text(auth['redirectUri'])), 'auth.redirectUri'],
  );
  if (domain === undefined) {
    problems.push({ key: 'domain', message: 'is missing: set teamsApp.domain or auth.redirectUri in the config file, IVHO_APP_DOMAIN, or --domain' });
  } else if (!HOSTNAME.test(domain.value)) {
    problems.push({ key: domain.from, message: `"${domain.value}" must be a host name such as ivho.example.org (no scheme, port or path)` });
  }

  const appId = firstOf([text(flags.appId), '--app-id'], [text(env['IVHO_TEAMS_APP_ID']), 'IVHO_TEAMS_APP_ID'], [text(teamsApp['appId']), 'teamsApp.appId']);
  if (appId !== undefined && !GUID.test(appId.value)) problems.push({ key: appId.from, message: `"${appId.value}" must be a GUID` });

  const version = firstOf(
    [text(flags.version), '--version'],
    [text(env['IVHO_APP_VERSION']), 'IVHO_APP_VERSION'],
    [text(teamsApp['version']), 'teamsApp.version'],
    [sources.defaultVersion, 'package.json version'],
  );
  if (version === undefined || !SEMVER.test(version.value)) {
    problems.push({ key: version?.from ?? 'version', message: `"${version?.value ?? ''}" must be a version like 1.2.3` });
  }

  // nestedAppAuthInfo lets the host prefetch the first NAA token, and its scopes must match
  // that request exactly and in order ("root.webApplicationInfo.nestedAppAuthInfo object"):
  // the library's scopes, the first the tab asks for. Features ask for theirs later.
  const configScopes = file['scopes'];
  const libraryScopes = typeof configScopes === 'object' && configScopes !== null && !Array.isArray(configScopes) ? (configScopes as Record<string, unknown>)['library'] : configScopes;
  const rawScopes = teamsApp['scopes'] ?? libraryScopes ?? ['User.Read'];
  const scopesKey = teamsApp['scopes'] === undefined ? 'scopes.library' : 'teamsApp.scopes';
  const scopes = Array.isArray(rawScopes) ? rawScopes.map(text) : [];
  if (!Array.isArray(rawScopes) || scopes.length === 0 || scopes.length > 20 || scopes.some((scope) => scope === undefined)) {
    problems.push({ key: scopesKey, message: 'must list 1 to 20 non-empty scope names' });
  }

  const developerName = text(teamsApp['developerName']) ?? 'Platform IV-HO';
  if (developerName.length > DEVELOPER_NAME_MAX) problems.push({ key: 'teamsApp.developerName', message: `must be at most ${DEVELOPER_NAME_MAX} characters` });
  const site = `https://${domain?.value ?? 'invalid.example'}/`;
  const urls = {
    websiteUrl: text(teamsApp['websiteUrl']) ?? site,
    privacyUrl: text(teamsApp['privacyUrl']) ?? site,
    termsOfUseUrl: text(teamsApp['termsOfUseUrl']) ?? site,
  };
  for (const [key, url] of Object.entries(urls)) {
    if (!/^https:\/\/\S+$/.test(url)) problems.push({ key: `teamsApp.${key}`, message: `"${url}" must be an https URL` });
  }

  if (problems.length > 0 || clientId === undefined || domain === undefined || version === undefined) throw new PackageInputError(problems);
  return {
    appId: appId?.value ?? deriveAppId(clientId.value, domain.value),
    clientId: clientId.value,
    domain: domain.value.toLowerCase(),
    version: version.value,
    scopes: scopes.filter((scope): scope is string => scope !== undefined),
    developerName,
    ...urls,
  };
}

// ---- template -----------------------------------------------------------------------

/** Values for `{{NAME}}` placeholders; a list fills an array element that is exactly `{{NAME}}`. */
export type TemplateValues = Readonly<Record<string, string | readonly string[]>>;

/** The template values of the settings. */
export function templateValues(settings: PackageSettings): TemplateValues {
  return {
    APP_ID: settings.appId,
    CLIENT_ID: settings.clientId,
    DOMAIN: settings.domain,
    VERSION: settings.version,
    SCOPES: settings.scopes,
    DEVELOPER_NAME: settings.developerName,
    WEBSITE_URL: settings.websiteUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_OF_USE_URL: settings.termsOfUseUrl,
  };
}

const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/** Fills the template; `unfilled` lists every placeholder (with its JSON path) that has no value. */
export function fillTemplate(template: unknown, values: TemplateValues): { readonly filled: unknown; readonly unfilled: readonly string[] } {
  const unfilled: string[] = [];
  function fillString(value: string, path: string): string {
    return value.replace(PLACEHOLDER, (whole, name: string) => {
      const replacement = values[name];
      if (typeof replacement === 'string') return replacement;
      unfilled.push(`${path}: ${whole}`);
      return whole;
    });
  }
  function walk(node: unknown, path: string): unknown {
    if (typeof node === 'string') return fillString(node, path);
    if (Array.isArray(node)) {
      return node.flatMap((item: unknown, index) => {
        const whole = typeof item === 'string' ? /^\{\{([A-Z_]+)\}\}$/.exec(item) : null;
        const list = whole?.[1] === undefined ? undefined : values[whole[1]];
        return Array.isArray(list) ? [...(list as readonly string[])] : [walk(item, `${path}[${index}]`)];
      });
    }
    const object = record(node);
    if (object === undefined) return node;
    return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, walk(value, path === '' ? key : `${path}.${key}`)]));
  }
  return { filled: walk(template, ''), unfilled };
}

// ---- schema validation (offline) ----------------------------------------------------

const APP_MANIFEST_DIR = dirname(require.resolve('@microsoft/app-manifest/package.json'));

/** The schema file @microsoft/app-manifest ships for a `$schema` URL; never fetched. */
export function localSchemaPath(schemaUrl: unknown): string {
  if (typeof schemaUrl !== 'string') throw new Error('the manifest has no $schema URL');
  const match = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/.exec(schemaUrl);
  if (match === null) throw new Error(`$schema "${schemaUrl}" is not a Teams manifest schema URL`);
  const file = join(APP_MANIFEST_DIR, 'build', 'json-schemas', 'teams', match[1] ?? '', match[2] ?? '');
  if (!existsSync(file)) throw new Error(`@microsoft/app-manifest does not ship the schema for ${schemaUrl}; pick a version it has`);
  return file;
}

/** The part of ajv's API used here. */
interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: unknown;
}
interface CompiledSchema {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}
interface SchemaCompiler {
  compile(schema: object): CompiledSchema;
}

let compiler: SchemaCompiler | undefined;

/**
 * The validator @microsoft/app-manifest's `AppManifestUtils.validateAgainstSchema` builds
 * (ajv draft-04, all errors, uri/email/regex formats), loaded from the package's own
 * dependencies. Its entry point cannot be loaded here: 1.1.2 requires `fs-extra`
 * without declaring it.
 */
function schemaCompiler(): SchemaCompiler {
  if (compiler !== undefined) return compiler;
  const requireFromPackage = createRequire(join(APP_MANIFEST_DIR, 'build', 'index.js'));
  const { default: AjvDraft04 } = requireFromPackage('ajv-draft-04') as { default: new (options: object) => SchemaCompiler };
  const { default: addFormats } = requireFromPackage('ajv-formats') as { default: (ajv: SchemaCompiler, formats: readonly string[]) => void };
  // unicodeRegExp off: the localization schema's patterns (e.g. `\b]`) are not valid with the `u` flag.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  compiler = ajv;
  return ajv;
}

const compiled = new Map<string, CompiledSchema>();

/** Validates a manifest or localization file against its `$schema`, offline; every error, as text. */
export function validateAgainstLocalSchema(document: unknown): string[] {
  const schemaFile = localSchemaPath(record(document)?.['$schema']);
  let validate = compiled.get(schemaFile);
  if (validate === undefined) {
    // The package's own reader does the same clean-up of escapes ajv cannot parse.
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
    validate = schemaCompiler().compile(schema);
    compiled.set(schemaFile, validate);
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath === '' ? '/' : error.instancePath} ${error.message ?? 'is invalid'} (${JSON.stringify(error.params ?? {})})`);
}

// ---- icons --------------------------------------------------------------------------

/** What the package needs to know about a PNG. */
export interface PngInfo {
  readonly width: number;
  readonly height: number;
  /** 6 = RGBA. */
  readonly colorType: number;
  readonly bitDepth: number;
  /** RGBA pixels, row by row, for 8-bit RGBA non-interlaced images; undefined otherwise. */
  readonly rgba: Uint8Array | undefined;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads a PNG's header, and its pixels when it is 8-bit RGBA (what Teams wants for the outline). */
export function readPng(bytes: Uint8Array): PngInfo {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new Error('is not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: Omit<PngInfo, 'rgba'> & { readonly interlace: number } = { width: 0, height: 0, colorType: 0, bitDepth: 0, interlace: 0 };
  const data: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12), bitDepth: body[8] ?? 0, colorType: body[9] ?? 0, interlace: body[12] ?? 0 };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const { interlace, ...info } = header;
  if (info.width === 0 || info.height === 0) throw new Error('has no PNG header');
  if (info.colorType !== 6 || info.bitDepth !== 8 || interlace !== 0) return { ...info, rgba: undefined };
  const raw = inflateSync(Buffer.concat(data));
  const stride = info.width * 4;
  const rgba = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      rgba[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { ...info, rgba };
}

/** Problems with the two icons: sizes, and an outline that is white on transparent. */
export function checkIcons(color: Uint8Array, outline: Uint8Array): string[] {
  const problems: string[] = [];
  const read = (name: string, bytes: Uint8Array): PngInfo | undefined => {
    try {
      return readPng(bytes);
    } catch (error: unknown) {
      problems.push(`${name} ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const colorInfo = read('color.png', color);
  if (colorInfo !== undefined && (colorInfo.width !== 192 || colorInfo.height !== 192)) {
    problems.push(`color.png must be 192x192 pixels, not ${colorInfo.width}x${colorInfo.height}`);
  }
  const outlineInfo = read('outline.png', outline);
  if (outlineInfo === undefined) return problems;
  if (outlineInfo.width !== 32 || outlineInfo.height !== 32) problems.push(`outline.png must be 32x32 pixels, not ${outlineInfo.width}x${outlineInfo.height}`);
  const pixels = outlineInfo.rgba;
  if (pixels === undefined) {
    problems.push('outline.png must be an 8-bit RGBA PNG (white on a transparent background)');
    return problems;
  }
  let transparent = 0;
  let coloured = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    const alpha = pixels[index + 3] ?? 0;
    if (alpha === 0) transparent += 1;
    else if (pixels[index] !== 255 || pixels[index + 1] !== 255 || pixels[index + 2] !== 255) coloured += 1;
  }
  if (transparent === 0) problems.push('outline.png must have a transparent background');
  if (coloured > 0) problems.push(`outline.png must be white only (${coloured} pixels have another colour)`);
  return problems;
}

// ---- the package --------------------------------------------------------------------

/** A built package and everything wrong with it. */
export interface BuiltPackage {
  readonly manifest: unknown;
  /** File name -> bytes, as they go into the zip. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** Unfilled placeholders, schema errors (manifest and translations) and icon problems; empty = valid. */
  readonly problems: readonly string[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error: unknown) {
    throw new Error(`${relative(ROOT, file)} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Fills, validates and collects the package files from `manifestDir`. */
export function buildTeamsPackage(settings: PackageSettings, manifestDir: string = MANIFEST_DIR): BuiltPackage {
  const { filled, unfilled } = fillTemplate(readJson(join(manifestDir, 'manifest.template.json')), templateValues(settings));
  const problems: string[] = unfilled.map((placeholder) => `manifest: unfilled placeholder ${placeholder}`);
  problems.push(...validateAgainstLocalSchema(filled).map((error) => `manifest: ${error}`));

  const manifest = record(filled) ?? {};
  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(`${JSON.stringify(filled, null, 2)}\n`) };
  const languages = record(manifest['localizationInfo'])?.['additionalLanguages'];
  for (const language of Array.isArray(languages) ? languages : []) {
    const file = text(record(language)?.['file']);
    if (file === undefined) continue;
    const path = join(manifestDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: listed in localizationInfo but missing from manifest/`);
      continue;
    }
    const translation = readJson(path);
    problems.push(...validateAgainstLocalSchema(translation).map((error) => `${file}: ${error}`));
    files[file] = strToU8(`${JSON.stringify(translation, null, 2)}\n`);
  }

  const icons = record(manifest['icons']) ?? {};
  const iconBytes = (key: 'color' | 'outline'): Uint8Array => {
    const file = text(icons[key]);
    const path = file === undefined ? undefined : join(manifestDir, file);
    if (file === undefined || path === undefined || !existsSync(path)) {
      problems.push(`icons.${key}: file ${file ?? '(none)'} is missing from manifest/`);
      return new Uint8Array();
    }
    const bytes = new Uint8Array(readFileSync(path));
    files[file] = bytes;
    return bytes;
  };
  const color = iconBytes('color');
  const outline = iconBytes('outline');
  if (color.length > 0 && outline.length > 0) problems.push(...checkIcons(color, outline));
  return { manifest: filled, files, problems };
}

/** The zip Teams accepts: the files at its root. */
export function zipPackage(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  return zipSync({ ...files }, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
}

// ---- command line -------------------------------------------------------------------

/** Where the command writes. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

interface ParsedArgs {
  readonly config?: string;
  readonly out?: string;
  readonly validateOnly: boolean;
  readonly flags: Partial<Record<'appId' | 'clientId' | 'domain' | 'version', string>>;
}

const VALUE_FLAGS: Readonly<Record<string, 'config' | 'out' | 'appId' | 'clientId' | 'domain' | 'version'>> = {
  '--config': 'config',
  '--out': 'out',
  '--app-id': 'appId',
  '--client-id': 'clientId',
  '--domain': 'domain',
  '--version': 'version',
};

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const values: Partial<Record<'config' | 'out' | 'appId' | 'clientId' | 'domain' | 'version', string>> = {};
  let validateOnly = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--validate-only') {
      validateOnly = true;
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = VALUE_FLAGS[name];
    if (key === undefined) return `unknown argument "${arg}" (use --config <file>, --out <zip>, --app-id, --client-id, --domain, --version, --validate-only)`;
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') return `${name} needs a value`;
    values[key] = value;
  }
  const { config, out, ...flags } = values;
  return { ...(config === undefined ? {} : { config }), ...(out === undefined ? {} : { out }), validateOnly, flags };
}

/** Runs the command; resolves with the exit code (0 = package written or valid). */
export function runPackage(argv: readonly string[], io: CommandIo, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`package: ${args}`);
    return 2;
  }
  try {
    const file = args.config === undefined ? undefined : readJson(resolve(args.config));
    const defaultVersion = text(record(readJson(join(ROOT, 'package.json')))?.['version']) ?? '1.0.0';
    const settings = readPackageSettings({ file, env, flags: args.flags, defaultVersion });
    const built = buildTeamsPackage(settings);
    if (built.problems.length > 0) {
      io.err(`package: the Teams app package is not valid (${built.problems.length} problem${built.problems.length === 1 ? '' : 's'}):`);
      for (const problem of built.problems) io.err(`  - ${problem}`);
      return 1;
    }
    io.out(`Manifest valid (schema ${String(record(built.manifest)?.['manifestVersion'])}): app id ${settings.appId}, client id ${settings.clientId}, domain ${settings.domain}, version ${settings.version}`);
    if (args.validateOnly) return 0;
    const out = resolve(args.out ?? DEFAULT_OUT);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zipPackage(built.files));
    io.out(`Wrote ${relative(process.cwd(), out) || out} (${Object.keys(built.files).join(', ')})`);
    return 0;
  } catch (error: unknown) {
    if (error instanceof PackageInputError) {
      io.err('package: the configuration is not complete:');
      for (const problem of error.problems) io.err(`  - ${problem.key}: ${problem.message}`);
      return 1;
    }
    io.err(`package: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (/package\.ts$/.test(process.argv[1] ?? '')) {
  process.exitCode = runPackage(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
}
