/** `npm run doctor -- --site <URL> [...]`: see docs/admin-guide.md. */
import { processIo } from './provision/CommandContext';
import { runDoctor } from './provision/runDoctor';

void runDoctor(process.argv.slice(2), { io: processIo, env: process.env }).then((code) => {
  process.exitCode = code;
});
