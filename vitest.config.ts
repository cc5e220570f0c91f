import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/helpers/tls.ts makes a test CA and sets NODE_EXTRA_CA_CERTS before the workers start (https fakes).
    globalSetup: ['test/global-setup.ts', 'test/helpers/tls.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
