/**
 * Building and serving the Next.js production build for the demo and the tests.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { ROOT } from "./database";
import { bin, mustRun } from "./run";

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(ROOT, entry);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const child of readdirSync(full).sort()) if (!SKIP.has(child)) visit(path.join(entry, child));
    } else {
      hash.update(entry).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

/** `next build` into `distDir`, skipped when no source changed since the last build. */
export async function buildIfChanged(distDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void, options: SpawnOptions = {}) {
  const stampFile = path.join(ROOT, distDir, ".source-hash");
  const stamp = hashSources();
  const built = existsSync(path.join(ROOT, distDir, "BUILD_ID")) && existsSync(stampFile);
  if (built && readFileSync(stampFile, "utf8") === stamp) {
    log(`Build is up to date (${distDir}).`);
    return;
  }
  log(`Building the app (${distDir})…`);
  await mustRun(bin("next"), ["build"], { ...options, env: { ...env, NEXT_DIST_DIR: distDir } });
  writeFileSync(stampFile, stamp);
}

/**
 * Forgets pages and data cached by an earlier run: the database may have been reset since,
 * and a cached page must never outlive the data it shows.
 */
export function clearRuntimeCache(distDir: string) {
  for (const dir of ["server/route-cache", "cache/fetch-cache"]) {
    rmSync(path.join(ROOT, distDir, dir), { recursive: true, force: true });
  }
}

/**
 * Serves the build through server.ts (Next behind the edge layer, lib/http/edge.ts); its output
 * goes to this process's stdout, or to its stderr with `output: "stderr"`.
 */
export function startNext(distDir: string, port: number, env: NodeJS.ProcessEnv, output: "stdout" | "stderr" = "stdout"): ChildProcess {
  return spawn(bin("tsx"), ["server.ts"], {
    cwd: ROOT,
    env: { ...env, NEXT_DIST_DIR: distDir, PORT: String(port) },
    stdio: ["ignore", output === "stdout" ? "inherit" : process.stderr, "inherit"],
  });
}

/** Resolves when `url` answers, rejects after `timeoutMs` or when `child` exits first. */
export async function waitForUrl(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error("The server exited before it was ready.");
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** Stops a child process gracefully (SIGTERM, then SIGKILL after 10 s). */
export function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Stops the server, then the embedded database, once, on SIGINT/SIGTERM or when called;
 * `beforeStop` runs first. Returns the function that shuts down with an exit code.
 */
export function shutdownOnSignals(parts: { next: () => ChildProcess | undefined; database: { stop: () => Promise<void> }; beforeStop?: () => void }) {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    parts.beforeStop?.();
    await stopChild(parts.next());
    await parts.database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  return shutdown;
}
