/**
 * The driver adapter Prisma's CLI uses to migrate (loaded only by prisma.config.ts).
 *
 * Why it exists: Prisma's CLI normally downloads a native "schema engine", which these
 * machines cannot reach. Prisma 6.19 has an experimental WASM schema engine that talks to
 * PostgreSQL through @prisma/adapter-pg. That path has five bugs (stack-notes.md); each
 * workaround below is numbered after them. They run in the CLI process only, never in the
 * app. Tested by test/integration/migrate.test.ts, which migrates an empty database.
 * When a later Prisma major migrates without a native engine, delete this file.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
// pg's Result is not part of its typed surface; we patch one method of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgResult = require("pg/lib/result") as {
  prototype: { addFields(fields: Array<{ dataTypeID: number }>): void };
};

const OID = { char: 18, name: 19, nameArray: 1003, text: 25, textArray: 1009 } as const;

// 1. Introspection returns `name`, `"char"` and `name[]` columns that the adapter cannot
//    decode (prisma/orm#27403). Re-label them as text / text[] before pg builds parsers.
let patched = false;
function patchUndecodableColumns() {
  if (patched) return;
  patched = true;
  const original = PgResult.prototype.addFields;
  PgResult.prototype.addFields = function (fields) {
    for (const field of fields) {
      if (field.dataTypeID === OID.name || field.dataTypeID === OID.char) field.dataTypeID = OID.text;
      else if (field.dataTypeID === OID.nameArray) field.dataTypeID = OID.textArray;
    }
    return original.call(this, fields);
  };
}

// 4. The engine arms 10 s and 60 s timers it never clears, so the CLI would linger for a
//    minute after finishing. Long timers must not keep this process alive.
let timersPatched = false;
function unrefLongTimers() {
  if (timersPatched) return;
  timersPatched = true;
  const originalSetTimeout = globalThis.setTimeout;
  const patchedSetTimeout = ((handler: Parameters<typeof setTimeout>[0], ms?: number, ...args: unknown[]) => {
    const timer = originalSetTimeout(handler, ms, ...args) as unknown as NodeJS.Timeout;
    if (typeof ms === "number" && ms >= 10_000) timer.unref();
    return timer;
  }) as unknown as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patchedSetTimeout, originalSetTimeout);
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly clientConfig: pg.ClientConfig) {
    super(clientConfig);
  }

  // 3. The stock executeScript splits SQL on ";", breaking `$$` bodies and string literals.
  //    Run the whole script in one query instead.
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }

  // 2. The stock version spreads the config into `new Pool({ ...config, database })`, where
  //    a connectionString wins over `database`, so the "shadow" database was the real one.
  //    Connect with discrete fields, create and later drop the shadow database ourselves.
  override async connectToShadowDb() {
    const admin = new pg.Client(this.clientConfig);
    await admin.connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = new PrismaPg({ ...this.clientConfig, database });
    const adapter = await shadow.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(this.clientConfig);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}"`);
      await cleanup.end();
    };
    return adapter;
  }
}

// 5. `migrate dev` cannot apply pending migrations itself with this engine, and once a
//    migration exists it crashes ("unreachable") replaying it into the shadow database.
//    scripts/db.ts writes new migrations with `migrate diff` between two schema files instead.
export function migrationAdapter(connectionString: string) {
  patchUndecodableColumns();
  unrefLongTimers();
  const config = parseIntoClientConfig(connectionString) as pg.ClientConfig;
  return new MigrationAdapterFactory(config);
}
