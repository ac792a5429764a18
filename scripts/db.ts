/**
 * Database chores for developers:
 *   npm run db -- migrate            apply pending migrations
 *   npm run db -- new-migration NAME write a migration for the schema changes (review it!)
 *   npm run db -- seed               load the demo data (idempotent)
 *   npm run db -- url                start the embedded server and print its URL (Ctrl-C stops)
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseNameOf, ensureDatabase, ensureServer, ROOT } from "./lib/database";
import { bin, migrateDeploy } from "./lib/run";
import { seedDemo } from "../prisma/seed/demo";
import { demoCluster, DEMO_DATABASE } from "./lib/config";
import { runMain, SetupError } from "./lib/main";

async function main() {
  const [command, name] = process.argv.slice(2);
  const db = await ensureServer({ ...demoCluster(), log: (line) => console.log(line) });
  const url = process.env.DATABASE_URL ?? (await ensureDatabase(db.serverUrl, DEMO_DATABASE));
  try {
    switch (command) {
      case "migrate":
        await migrateDeploy(url);
        break;
      case "new-migration": {
        if (!name || !/^[a-z0-9_]+$/.test(name)) throw new SetupError("usage: npm run db -- new-migration NAME (lower-case, digits, _)");
        // Prisma 6.19's WASM engine crashes ("unreachable") replaying migrations into a shadow
        // database, so the migration is the diff between the schema as committed (HEAD, which
        // the existing migrations produce) and the schema as edited. Commit each migration with
        // the schema change that made it.
        const committed = path.join(ROOT, ".data", "schema-at-head.prisma");
        writeFileSync(committed, execSync("git show HEAD:prisma/schema.prisma", { cwd: ROOT }));
        const sql = execSync(`"${bin("prisma")}" migrate diff --from-schema-datamodel "${committed}" --to-schema-datamodel prisma/schema.prisma --script`, {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: url },
          stdio: ["ignore", "pipe", "inherit"],
        }).toString();
        if (!sql.trim() || sql.includes("This is an empty migration")) throw new SetupError("No schema change since HEAD: no migration written.");
        const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
        const dir = path.join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "migration.sql"), sql);
        console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql: review it, then npm run db -- migrate`);
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
        throw new SetupError(`unknown command ${command ?? "(none)"}; see scripts/db.ts`);
    }
    console.log(`database: ${databaseNameOf(url)}`);
  } finally {
    await db.stop();
  }
}

runMain("db", main);
