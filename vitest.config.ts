import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 30_000,
    // Browser steps wait on real navigations; a second is too tight on a busy 2-core machine.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
