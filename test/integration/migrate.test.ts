// The migration adapter (prisma/migration-adapter.ts) applies every migration to an empty
// database with `prisma migrate deploy`, without downloading any engine.
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDeploy, pendingMigrations } from "../../scripts/lib/run";
import { databaseUrl } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const name = `simulconf_migrate_${process.pid}`;

function urlFor(database: string) {
  const url = new URL(databaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: urlFor("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  afterAll(() => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it("apply to an empty database and create the whole domain with its constraints", async () => {
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
    await migrateDeploy(urlFor(name), true);

    const client = new pg.Client({ connectionString: urlFor(name) });
    await client.connect();
    try {
      const migrations = readdirSync(path.join(ROOT, "prisma", "migrations")).filter((d) => /^\d+_/.test(d));
      const applied = await client.query("select migration_name from _prisma_migrations where finished_at is not null");
      expect(applied.rows.map((r) => r.migration_name).sort()).toEqual(migrations.sort());

      const tables = await client.query(
        "select table_name from information_schema.tables where table_schema = 'public' and table_name <> '_prisma_migrations'",
      );
      expect(tables.rows.map((r) => r.table_name).sort()).toEqual(
        [
          "Assignment",
          "AuditEntry",
          "BroadcastLanguage",
          "CityOrganizer",
          "EmailVerification",
          "Event",
          "HostCity",
          "HostCityLanguage",
          "Invitation",
          "Message",
          "PasswordReset",
          "PendingChange",
          "ProgramItem",
          "Registration",
          "RevokedSession",
          "Speaker",
          "SpeakerLink",
          "User",
          "rate_limits",
        ].sort(),
      );

      // Instants are timestamptz (UTC instants), never naive timestamps.
      const naive = await client.query(
        "select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type = 'timestamp without time zone' and table_name <> '_prisma_migrations'",
      );
      expect(naive.rows).toEqual([]);

      // The database refuses what the data must never hold.
      const event = await client.query(
        `insert into "Event" (id, slug, title, "startsAt", "endsAt", "anchorTimeZone", "updatedAt")
         values (gen_random_uuid(), 'ok-slug', 'T', '2027-01-01T10:00Z', '2027-01-01T11:00Z', 'Europe/Paris', now()) returning id`,
      );
      await expect(
        client.query(
          `insert into "Event" (id, slug, title, "startsAt", "endsAt", "anchorTimeZone", "updatedAt")
           values (gen_random_uuid(), 'backwards', 'T', '2027-01-01T10:00Z', '2027-01-01T09:00Z', 'Europe/Paris', now())`,
        ),
      ).rejects.toThrow(/Event_interval_check/);
      await expect(
        client.query(
          `insert into "Event" (id, slug, title, "startsAt", "endsAt", "anchorTimeZone", "updatedAt")
           values (gen_random_uuid(), 'ok-slug', 'T', '2027-01-01T10:00Z', '2027-01-01T11:00Z', 'Europe/Paris', now())`,
        ),
      ).rejects.toThrow(/unique/i);
      const cityInsert = (slug: string, capacity: number) =>
        client.query(
          `insert into "HostCity" (id, "eventId", slug, name, "countryCode", "timeZone", "venueCapacity", "updatedAt")
           values (gen_random_uuid(), $1, $2, 'X', 'FR', 'Europe/Paris', $3, now())`,
          [event.rows[0].id, slug, capacity],
        );
      await cityInsert("paris", 10);
      await expect(cityInsert("paris", 10)).rejects.toThrow(/unique/i);
      await expect(cityInsert("lyon", -1)).rejects.toThrow(/HostCity_venueCapacity_check/);
    } finally {
      await client.end();
    }
  });

  it("are skipped only when the database has every one, unchanged (the demo's second start)", async () => {
    const folders = readdirSync(path.join(ROOT, "prisma", "migrations"))
      .filter((d) => /^\d+_/.test(d))
      .sort();
    const other = `${name}_pending`;
    await admin((c) => c.query(`CREATE DATABASE "${other}"`));
    try {
      expect((await pendingMigrations(urlFor(other))).sort()).toEqual(folders);
      await migrateDeploy(urlFor(other), true);
      expect(await pendingMigrations(urlFor(other))).toEqual([]);

      // A migration whose file changed since it was applied, or a failed attempt, is not skipped.
      const client = new pg.Client({ connectionString: urlFor(other) });
      await client.connect();
      try {
        await client.query("update _prisma_migrations set checksum = 'edited' where migration_name = $1", [folders.at(-1)]);
        expect(await pendingMigrations(urlFor(other))).toEqual([folders.at(-1)]);
        await client.query("update _prisma_migrations set finished_at = null where migration_name = $1", [folders[0]]);
        expect(await pendingMigrations(urlFor(other))).toEqual([folders[0]]);
      } finally {
        await client.end();
      }
    } finally {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`));
    }
  });
});
