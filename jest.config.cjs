/**
 * Three projects, all run by `npm test`:
 * - unit: pure code and React components (jsdom per file via a docblock);
 * - integration: the emulator's Graph conformance and src/graph against it over loopback HTTP;
 * - e2e: the built tab in headless Debian chromium through playwright-core.
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  transform,
  // ESM-only packages are transpiled to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(nanoid|minisearch)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // Tests always run against the embedded default configuration.
  moduleNameMapper: { '^@app-config$': '<rootDir>/config/local.json', '^@maturity-model$': '<rootDir>/config/maturity-model/ivho-default.json' },
};

module.exports = {
  maxWorkers: 2,
  // Jest's 5 s is what a React component test needs on an idle machine; on 2 shared
  // cores (CI beside another run) seven jsdom tests took longer. A test that waits on
  // the DOM only gets slower under load, never wrong, so the limit is generous.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.cjs'],
  testSequencer: '<rootDir>/tests/support/slowFirstSequencer.cjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/tests/support/jsdomGaps.ts'],
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/emulator/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/globalSetup.cjs',
    },
  ],
};
