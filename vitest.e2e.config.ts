import { defineConfig } from 'vitest/config';

// End-to-end suite: playwright-core drives Debian Chromium against the browser host (tests/e2e/harness.ts).
// Files run one at a time: the machines have 2 cores and Chromium is heavy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // expect.poll waits for a condition; 1 s (vitest's default) is too short on a loaded 2-core CI machine, where
    // a re-render after an API answer can take longer. A condition met early still returns at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
