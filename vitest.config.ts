import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['tests/**/*.test.ts'],
    // PostgreSQL-only tests run under npm run test:pg (vitest.pg.config.ts).
    exclude: ['tests/pg/**', 'node_modules/**'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 30_000,
    // Browser steps wait on real navigations; a second is too tight on a busy 2-core machine.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
