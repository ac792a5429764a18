/**
 * The coverage board of an event: program items x broadcast languages, each cell with its
 * assignments, gaps (no one who has not declined) and conflicts (a booking overlapping
 * another of the same person, e.g. after an item was moved). Constant number of queries.
 */
import "server-only";
import { forbidden } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { visibleOrThrow } from "@/lib/data/or-throw";

/** The board (assignment.manage); 404 for an event `user` may not see. */
export async function coverage(user: SessionUser, eventSlug: string) {
  if (!can(user.role, "assignment.manage")) throw forbidden();
  const found = await db.event.findUnique({
    where: { slug: eventSlug },
    include: {
      languages: { orderBy: { position: "asc" } },
      items: {
        where: { hostCityId: null },
        orderBy: [{ startsAt: "asc" }, { position: "asc" }],
        include: {
          assignments: {
            include: { speaker: { select: { id: true, name: true, languages: true, timeZone: true } }, broadcastLanguage: true },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  const event = visibleOrThrow(found, (row) => row.status, user, "This event");
  const speakerIds = [...new Set(event.items.flatMap((i) => i.assignments.map((a) => a.speakerId)))];
  // Every live booking of these people, in any event: the basis of conflict detection.
  const bookings = await db.assignment.findMany({
    where: { speakerId: { in: speakerIds }, status: { not: "DECLINED" } },
    select: { id: true, speakerId: true, programItem: { select: { title: true, startsAt: true, endsAt: true, event: { select: { title: true } } } } },
  });
  const conflictsOf = (assignment: { id: string; speakerId: string; status: string }, item: { startsAt: Date; endsAt: Date }) =>
    assignment.status === "DECLINED"
      ? []
      : bookings.filter(
          (b) => b.id !== assignment.id && b.speakerId === assignment.speakerId && b.programItem.startsAt < item.endsAt && item.startsAt < b.programItem.endsAt,
        );

  const rows = event.items.map((item) => ({
    item,
    cells: event.languages.map((language) => {
      const assignments = item.assignments
        .filter((a) => a.broadcastLanguageId === language.id)
        .map((a) => ({ ...a, conflicts: conflictsOf(a, item).map((b) => `${b.programItem.title} (${b.programItem.event.title})`) }));
      return { language, assignments, gap: !assignments.some((a) => a.status !== "DECLINED"), conflict: assignments.some((a) => a.conflicts.length > 0) };
    }),
  }));
  return { event, rows };
}
