import { defineConfig } from 'vitest/config';

// Unit and integration tests (Node; renderer tests opt into jsdom per file). The browser suite has its own config.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
