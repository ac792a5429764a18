import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Each test fails when it used more than a third of its timeout (test/setup/headroom.ts).
    setupFiles: ["test/setup/headroom.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"], environment: "node" },
      },
      {
        // The scripts' own tests: the embedded PostgreSQL started, refused and recovered for real
        // (temporary folders and ports), once rather than per TZ.
        extends: true,
        test: {
          name: "scripts",
          include: ["scripts/**/*.test.ts", "test/scripts/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          // One database, shared: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
