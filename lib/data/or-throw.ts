/**
 * The answers every command and query gives the same way (dub's get-link-or-throw): a row the
 * user may not see is a 404, a save from an old version a 409, a unique clash the resource's
 * own 409 or field error. One helper each, so the rules cannot drift apart.
 */
import "server-only";
import { ApiError, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";

/** A transaction's client, as commands and audit receive it. */
export type Tx = Prisma.TransactionClient;

/** Whether `viewer` may see an event in this status: drafts only with event.readDraft. */
export function mayView(viewer: SessionUser | null, status: EventStatus): boolean {
  return status !== "DRAFT" || (viewer !== null && can(viewer.role, "event.readDraft"));
}

/**
 * The row, when it exists and its event is one `user` may see; else a 404 naming `what`
 * ("This event"), the same answer as for a row that does not exist.
 */
export function visibleOrThrow<T>(row: T | null, eventStatus: (row: T) => EventStatus, user: SessionUser | null, what: string): T {
  if (!row || !mayView(user, eventStatus(row))) throw notFound(what);
  return row;
}

/** A save based on an old version of `what` ("this city"): 409 with the current version. */
export function staleVersion(what: string, current: number): ApiError {
  return new ApiError(
    "stale_version",
    `Someone else changed ${what} since you opened it (now version ${current}). Reload to see their changes, then apply yours again.`,
  );
}

/** Re-throws a unique-constraint violation as the resource's own answer, anything else as it was. */
export function rethrowUnique(error: unknown, answer: () => ApiError): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw answer();
  throw error;
}
