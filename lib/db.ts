/**
 * The one Prisma client of the app (server-only), cached on globalThis outside production
 * so hot reloads do not open new pools. Queries run through @prisma/adapter-pg (no native
 * engine). `passwordHash` is omitted from every query unless a query asks for it.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  // An idle connection dropped by the server (restart, failover) is logged, not fatal:
  // without a handler, pg's "error" event would crash the process.
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DATABASE_POOL_MAX },
    { onPoolError: (error) => console.error(`[db] idle connection lost: ${error.message}`) },
  );
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { prisma?: Client };

export const db: Client = globalForDb.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;
