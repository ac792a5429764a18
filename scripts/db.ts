/**
 * Database chores for developers:
 *   npm run db -- migrate            apply pending migrations
 *   npm run db -- new-migration NAME write a migration for the schema changes (review it!)
 *   npm run db -- seed               load the demo data (idempotent)
 *   npm run db -- url                start the embedded server and print its URL (Ctrl-C stops)
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { databaseNameOf, ensureDatabase, ensureServer, ROOT } from "./lib/database";
import { bin, migrateDeploy, run } from "./lib/run";
import { seedDemo } from "../prisma/seed/demo";
import { embeddedPort, DEMO_DATABASE } from "./lib/config";

async function main() {
  const [command, name] = process.argv.slice(2);
  const db = await ensureServer({ cluster: "postgres", port: embeddedPort() });
  const url = process.env.DATABASE_URL ?? (await ensureDatabase(db.serverUrl, DEMO_DATABASE));
  try {
    switch (command) {
      case "migrate":
        await migrateDeploy(url);
        break;
      case "new-migration": {
        if (!name) throw new Error("usage: npm run db -- new-migration NAME");
        await migrateDeploy(url);
        const dir = path.join(ROOT, "prisma", "migrations");
        const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
        // Exits 1 after writing the migration on the WASM engine (stack-notes.md, bug 5):
        // judge by the folder that appeared, not by the exit code.
        await run(bin("prisma"), ["migrate", "dev", "--create-only", "--name", name], {
          env: { ...process.env, DATABASE_URL: url },
        });
        const created = readdirSync(dir).filter((entry) => !before.has(entry));
        if (created.length === 0) throw new Error("No migration was written (no schema change?).");
        console.log(`Wrote prisma/migrations/${created.join(", ")}: review it, then npm run db -- migrate`);
        break;
      }
      case "seed":
        await migrateDeploy(url, true);
        console.log(await seedDemo(url));
        break;
      case "url":
        console.log(url);
        if (db.embedded) await new Promise((resolve) => process.once("SIGINT", resolve));
        break;
      default:
        throw new Error(`unknown command ${command ?? "(none)"}; see scripts/db.ts`);
    }
    console.log(`database: ${databaseNameOf(url)}`);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
