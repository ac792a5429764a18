/**
 * Assignments: a speaker, moderator or interpreter on a program item for one broadcast
 * language. Bookings are half-open intervals [start, end); a person's non-declined
 * bookings may not overlap anywhere (any event, any language, the same item in two
 * languages). The check and the insert run in one transaction holding a lock on the
 * speaker's row, so of two concurrent overlapping bookings exactly one wins.
 */
import "server-only";
import { nightWarnings } from "@/lib/program-rules";
import { rethrowUnique, staleVersion, visibleOrThrow, type Tx } from "@/lib/data/or-throw";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { AssignmentRole, AssignmentStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/data/audit";
import { revalidateEvent } from "@/lib/data/events";
import { notifyAssigned, notifyUnassigned } from "@/lib/data/notifications";
import { languageName } from "@/lib/languages";
import { formatClock, timeLabel } from "@/lib/time";
import { assignSchema, updateAssignmentSchema, type AssignInput } from "@/lib/validation/speaker";
import { parseInput, type RawInput } from "@/lib/data/input";
export type { AssignmentJson } from "@/lib/api/shapes";
import type { AssignmentJson } from "@/lib/api/shapes";

async function itemOf(user: SessionUser, eventSlug: string, itemId: string) {
  if (!isUuid(itemId)) throw notFound("This program item");
  const item = visibleOrThrow(
    await db.programItem.findFirst({ where: { id: itemId, event: { slug: eventSlug } }, include: { event: { include: { languages: true } } } }),
    (row) => row.event.status,
    user,
    "This program item",
  );
  if (!can(user.role, "assignment.manage")) throw forbidden();
  return item;
}

type Item = Awaited<ReturnType<typeof itemOf>>;

/** 409 naming the other booking, when the person is booked elsewhere in [start, end). */
export async function assertFree(tx: Tx, speakerId: string, item: { startsAt: Date; endsAt: Date }, except?: string) {
  // Serializes bookings of one person: a concurrent booking waits here for our commit.
  await tx.$queryRaw`select id from "Speaker" where id = ${speakerId}::uuid for update`;
  const clash = await tx.assignment.findFirst({
    where: {
      speakerId,
      status: { not: "DECLINED" },
      ...(except ? { id: { not: except } } : {}),
      programItem: { startsAt: { lt: item.endsAt }, endsAt: { gt: item.startsAt } },
    },
    include: {
      programItem: { include: { event: { select: { title: true, anchorTimeZone: true } } } },
      broadcastLanguage: true,
      speaker: { select: { name: true } },
    },
  });
  if (clash) {
    const other = clash.programItem;
    const zone = other.event.anchorTimeZone;
    throw new ApiError(
      "booking_conflict",
      `${clash.speaker.name} is already booked then: ${clash.role.toLowerCase()} (${languageName(clash.broadcastLanguage.code)}) in "${other.title}" of "${other.event.title}", ${timeLabel(other.startsAt, zone)}–${formatClock(other.endsAt, zone)} (${zone}).`,
      [{ path: "speakerId", message: `Already booked in "${other.title}" at overlapping times.` }],
    );
  }
}

/** Night-time warnings (not refusals): the slot falls between 23:00 and 07:00 where the person lives. */
function toJson(
  a: {
    id: string;
    programItemId: string;
    role: string;
    status: string;
    version: number;
    broadcastLanguage: { code: string };
    speaker: { id: string; name: string; affiliation: string };
  },
  warnings: string[] = [],
): AssignmentJson {
  return {
    id: a.id,
    itemId: a.programItemId,
    language: a.broadcastLanguage.code,
    role: a.role.toLowerCase(),
    status: a.status.toLowerCase(),
    speaker: { id: a.speaker.id, name: a.speaker.name, affiliation: a.speaker.affiliation },
    version: a.version,
    warnings,
  };
}

/** POST /api/v1/events/{slug}/items/{itemId}/assignments */
export async function assign(user: SessionUser, eventSlug: string, itemId: string, raw: RawInput): Promise<AssignmentJson> {
  const item = await itemOf(user, eventSlug, itemId);
  const input: AssignInput = await parseInput(assignSchema, raw);
  const language = item.event.languages.find((l) => l.code === input.language);
  if (!language) {
    throw new ApiError("validation_error", `${languageName(input.language)} is not a broadcast language of this event.`, [
      { path: "language", message: `Choose one of: ${item.event.languages.map((l) => l.code).join(", ")}.` },
    ]);
  }
  const speaker = await db.speaker.findUnique({ where: { id: input.speakerId } });
  if (!speaker) throw new ApiError("validation_error", "This speaker is not in the roster.", [{ path: "speakerId", message: "Unknown speaker." }]);
  if (input.role === "interpreter") {
    const missing = [item.language, input.language].filter((code) => !speaker.languages.includes(code));
    if (missing.length) {
      throw new ApiError(
        "validation_error",
        `An interpreter must speak the language on stage (${languageName(item.language)}) and the target language (${languageName(input.language)}); ${speaker.name} does not speak ${missing.map((code) => languageName(code)).join(" or ")}.`,
        [{ path: "speakerId", message: `Does not speak ${missing.map((code) => languageName(code)).join(", ")}.` }],
      );
    }
  }
  const status = input.status.toUpperCase() as AssignmentStatus;
  try {
    const created = await db.$transaction(async (tx) => {
      if (status !== "DECLINED") await assertFree(tx, speaker.id, item);
      const row = await tx.assignment.create({
        data: { programItemId: item.id, broadcastLanguageId: language.id, speakerId: speaker.id, role: input.role.toUpperCase() as AssignmentRole, status },
        include: { broadcastLanguage: true, speaker: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: "assignment.create",
        entityType: "Assignment",
        entityId: row.id,
        eventId: item.eventId,
        after: { item: item.title, speaker: speaker.name, language: language.code, role: row.role, status: row.status },
      });
      // Asked at once, by mail with a calendar invitation and a link to answer (when the roster has their address).
      if (row.status === "INVITED") await notifyAssigned(tx, row, item);
      return row;
    });
    revalidateEvent(eventSlug);
    return toJson(created, nightWarnings(speaker, item));
  } catch (error) {
    rethrowUnique(
      error,
      () =>
        new ApiError("booking_conflict", `${speaker.name} is already ${input.role} of this item in ${languageName(language.code)}.`, [
          { path: "speakerId", message: "Already assigned in this role and language." },
        ]),
    );
  }
}

async function assignmentOf(user: SessionUser, eventSlug: string, itemId: string, assignmentId: string) {
  const item: Item = await itemOf(user, eventSlug, itemId);
  if (!isUuid(assignmentId)) throw notFound("This assignment");
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, programItemId: item.id },
    include: { broadcastLanguage: true, speaker: true },
  });
  if (!assignment) throw notFound("This assignment");
  return { item, assignment };
}

/** PATCH .../assignments/{id}: change the status; leaving "declined" re-checks the booking. */
export async function setAssignmentStatus(user: SessionUser, eventSlug: string, itemId: string, assignmentId: string, raw: RawInput) {
  const { item, assignment } = await assignmentOf(user, eventSlug, itemId, assignmentId);
  const input = await parseInput(updateAssignmentSchema, raw);
  const status = input.status.toUpperCase() as AssignmentStatus;
  if (input.version !== undefined && input.version !== assignment.version) throw staleVersion("this assignment", assignment.version);
  // The same status again changes nothing: no new version, no audit entry.
  if (status === assignment.status) return toJson(assignment, status === "DECLINED" ? [] : nightWarnings(assignment.speaker, item));
  const updated = await db.$transaction(async (tx) => {
    if (status !== "DECLINED") await assertFree(tx, assignment.speakerId, item, assignment.id);
    const { count } = await tx.assignment.updateMany({
      where: { id: assignment.id, version: assignment.version },
      data: { status, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion("this assignment", assignment.version + 1);
    const row = await tx.assignment.findUniqueOrThrow({ where: { id: assignment.id }, include: { broadcastLanguage: true, speaker: true } });
    await audit(tx, {
      actorId: user.id,
      action: "assignment.update",
      entityType: "Assignment",
      entityId: row.id,
      eventId: item.eventId,
      before: { status: assignment.status },
      after: { status: row.status },
    });
    return row;
  });
  revalidateEvent(eventSlug);
  return toJson(updated, status === "DECLINED" ? [] : nightWarnings(updated.speaker, item));
}

export async function removeAssignment(user: SessionUser, eventSlug: string, itemId: string, assignmentId: string) {
  const { item, assignment } = await assignmentOf(user, eventSlug, itemId, assignmentId);
  await db.$transaction(async (tx) => {
    await tx.assignment.delete({ where: { id: assignment.id } });
    await audit(tx, {
      actorId: user.id,
      action: "assignment.delete",
      entityType: "Assignment",
      entityId: assignment.id,
      eventId: item.eventId,
      before: { speaker: assignment.speaker.name, language: assignment.broadcastLanguage.code, role: assignment.role, status: assignment.status },
    });
    if (assignment.status !== "DECLINED") await notifyUnassigned(tx, assignment, item);
  });
  revalidateEvent(eventSlug);
}
