import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The task-contract files (every task × level × 100 items, a third of the suite's work) start first,
 * one per worker; without a timings cache (CI's clean checkout) vitest would order files by size and
 * start these two small files last, leaving a long tail on one core.
 */
class ContractFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => /[/\\]test[/\\]tasks[/\\]contract-[ab]\.test\.ts$/.test(f.moduleId);
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

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
    sequence: { sequencer: ContractFirst },
    reporters: ['default'],
  },
});
