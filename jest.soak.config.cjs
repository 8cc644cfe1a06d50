/**
 * `npm run test:soak`: the long form of the fault suite, on demand (not in `npm test`).
 * The browser flows of tests/soak plus the outbox burst of tests/integration/storage at
 * soak size (IVHO_SOAK=1 scales it up), one file at a time so the figures are not bent by
 * a second browser on the same two cores.
 */
const base = require('./jest.config.cjs');

const byName = (name) => base.projects.find((project) => project.displayName === name);

module.exports = {
  ...base,
  maxWorkers: 1,
  projects: [
    { ...byName('integration'), displayName: 'soak-outbox', testMatch: ['<rootDir>/tests/integration/storage/outboxUnderFaults.test.ts'] },
    { ...byName('e2e'), displayName: 'soak-browser', testMatch: ['<rootDir>/tests/soak/**/*.test.ts'] },
  ],
};
