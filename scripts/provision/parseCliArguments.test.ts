import { isCliError } from './CliError';
import { flagValue, hasFlag, parseCliArguments } from './parseCliArguments';

const SPEC = { site: 'value', emulator: 'optionalValue', 'dry-run': 'switch' } as const;

function failure(argv: string[]): string {
  try {
    parseCliArguments(argv, SPEC, 'cmd');
  } catch (error: unknown) {
    if (isCliError(error) && error.exitCode === 2) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseCliArguments', () => {
  it('reads values, inline values, switches and positionals', () => {
    const parsed = parseCliArguments(['file.csv', '--site', 'https://a', '--dry-run', '--emulator=http://x'], SPEC, 'cmd');
    expect(flagValue(parsed, 'site')).toBe('https://a');
    expect(flagValue(parsed, 'emulator')).toBe('http://x');
    expect(hasFlag(parsed, 'dry-run')).toBe(true);
    expect(parsed.positionals).toEqual(['file.csv']);
  });

  it('takes an optional value only when it is a URL', () => {
    expect(flagValue(parseCliArguments(['--emulator', 'http://127.0.0.1:1'], SPEC, 'cmd'), 'emulator')).toBe('http://127.0.0.1:1');
    const bare = parseCliArguments(['--emulator', 'file.csv'], SPEC, 'cmd');
    expect(bare.flags.get('emulator')).toBe(true);
    expect(bare.positionals).toEqual(['file.csv']);
  });

  it('refuses unknown, repeated, value-less and single-dash options', () => {
    expect(failure(['--sight', 'x'])).toMatch(/^cmd: unknown option --sight; known options: --site, --emulator, --dry-run$/);
    expect(failure(['--site', 'a', '--site', 'b'])).toBe('cmd: --site is given twice');
    expect(failure(['--site'])).toBe('cmd: --site needs a value');
    expect(failure(['--site', '--dry-run'])).toBe('cmd: --site needs a value');
    expect(failure(['--dry-run=yes'])).toBe('cmd: --dry-run takes no value');
    expect(failure(['-s'])).toMatch(/unknown option -s/);
  });
});
