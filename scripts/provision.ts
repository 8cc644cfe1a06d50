/** `npm run provision -- --site <URL> [...]`: see docs/admin-guide.md. */
import { processIo } from './provision/CommandContext';
import { runProvision } from './provision/runProvision';

void runProvision(process.argv.slice(2), { io: processIo, env: process.env }).then((code) => {
  process.exitCode = code;
});
