import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy two-core machine they need more than 5 s.
    testTimeout: 30_000,
  },
});
