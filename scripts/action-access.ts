/** `npm run action-access -- --site <URL> [--dry-run]`: see docs/admin-guide.md, section 7. */
import { processIo } from './provision/CommandContext';
import { runActionAccess } from './provision/runActionAccess';

void runActionAccess(process.argv.slice(2), { io: processIo, env: process.env }).then((code) => {
  process.exitCode = code;
});
