import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';

/**
 * `npm run test:pg`: the model, service and route tests again on
 * PostgreSQL (CLAIMDESK_TEST_PG, default the local server), a database per
 * worker cloned from one migrated template (tests/setup/pg-databases.ts),
 * plus the PostgreSQL-only tests in tests/pg.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['tests/services/**/*.test.ts', 'tests/routes/**/*.test.ts', 'tests/scripts/history-verify.test.ts', 'tests/pg/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    globalSetup: ['tests/setup/pg-global-setup.ts'],
    env: { CLAIMDESK_TEST_ENGINE: 'postgres' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
