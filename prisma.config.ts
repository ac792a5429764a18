// Prisma CLI configuration. With a config file Prisma skips `.env`, so load it here.
import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migration-adapter";

// `prisma generate` needs no database, but Prisma 6 falls back to downloading a native
// engine when DATABASE_URL is unset. A placeholder keeps it on the WASM path.
process.env.DATABASE_URL ??= "postgresql://placeholder@localhost:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return migrationAdapter(process.env.DATABASE_URL!);
  },
});
