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
    // Test files in a worker share the module cache: loading the project once per worker instead of once
    // per file took the suite from 688 s to about 480 s on 2 cores (imports were 231 s of it). Tests
    // that need a module's first-use state import a fresh copy (vi.resetModules).
    isolate: false,
    reporters: ['default'],
  },
});
