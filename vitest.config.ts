import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that spawn the CLI to scan: run a second time with matching on worker threads. */
const SCAN_E2E = ['test/cli/scan-*.test.ts', 'test/cli/ci-gate.test.ts'];
const ENV = { AWS_EC2_METADATA_DISABLED: 'true', NO_COLOR: '1', TOKGUARD_DEBUG: '' };

export default defineConfig({
  test: {
    // Vendored real-world material is scanned, never run.
    exclude: [...configDefaults.exclude, 'test/corpora/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vi.stubEnv in a test is undone when it ends.
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: ['test/**/*.test.ts'],
          // Tests that spawn git, moto or the CLI must never inherit a developer's cloud settings.
          env: ENV,
        },
      },
      {
        // The worker pool starts only above 8 MB of input, which the fixtures never reach; here
        // TOKGUARD_POOL_THRESHOLD=0 sends every scan through it (docs/performance.md).
        extends: true,
        test: { name: 'workers', include: SCAN_E2E, env: { ...ENV, TOKGUARD_POOL_THRESHOLD: '0' } },
      },
    ],
  },
});
