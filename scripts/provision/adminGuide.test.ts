import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_LISTS } from '../../src/lists/schemas';
import { RETENTION_USAGE } from './runRetention';
import { ACTION_ACCESS_USAGE } from './runActionAccess';
import { EXIT_CODES } from './CliError';
import { CSV_COLUMNS } from './catalog/csvRecordsToCatalogEntries';
import { DOCTOR_USAGE } from './runDoctor';
import { IMPORT_CATALOG_USAGE } from './runImportCatalog';
import { PROVISION_USAGE } from './runProvision';

const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'admin-guide.md'), 'utf8');
const [dutch = '', english = ''] = guide.split(/^## English$/m);

/** docs/admin-guide.md must keep up with the schemas and the CLIs it documents. */
describe('docs/admin-guide.md', () => {
  it('has a complete Dutch and English part', () => {
    expect(dutch).toContain('## Nederlands');
    for (const part of [dutch, english]) {
      for (const heading of ['brk-multihub://<', 'Sites.Selected', 'adminconsent', 'IncidentCases', 'Content-Security-Policy', 'npm run package -- --config', 'npm run import-catalog', 'npm run doctor', '--grant-app']) {
        expect(part).toContain(heading);
      }
    }
  });

  it('names every list and every column of ALL_LISTS', () => {
    for (const list of ALL_LISTS) {
      expect(guide).toContain(`**${list.displayName}**`);
      for (const column of list.columns) expect(guide).toMatch(new RegExp(`^\\| ${column.name} \\|`, 'm'));
    }
  });

  it('documents every exit code in both languages, and every CSV column', () => {
    for (const part of [dutch, english]) {
      for (const code of Object.values(EXIT_CODES)) expect(part).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    }
    for (const column of CSV_COLUMNS) expect(english).toContain(`\`${column}\``);
  });

  it('mentions every option the commands accept', () => {
    const options = new Set([...`${PROVISION_USAGE} ${DOCTOR_USAGE} ${IMPORT_CATALOG_USAGE} ${RETENTION_USAGE} ${ACTION_ACCESS_USAGE}`.matchAll(/--[a-z-]+/g)].map((match) => match[0]));
    for (const option of options) {
      expect(dutch).toContain(option);
      expect(english).toContain(option);
    }
  });
});
