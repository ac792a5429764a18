/**
 * Personal links: a speaker, moderator or interpreter answers their assignments without an
 * account, through /speaker/{token} (mailed with each invitation). A token is 256 random bits;
 * only its SHA-256 is stored, so the database alone opens nothing. A link stops working when
 * a coordinator revokes the person's links, or LINK_DAYS after the end of their last slot.
 */
import "server-only";
import { ApiError, notFound } from "@/lib/api/errors";
import { isTokenShaped, newToken, tokenHash } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { assertFree } from "@/lib/data/assignments";
import { revalidateEvent } from "@/lib/data/events";
import type { Tx } from "@/lib/data/or-throw";
import { isUuid } from "@/lib/ids";
import { addMinutes } from "@/lib/time";

/** Days a link keeps working after the person's last slot ends. */
export const LINK_DAYS = 14;

/** A new personal link for `speakerId` (in `tx`); returns its token, which is never stored. */
export async function issueSpeakerLink(tx: Tx, speakerId: string): Promise<string> {
  const { token, hash } = newToken();
  const last = await tx.programItem.aggregate({ where: { assignments: { some: { speakerId } } }, _max: { endsAt: true } });
  const floor = new Date();
  const until = last._max.endsAt && last._max.endsAt > floor ? last._max.endsAt : floor;
  await tx.speakerLink.create({ data: { speakerId, tokenHash: hash, expiresAt: addMinutes(until, LINK_DAYS * 24 * 60) } });
  return token;
}

/** The person a token opens, or null (unknown, revoked or expired: all alike to the visitor). */
export async function speakerOfToken(token: string) {
  if (!isTokenShaped(token)) return null;
  const link = await db.speakerLink.findUnique({ where: { tokenHash: tokenHash(token) }, include: { speaker: true } });
  if (!link || link.revokedAt || link.expiresAt <= new Date()) return null;
  return link.speaker;
}

/** Everything the person is assigned to, across events, in time order. */
export async function commitmentsOf(speakerId: string) {
  return db.assignment.findMany({
    where: { speakerId },
    include: {
      broadcastLanguage: { select: { code: true } },
      programItem: {
        include: {
          event: { select: { slug: true, title: true, translations: true, anchorTimeZone: true, status: true } },
          hostCity: { select: { name: true, timeZone: true } },
        },
      },
    },
    orderBy: { programItem: { startsAt: "asc" } },
  });
}

/**
 * The person's answer to one of their assignments: confirmed, or declined with an optional
 * note. Confirming again what was declined re-checks their other bookings (409 naming the clash).
 */
export async function answerAssignment(token: string, assignmentId: string, answer: "confirmed" | "declined", note: string) {
  const speaker = await speakerOfToken(token);
  if (!speaker) throw notFound("This link");
  const assignment = isUuid(assignmentId)
    ? await db.assignment.findFirst({ where: { id: assignmentId, speakerId: speaker.id }, include: { programItem: { include: { event: true } } } })
    : null;
  if (!assignment) throw notFound("This assignment");
  const status = answer === "confirmed" ? "CONFIRMED" : "DECLINED";
  const responseNote = answer === "declined" ? note.trim().slice(0, 1000) : "";
  if (assignment.status === status && assignment.responseNote === responseNote) return;
  await db.$transaction(async (tx) => {
    if (status === "CONFIRMED" && assignment.status === "DECLINED") await assertFree(tx, speaker.id, assignment.programItem, assignment.id);
    const { count } = await tx.assignment.updateMany({
      where: { id: assignment.id, version: assignment.version },
      data: { status, responseNote, version: { increment: 1 } },
    });
    if (count === 0) throw new ApiError("stale_version", "This assignment has just changed. Reload the page.");
    await audit(tx, {
      actorId: null,
      action: "assignment.answer",
      entityType: "Assignment",
      entityId: assignment.id,
      eventId: assignment.programItem.eventId,
      before: { status: assignment.status, speaker: speaker.name },
      after: { status, note: responseNote || undefined },
    });
  });
  revalidateEvent(assignment.programItem.event.slug);
}
