/** `npm run import-catalog -- <file.csv|file.json> --site <URL> [...]`: see docs/admin-guide.md. */
import { processIo } from './provision/CommandContext';
import { runImportCatalog } from './provision/runImportCatalog';

void runImportCatalog(process.argv.slice(2), { io: processIo, env: process.env }).then((code) => {
  process.exitCode = code;
});
