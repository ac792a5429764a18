/**
 * The one Prisma client of the app (server-only), cached on globalThis outside production
 * so hot reloads do not open new pools. Queries run through @prisma/adapter-pg (no native
 * engine). `passwordHash` is omitted from every query unless a query asks for it.
 * DATABASE_QUERY_EVENTS=1 makes the client emit Prisma's query events (the query-count
 * test listens to them); off by default.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  // An idle connection dropped by the server (restart, failover) is logged, not fatal:
  // without a handler, pg's "error" event would crash the process.
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DATABASE_POOL_MAX },
    { onPoolError: (error) => console.error(`[db] idle connection lost: ${error.message}`) },
  );
  const log: Prisma.LogDefinition[] = process.env.DATABASE_QUERY_EVENTS === "1" ? [{ emit: "event", level: "query" }] : [];
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, log });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { prisma?: Client };

export const db: Client = globalForDb.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;
