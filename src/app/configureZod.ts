import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` when it may, and probes for that with
// a caught `new Function("")`. Under the tab's Content-Security-Policy (no 'unsafe-eval')
// the probe is still reported as a violation; jitless mode skips both. Imported first by
// main.tsx, before any schema runs.
z.config({ jitless: true });
