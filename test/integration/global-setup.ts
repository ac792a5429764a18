/**
 * Integration tests talk to a real server and its real PostgreSQL database. `npm test`
 * starts that server once for all suites (TEST_BASE_URL, TEST_DATABASE_URL); run alone
 * (`npm run test:integration`), this setup starts scripts/test-server.ts itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

const ROOT = path.resolve(__dirname, "..", "..");
const INFO = path.join(ROOT, ".data", "test-server.json");
let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  let baseUrl = process.env.TEST_BASE_URL;
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl || !databaseUrl) {
    rmSync(INFO, { force: true });
    server = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/test-server.ts"], { cwd: ROOT, stdio: "inherit" });
    for (let i = 0; i < 1200 && !existsSync(INFO); i++) {
      if (server.exitCode !== null) throw new Error("scripts/test-server.ts failed to start");
      await new Promise((r) => setTimeout(r, 500));
    }
    ({ baseUrl, databaseUrl } = JSON.parse(readFileSync(INFO, "utf8")) as { baseUrl: string; databaseUrl: string });
  }
  project.provide("baseUrl", baseUrl!);
  project.provide("databaseUrl", databaseUrl!);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
}
