import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` holds the pure tests colocated with their code (no database, no services: seconds, the inner
 * loop, `npm run test:unit`); `integration` holds the suites in test/ that need PGlite, PostgreSQL, Redis, a server
 * or chat stand-ins. `npm test` runs both.
 */
export default defineConfig({
  test: {
    globals: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite clones cost ~0.5 s and ~150 MB each; two workers keep a 2-core machine busy without swapping.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{analytics,bots,cli,db,jobs,lib,server,services}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], globalSetup: ['test/helpers/global-setup.ts'] },
      },
    ],
  },
});
