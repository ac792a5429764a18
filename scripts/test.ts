/**
 * npm test: every test, against a real PostgreSQL, never a mock.
 *   0. type check and lint (the import rules keep luxon in lib/time);
 *   1. unit tests, once per TZ of the matrix (the server's zone must never leak in), then the
 *      scripts' own tests (the embedded PostgreSQL, for real, in temporary folders);
 *   2. the test server (scripts/test-server.ts): fresh database, demo data, production build;
 *   3. integration tests (HTTP against that server, SQL against its database);
 *   4. end-to-end tests in Debian's Chromium (Playwright) against the same server.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TEST_ENV_FILE, type TestServerInfo } from "./lib/config";
import { ROOT } from "./lib/database";
import { stopChild } from "./lib/next-app";
import { runMain, SetupError } from "./lib/main";
import { bin, run } from "./lib/run";
import { ensureSystemDeps } from "./lib/system-deps";

const TZ_MATRIX = ["UTC", "Asia/Tehran", "America/Vancouver", "Pacific/Chatham"];

async function waitForServer(child: ReturnType<typeof spawn>): Promise<TestServerInfo> {
  const file = path.join(ROOT, TEST_ENV_FILE);
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new SetupError("The test server failed to start (see above).");
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TestServerInfo;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The test server did not become ready in 10 minutes.");
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await ensureSystemDeps();

  console.log("[test] Type check, lint and formatting (Prettier: `npx prettier --write .` fixes it)");
  if ((await run(bin("tsc"), ["--noEmit"])) !== 0) return 1;
  if ((await run(bin("eslint"), ["."])) !== 0) return 1;
  if ((await run(bin("prettier"), ["--check", "--log-level", "warn", "."])) !== 0) return 1;

  for (const tz of TZ_MATRIX) {
    console.log(`\n[test] Unit tests with TZ=${tz}`);
    if ((await run(bin("vitest"), ["run", "--project", "unit"], { env: { ...process.env, TZ: tz } })) !== 0) {
      return 1;
    }
  }

  console.log("\n[test] Script tests (the embedded PostgreSQL started, refused and recovered for real)");
  if ((await run(bin("vitest"), ["run", "--project", "scripts"])) !== 0) return 1;

  rmSync(path.join(ROOT, TEST_ENV_FILE), { force: true });
  console.log("\n[test] Starting the test server (fresh database, demo data, production build)…");
  const server = spawn(bin("tsx"), ["scripts/test-server.ts"], { cwd: ROOT, stdio: "inherit", env: process.env });
  try {
    const info = await waitForServer(server);
    const env = { ...process.env, TEST_BASE_URL: info.baseUrl, TEST_DATABASE_URL: info.databaseUrl };
    console.log("\n[test] Integration tests");
    if ((await run(bin("vitest"), ["run", "--project", "integration"], { env })) !== 0) return 1;
    console.log("\n[test] End-to-end tests (Chromium)");
    if ((await run(bin("playwright"), ["test"], { env })) !== 0) return 1;
    console.log("\n[test] All tests passed.");
    return 0;
  } finally {
    await stopChild(server);
  }
}

runMain("test", main);
