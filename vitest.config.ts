import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: false,
    include: ['{analytics,bots,cli,db,jobs,lib,server,services,test}/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite clones cost ~0.5 s and ~150 MB each; two workers keep a 2-core machine busy without swapping.
    pool: 'forks',
    maxWorkers: 2,
  },
});
