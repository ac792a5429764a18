// `npm run cluster` started for real (scripts/cluster.ts): nginx in front of two instances of
// the test build that share Next's cache through Redis and hear each other's writes through
// PostgreSQL NOTIFY, on the test database. What the README promises of it is checked here:
// its output, a write seen by the other instance within 2 s and through the front within 10 s,
// signed-in answers never cached by the front, and a rolling restart under load losing nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_AUTH_SECRET, TEST_DIST_DIR } from "../../scripts/lib/config";
import { ROOT } from "../../scripts/lib/database";
import { processesServing } from "../../scripts/lib/processes";
import { bin } from "../../scripts/lib/run";
import { call, createEvent, databaseUrl, signIn } from "./helpers";

/**
 * A free run of `count` ports (the front, then one per instance), above the ports that fetch()
 * refuses to call (the Fetch standard's "bad ports", 4190 and 6000 among them).
 */
async function freePorts(count: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let base = 20_000 + Math.floor(Math.random() * 2_000) * 5; base < 60_000; base += 7) {
    const checks = await Promise.all(Array.from({ length: count }, (_, i) => free(base + i)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error("no free ports");
}

const seconds = (since: number) => (Date.now() - since) / 1000;

async function until(check: () => Promise<boolean>, limitSeconds: number, what: string) {
  const started = Date.now();
  while (seconds(started) < limitSeconds) {
    if (await check()) return seconds(started);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${limitSeconds} s`);
}

describe("npm run cluster", () => {
  let cluster: ChildProcess;
  let front = "";
  let instances: string[] = [];
  let lines: string[] = [];
  let stderr = "";

  beforeAll(async () => {
    const port = await freePorts(3);
    cluster = spawn(bin("tsx"), ["scripts/cluster.ts"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        CLUSTER_PORT: String(port),
        CLUSTER_INSTANCES: "2",
        NEXT_DIST_DIR: TEST_DIST_DIR,
        DATABASE_URL: databaseUrl(),
        AUTH_SECRET: TEST_AUTH_SECRET,
        REDIS_KEY_PREFIX: `cluster-test-${port}`,
      },
    });
    cluster.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let stdout = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the cluster did not start within 100 s:\n${stderr.slice(-3000)}`)), 100_000);
      cluster.once("exit", (code) => reject(new Error(`the cluster exited (${code}):\n${stderr.slice(-3000)}`)));
      cluster.stdout!.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/^front /m.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    lines = stdout.trim().split("\n");
    instances = lines.filter((line) => line.startsWith("instance ")).map((line) => line.slice("instance ".length));
    front = lines.at(-1)!.slice("front ".length);
  }, 110_000);

  afterAll(async () => {
    if (cluster?.pid && cluster.exitCode === null) {
      const exited = new Promise((resolve) => cluster.once("exit", resolve));
      process.kill(cluster.pid, "SIGTERM");
      await exited;
    }
  }, 60_000);

  it("says where each instance and then the front listen, on stdout and nothing else", () => {
    const port = Number(new URL(front).port);
    expect(lines).toEqual([...instances.map((url) => `instance ${url}`), `front http://127.0.0.1:${port}`]);
    expect(instances.sort()).toEqual([`http://127.0.0.1:${port + 1}`, `http://127.0.0.1:${port + 2}`]);
  });

  it("shows a write made on one instance on the other within 2 s, and through the front within 10 s", async () => {
    const event = await createEvent();
    const [a, b] = instances as [string, string];
    const page = `/en/events/${event.slug}`;
    // Every layer holds the old title first: Next's shared cache, each instance's memo and
    // response cache, the front's micro-cache.
    for (const base of [a, b, front, front]) {
      expect((await call(page, { base })).status).toBe(200);
      expect((await call(`/api/v1/events/${event.slug}`, { base })).status).toBe(200);
    }
    expect((await call(page, { base: b })).headers.get("x-simulconf-cache")).toBe("hit");

    const cookie = (await signIn("coordinator@demo.test", undefined, a))!;
    const current = await call(`/api/v1/events/${event.slug}`, { base: a, cookie });
    const title = `Renamed on one instance ${Date.now()}`;
    const written = Date.now();
    const patch = await call(`/api/v1/events/${event.slug}`, {
      base: a,
      cookie,
      method: "PATCH",
      body: JSON.stringify({ title, version: current.body.version }),
    });
    expect(patch.status).toBe(200);

    const onOther = await until(async () => (await call(page, { base: b })).text.includes(title), 2, "the page on the other instance");
    expect(seconds(written)).toBeLessThanOrEqual(2);
    expect((await call(`/api/v1/events/${event.slug}`, { base: b })).body.title).toBe(title);
    const throughFront = await until(async () => (await call(page, { base: front })).text.includes(title), 10, "the page through the front");
    expect(onOther).toBeLessThanOrEqual(2);
    expect(throughFront).toBeLessThanOrEqual(10);
  });

  it("caches public answers at the front, and never a signed-in one", async () => {
    const page = "/en/events/interactive-conference-2018";
    await call(page, { base: front });
    expect((await call(page, { base: front })).headers.get("x-cache-status")).toMatch(/HIT|UPDATING|STALE/);
    const cookie = (await signIn("coordinator@demo.test", undefined, front))!;
    const signedIn = await call("/dashboard", { base: front, cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("x-cache-status")).toBe("BYPASS");
    const again = await call("/dashboard", { base: front });
    expect(again.status).not.toBe(200); // anonymous: sent to sign in, not the coordinator's page
    expect(again.text).not.toContain("coordinator@demo.test");
  });

  it("loses no request when an instance is stopped under load (a rolling restart)", async () => {
    const cookie = (await signIn("coordinator@demo.test", undefined, front))!;
    const [a] = instances as [string];
    const aPort = Number(new URL(a).port);
    const pids = processesServing(aPort);
    expect(pids.length).toBeGreaterThan(0);

    const failures: string[] = [];
    let done = 0;
    let running = true;
    // Signed-in reads are never cached by the front: each one reaches an instance.
    const worker = async (n: number) => {
      while (running) {
        const path = n % 2 ? "/api/v1/events/interactive-conference-2018" : `/api/v1/events/interactive-conference-2018/schedule?tz=America/Toronto&n=${done}`;
        try {
          const response = await fetch(`${front}${path}`, { headers: { cookie } });
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${path}: ${response.status}`);
        } catch (error) {
          failures.push(`${path}: ${(error as Error).message}`);
        }
        done++;
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, n) => worker(n)));
    await new Promise((r) => setTimeout(r, 1_500));
    const before = done;
    for (const pid of pids) process.kill(pid, "SIGTERM");
    // The instance goes, and the cluster starts it again.
    await until(async () => processesServing(aPort).every((pid) => !pids.includes(pid)), 15, "the old instance to exit");
    await until(async () => (await fetch(`${a}/api/v1/events`).catch(() => null))?.status === 200, 60, "the instance to be back");
    await new Promise((r) => setTimeout(r, 1_000));
    running = false;
    await load;
    expect(before).toBeGreaterThan(20);
    expect(done - before).toBeGreaterThan(50);
    expect(failures).toEqual([]);
    expect(stderr).toContain(`The instance on port ${aPort} stopped`);
  }, 90_000);
});
