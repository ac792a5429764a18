import { spawn, type SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./database";
import { SetupError } from "./main";

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: ROOT, ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws when it fails. */
export async function mustRun(command: string, args: string[], options: SpawnOptions = {}) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/**
 * `prisma migrate deploy` against `databaseUrl` (through prisma/migration-adapter.ts). Quiet, it
 * prints nothing unless it fails, and then says what Prisma said.
 */
export async function migrateDeploy(databaseUrl: string, quiet = false) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  if (!quiet) return mustRun(bin("prisma"), ["migrate", "deploy"], { env });
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    let output = "";
    const child = spawn(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (exit) => resolve({ code: exit ?? 1, output }));
  });
  if (code !== 0) throw new SetupError(`prisma migrate deploy failed:\n${output.trim().split("\n").slice(-15).join("\n")}`);
}

/**
 * The migrations in prisma/migrations that the database has not applied (by name and by the
 * checksum Prisma records: the SHA-256 of migration.sql). A failed or rolled-back attempt
 * counts as not applied, so `prisma migrate deploy` runs and reports it.
 */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const folder = path.join(ROOT, "prisma", "migrations");
  const wanted = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      checksum: createHash("sha256")
        .update(readFileSync(path.join(folder, name, "migration.sql")))
        .digest("hex"),
    }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ exists: boolean }>("select to_regclass('_prisma_migrations') is not null as exists");
    if (!table[0]?.exists) return wanted.map((m) => m.name);
    const { rows } = await client.query<{ migration_name: string; checksum: string; failed: boolean }>(
      `select migration_name, checksum, (finished_at is null and rolled_back_at is null) as failed
         from _prisma_migrations where rolled_back_at is null`,
    );
    if (rows.some((row) => row.failed)) return rows.filter((row) => row.failed).map((row) => row.migration_name);
    return wanted.filter((m) => !rows.some((row) => row.migration_name === m.name && row.checksum === m.checksum)).map((m) => m.name);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; a database already at the latest migration is left alone (~8 s saved). */
export async function migrate(databaseUrl: string, log: (line: string) => void) {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) {
    log("Database schema is up to date.");
    return;
  }
  log(`Applying ${pending.length} migration${pending.length === 1 ? "" : "s"}…`);
  await migrateDeploy(databaseUrl, true);
}
