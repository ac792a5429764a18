import "server-only";
import { auditChanges, auditSubject } from "@/lib/audit-changes";
import type { Tx } from "@/lib/data/or-throw";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";

/** Appends an audit entry inside the caller's transaction: the change and its record commit together. */
export function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; eventId?: string | null; before?: unknown; after?: unknown },
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

export const AUDIT_PAGE_SIZE = 100;

/** The newest audit entries, optionally for one event and one kind of record (coordinators, admins). */
export async function listAudit(user: SessionUser, filter: { eventSlug?: string; entityType?: string }) {
  if (!can(user.role, "audit.read")) throw forbidden();
  const event = filter.eventSlug ? await db.event.findUnique({ where: { slug: filter.eventSlug }, select: { id: true } }) : null;
  const entries = await db.auditEntry.findMany({
    where: {
      ...(filter.eventSlug ? { eventId: event?.id ?? "00000000-0000-0000-0000-000000000000" } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
    },
    orderBy: { at: "desc" },
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { name: true, email: true } } },
  });
  // Each entry's times are shown in its event's own zone (accounts have none: UTC).
  const eventIds = [...new Set(entries.map((entry) => entry.eventId).filter((id) => id !== null))];
  const zones = new Map(
    (await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, anchorTimeZone: true } })).map((e) => [e.id, e.anchorTimeZone]),
  );
  return entries.map((entry) => ({
    ...entry,
    zone: (entry.eventId && zones.get(entry.eventId)) || "UTC",
    subject: auditSubject(entry.after ?? entry.before),
    changes: auditChanges(entry.before, entry.after),
  }));
}
