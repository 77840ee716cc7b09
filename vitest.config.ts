import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one worker on the 2-core CI machine, so the
    // suite ran file after file. Tests use their own temp dirs and port 0, so files run side by side.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default'],
  },
});
