import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers: one file at a time, no DOM emulation.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 90000,
    reporters: ['default'],
  },
});
