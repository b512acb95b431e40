import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vendored real-world material is scanned, never run.
    exclude: [...configDefaults.exclude, 'test/corpora/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vi.stubEnv in a test is undone when it ends.
    unstubEnvs: true,
    // Tests that spawn git, moto or the CLI must never inherit a developer's cloud settings.
    env: { AWS_EC2_METADATA_DISABLED: 'true', NO_COLOR: '1', TOKGUARD_DEBUG: '' },
  },
});
