/**
 * npm run cluster: the production topology on one machine (README, "Several instances").
 *
 *   nginx (front, CLUSTER_PORT, default 3000): load balancing, compression, a micro-cache of
 *     public answers (scripts/lib/nginx.ts);
 *   CLUSTER_INSTANCES app instances (default 2) on CLUSTER_PORT+1 … +N, each the production
 *     build with its mail worker, sharing Next's cache through Redis (REDIS_URL, else a Redis
 *     started here) and told of every write through PostgreSQL NOTIFY (lib/cache-bus.ts);
 *   one PostgreSQL: DATABASE_URL (migrated, nothing else), else the embedded demo database
 *     (migrated and loaded with the demo data).
 *
 * stdout carries only `instance http://127.0.0.1:PORT` per instance, then `front http://…` once
 * everything answers; everything else goes to stderr. Ctrl-C or SIGTERM stops all of it.
 * nginx and Redis come from Debian's packages: installed when run as root, else the command is said.
 */
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { DEMO_DATABASE, demoCluster, INSTANCE_NODE_OPTIONS } from "./lib/config";
import { databaseNameOf, ensureDatabase, ensureServer, redact, ROOT, type Database } from "./lib/database";
import { describeError, runMain, SetupError } from "./lib/main";
import { buildIfChanged, startNext, stopChild, waitForUrl } from "./lib/next-app";
import { nginxConfig } from "./lib/nginx";
import { assertPortFree } from "./lib/ports";
import { migrate } from "./lib/run";
import { ensureAuthSecret } from "./lib/secret";
import { ensureClusterDeps } from "./lib/system-deps";
import { seedDemo } from "../prisma/seed/demo";

const log = (line: string) => console.error(`[cluster] ${line}`);

const STATE_DIR = path.join(ROOT, ".data", "cluster");

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new SetupError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return value;
}

/** A port nobody listens on, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exitsEarly(child: ChildProcess, what: string, stopping: () => boolean): Promise<never> {
  return new Promise((_, reject) =>
    child.once("exit", (code, signal) => {
      if (!stopping()) reject(new Error(`${what} stopped (${signal ?? `exit code ${code}`}).`));
    }),
  );
}

async function waitForRedis(port: number, child: ChildProcess) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("Redis exited before it was ready.");
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("Redis did not answer within 15 s.");
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const frontPort = intFromEnv("CLUSTER_PORT", 3000, 1, 65_000);
  const count = intFromEnv("CLUSTER_INSTANCES", 2, 1, 32);
  const ports = Array.from({ length: count }, (_, i) => frontPort + 1 + i);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  await ensureClusterDeps();
  for (const port of [frontPort, ...ports]) await assertPortFree(port, "CLUSTER_PORT", `the cluster (port ${port})`);

  let stopping = false;
  let redis: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  const instances: ChildProcess[] = [];
  let database: Database | null = null;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    // The front first (no new requests), then the instances (they finish theirs), then the rest.
    await stopChild(nginx);
    await Promise.all(instances.map((child) => stopChild(child)));
    await stopChild(redis);
    await database?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  try {
    let databaseUrl: string;
    if (process.env.DATABASE_URL) {
      databaseUrl = process.env.DATABASE_URL;
      log(`Using DATABASE_URL (${redact(databaseUrl)}).`);
      await migrate(databaseUrl, log);
    } else {
      database = await ensureServer({ ...demoCluster(), log });
      databaseUrl = await ensureDatabase(database.serverUrl, DEMO_DATABASE);
      log(`Embedded PostgreSQL, database ${databaseNameOf(databaseUrl)}.`);
      await migrate(databaseUrl, log);
      log(await seedDemo(databaseUrl));
    }

    rmSync(STATE_DIR, { recursive: true, force: true });
    mkdirSync(STATE_DIR, { recursive: true });

    let redisUrl = process.env.REDIS_URL;
    if (!redisUrl) {
      const redisPort = await freePort();
      // In memory only, on loopback: a cache, rebuilt from the database whenever it is lost.
      redis = spawn(
        "redis-server",
        [
          "--port",
          String(redisPort),
          "--bind",
          "127.0.0.1",
          "--save",
          "",
          "--appendonly",
          "no",
          "--dir",
          STATE_DIR,
          "--maxmemory",
          "512mb",
          "--maxmemory-policy",
          "allkeys-lru",
        ],
        {
          stdio: ["ignore", process.stderr, process.stderr],
        },
      );
      void exitsEarly(redis, "Redis", () => stopping).catch((error: Error) => {
        log(error.message);
        void stopAll(1);
      });
      await waitForRedis(redisPort, redis);
      redisUrl = `redis://127.0.0.1:${redisPort}`;
      log(`Redis on port ${redisPort} (in memory).`);
    } else {
      log(`Using REDIS_URL (${redact(redisUrl)}).`);
    }

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? ensureAuthSecret(),
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production" as const,
      // nginx on this machine forwards the client's address.
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
      PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${frontPort}`,
    };
    // The memory budget is the instances' (INSTANCE_NODE_OPTIONS), not the build's.
    // Behind nginx's micro-cache each instance's response cache sees little: 16 MB is plenty.
    const instanceEnv = {
      ...env,
      NODE_OPTIONS: process.env.NODE_OPTIONS ?? INSTANCE_NODE_OPTIONS,
      RESPONSE_CACHE_MB: process.env.RESPONSE_CACHE_MB ?? "16",
    };
    await buildIfChanged(distDir, env, log, { stdio: ["ignore", process.stderr, process.stderr] });

    // Each instance is restarted when it stops (a rolling deploy: SIGTERM one, it finishes its
    // requests and a fresh one takes its place; nginx sends to the others meanwhile).
    const startInstance = async (slot: number, port: number) => {
      const instance = startNext(distDir, port, instanceEnv, "stderr");
      instances[slot] = instance;
      instance.once("exit", (code, signal) => {
        if (stopping) return;
        log(`The instance on port ${port} stopped (${signal ?? `exit code ${code}`}); starting it again.`);
        setTimeout(() => void startInstance(slot, port).catch((error: Error) => log(error.message)), 500);
      });
      await waitForUrl(`http://127.0.0.1:${port}/api/v1/events`, instance, 120_000);
    };
    await Promise.all(
      ports.map(async (port, slot) => {
        await startInstance(slot, port);
        console.log(`instance http://127.0.0.1:${port}`);
      }),
    );

    const nginxDir = path.join(STATE_DIR, "nginx");
    mkdirSync(nginxDir, { recursive: true });
    const asRoot = process.getuid?.() === 0;
    // Started as root, nginx's workers run as nobody: the folders they write are theirs.
    if (asRoot) chownSync(nginxDir, 65534, 65534);
    const conf = path.join(nginxDir, "nginx.conf");
    writeFileSync(
      conf,
      nginxConfig({
        listen: `127.0.0.1:${frontPort}`,
        upstreams: ports.map((port) => `127.0.0.1:${port}`),
        stateDir: nginxDir,
        user: asRoot ? "nobody nogroup" : undefined,
      }),
    );
    nginx = spawn(existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-p", nginxDir, "-e", "stderr", "-c", conf, "-g", "daemon off;"], {
      stdio: ["ignore", process.stderr, process.stderr],
    });
    void exitsEarly(nginx, "nginx", () => stopping).catch((error: Error) => {
      log(error.message);
      void stopAll(1);
    });
    await waitForUrl(`http://127.0.0.1:${frontPort}/api/v1/events`, nginx, 30_000);
    console.log(`front http://127.0.0.1:${frontPort}`);
    log(`${count} instance${count === 1 ? "" : "s"} behind nginx; Ctrl-C stops everything.`);
  } catch (error) {
    log(describeError(error));
    await stopAll(1);
  }
}

runMain("cluster", main);
