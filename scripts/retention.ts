/** `npm run retention -- --site <URL> [--dry-run]`: see docs/admin-guide.md, section 12. */
import { processIo } from './provision/CommandContext';
import { runRetention } from './provision/runRetention';

void runRetention(process.argv.slice(2), { io: processIo, env: process.env }).then((code) => {
  process.exitCode = code;
});
