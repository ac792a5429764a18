import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Appends an audit entry inside the caller's transaction: the change and its record commit together. */
export function audit(
  tx: Tx,
  entry: { actorId: string; action: string; entityType: string; entityId: string; eventId?: string | null; before?: unknown; after?: unknown },
) {
  return tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      eventId: entry.eventId ?? null,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
