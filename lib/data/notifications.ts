/**
 * Who is told what, for each change that tells someone: the messages are composed in each
 * recipient's language (lib/mail/compose.ts) and queued in the change's own transaction
 * (lib/mail/outbox.ts). Called by the commands of lib/data/ inside their transactions.
 */
import "server-only";
import type { Tx } from "@/lib/data/or-throw";
import { publicBaseUrl } from "@/lib/env";
import {
  assignmentCancelledMail,
  assignmentInvitationMail,
  changeDigestMail,
  cityDecisionMail,
  registrationsMail,
  reminderMail,
  type AssignmentMessage,
  type CityGap,
  type SlotChange,
} from "@/lib/mail/compose";
import { db } from "@/lib/db";
import { queueDigest, queueRegistrationNotice } from "@/lib/mail/queue";
import { countryName } from "@/lib/validation/common";
import { toUtcIso } from "@/lib/time";
import { assignmentCalendar } from "@/lib/export/ics";
import { issueSpeakerLink } from "@/lib/data/speaker-links";
import { env } from "@/lib/env";
import { queueMessage } from "@/lib/mail/outbox";

type CityAfter = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  version: number;
  venueName: string;
  venueAddress: string;
  venueCapacity: number | null;
  venueAccessibility: string;
  languages: unknown[];
};
type EventOf = { id: string; slug: string; title: string; startsAt: Date; anchorTimeZone: string };

/** What an approved city still lacks before the day. */
export function cityGaps(city: CityAfter): CityGap[] {
  const gaps: CityGap[] = [];
  if (!city.venueName.trim()) gaps.push("venueName");
  if (!city.venueAddress.trim()) gaps.push("venueAddress");
  if (city.venueCapacity === null) gaps.push("capacity");
  if (!city.venueAccessibility.trim()) gaps.push("accessibility");
  if (city.languages.length === 0) gaps.push("languages");
  return gaps;
}

/** A city approved or rejected: each of its organizers (active accounts) is told, in their language. */
export async function notifyCityDecision(tx: Tx, event: EventOf, city: CityAfter, decision: "approved" | "rejected", reason: string | null) {
  const organizers = await tx.cityOrganizer.findMany({
    where: { hostCityId: city.id, role: "ORGANIZER", user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const link = `${publicBaseUrl() ?? ""}/dashboard/events/${event.slug}/cities/${city.slug}`;
  for (const { user } of organizers) {
    const common = {
      locale: user.locale,
      recipientName: user.name,
      eventTitle: event.title,
      cityName: city.name,
      cityTimeZone: city.timeZone,
      startsAt: event.startsAt.toISOString(),
      anchorTimeZone: event.anchorTimeZone,
      link,
    };
    await queueMessage(tx, {
      kind: `city.${decision}`,
      // One message per organizer per decision: the city's version after it is unique to it.
      idempotencyKey: `city.${decision}:${city.id}:${city.version}:${user.id}`,
      eventId: event.id,
      to: { email: user.email, name: user.name },
      locale: user.locale,
      content: cityDecisionMail(decision === "approved" ? { ...common, decision, gaps: cityGaps(city) } : { ...common, decision, reason }),
    });
  }
}

type AssignmentOf = {
  id: string;
  role: string;
  version: number;
  broadcastLanguage: { code: string };
  speaker: { id: string; name: string; contactEmail: string | null; timeZone: string | null; preferredLanguage: string | null };
};
type ItemOf = { id: string; title: string; version: number; startsAt: Date; endsAt: Date; event: EventOf };

function assignmentMessage(assignment: AssignmentOf, item: ItemOf, link: string): AssignmentMessage {
  return {
    locale: assignment.speaker.preferredLanguage ?? "en",
    recipientName: assignment.speaker.name,
    eventTitle: item.event.title,
    itemTitle: item.title,
    role: assignment.role.toLowerCase() as AssignmentMessage["role"],
    language: assignment.broadcastLanguage.code,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    personZone: assignment.speaker.timeZone,
    anchorTimeZone: item.event.anchorTimeZone,
    link,
  };
}

/** The calendar entry of an assignment: one UID for its life; SEQUENCE grows with it and its item. */
function invitationOf(assignment: AssignmentOf, item: ItemOf, method: "REQUEST" | "CANCEL", url: string) {
  const from = /^(.*?)\s*<([^>]+)>\s*$/.exec(env().MAIL_FROM);
  return assignmentCalendar(
    {
      uid: `assignment-${assignment.id}@simulconf`,
      sequence: assignment.version + item.version + (method === "CANCEL" ? 1 : 0),
      summary: `${item.title} (${item.event.title})`,
      description: `${assignment.role.toLowerCase()}, ${assignment.broadcastLanguage.code}`,
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt.toISOString(),
      url,
      organizer: { name: from?.[1] || "Simulconf", email: from?.[2] ?? env().MAIL_FROM },
      attendee: { name: assignment.speaker.name, email: assignment.speaker.contactEmail! },
      stamp: new Date(),
    },
    method,
  );
}

/**
 * Someone assigned ("invited": when the roster has their address, in their language, with the
 * slot in their own zone, a calendar invitation and their personal link to answer) or removed
 * ("cancelled", at once: the calendar entry is cancelled).
 */
async function tellAssignment(tx: Tx, assignment: AssignmentOf, item: ItemOf, change: "invited" | "cancelled") {
  if (!assignment.speaker.contactEmail) return;
  const base = publicBaseUrl() ?? "";
  const link = change === "invited" ? `${base}/speaker/${await issueSpeakerLink(tx, assignment.speaker.id)}` : `${base}/events/${item.event.slug}`;
  const method = change === "invited" ? "REQUEST" : "CANCEL";
  const message = assignmentMessage(assignment, item, link);
  await queueMessage(tx, {
    kind: `assignment.${change}`,
    idempotencyKey: `assignment.${change}:${assignment.id}`,
    eventId: item.event.id,
    to: { email: assignment.speaker.contactEmail, name: assignment.speaker.name },
    locale: message.locale,
    content: (change === "invited" ? assignmentInvitationMail : assignmentCancelledMail)(message),
    invitations: [{ method, content: invitationOf(assignment, item, method, link) }],
  });
}

export const notifyAssigned = (tx: Tx, assignment: AssignmentOf, item: ItemOf) => tellAssignment(tx, assignment, item, "invited");
export const notifyUnassigned = (tx: Tx, assignment: AssignmentOf, item: ItemOf) => tellAssignment(tx, assignment, item, "cancelled");

type Slot = { id: string; eventId: string; title: string; startsAt: Date; endsAt: Date };
const slotJson = (slot: Slot) => ({ title: slot.title, startsAt: toUtcIso(slot.startsAt), endsAt: toUtcIso(slot.endsAt) });

/**
 * An item's time or title changed: everyone assigned to it (not declined, with an address) is
 * told in their next digest. Several changes within MAIL_DIGEST_SECONDS make one message.
 */
export async function noteSlotChange(tx: Tx, before: Slot, after: Slot) {
  if (before.title === after.title && +before.startsAt === +after.startsAt && +before.endsAt === +after.endsAt) return;
  const people = await tx.assignment.findMany({
    where: { programItemId: after.id, status: { not: "DECLINED" }, speaker: { contactEmail: { not: null } } },
    select: { speakerId: true },
    distinct: ["speakerId"],
  });
  for (const { speakerId } of people) {
    await tx.pendingChange.create({ data: { speakerId, eventId: after.eventId, itemId: after.id, before: slotJson(before), after: slotJson(after) } });
    await queueDigest(tx, speakerId);
  }
}

/** The digest job: one message with every change not yet told to `speakerId` (first value → last value per item). */
export async function deliverDigest(speakerId: string) {
  await db.$transaction(async (tx) => {
    const changes = await tx.$queryRaw<{ id: string; itemId: string; eventId: string; before: SlotChange["before"]; after: SlotChange["after"] }[]>`
      select id, "itemId", "eventId", before, after from "PendingChange"
      where "speakerId" = ${speakerId}::uuid and "digestedAt" is null order by "createdAt" for update skip locked`;
    if (changes.length === 0) return;
    await tx.pendingChange.updateMany({ where: { id: { in: changes.map((c) => c.id) } }, data: { digestedAt: new Date() } });
    const speaker = await tx.speaker.findUnique({ where: { id: speakerId } });
    if (!speaker?.contactEmail) return;
    // Per item: what it was before the first change and what it is after the last.
    const byItem = new Map<string, { itemId: string; eventId: string; before: SlotChange["before"]; after: SlotChange["after"] }>();
    for (const change of changes) {
      const seen = byItem.get(change.itemId);
      byItem.set(change.itemId, { itemId: change.itemId, eventId: change.eventId, before: seen?.before ?? change.before, after: change.after });
    }
    const events = new Map((await tx.event.findMany({ where: { id: { in: [...new Set(changes.map((c) => c.eventId))] } } })).map((e) => [e.id, e]));
    const told = [...byItem.values()].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
    if (told.length === 0) return;
    await queueSlotChanges(tx, speaker, told, events, { kind: "assignment.changed", key: `assignment.changed:${speakerId}:${changes[0]!.id}` });
  });
}

type ToldChange = { itemId: string; eventId: string; before: SlotChange["before"]; after: SlotChange["after"] };
type SpeakerOf = { id: string; name: string; contactEmail: string | null; timeZone: string | null; preferredLanguage: string | null };

/**
 * One message to `speaker` listing `told` (old → new in their zone), with their changed calendar
 * entries updated (iTIP REQUEST: same UIDs, a greater SEQUENCE): the digest's, or at once for a
 * delay announced on the day (`delay`).
 */
async function queueSlotChanges(
  tx: Tx,
  speaker: SpeakerOf,
  told: ToldChange[],
  events: Map<string, { id: string; title: string; anchorTimeZone: string }>,
  message: { kind: string; key: string; delay?: { minutes: number; eventTitle: string } },
) {
  if (!speaker.contactEmail || told.length === 0) return;
  const first = events.get(told[0]!.eventId)!;
  const link = `${publicBaseUrl() ?? ""}/speaker/${await issueSpeakerLink(tx, speaker.id)}`;
  const standing = await tx.assignment.findMany({
    where: { speakerId: speaker.id, programItemId: { in: told.map((c) => c.itemId) }, status: { not: "DECLINED" } },
    include: { broadcastLanguage: { select: { code: true } }, speaker: true, programItem: { include: { event: true } } },
    orderBy: { programItem: { startsAt: "asc" } },
  });
  await queueMessage(tx, {
    kind: message.kind,
    idempotencyKey: message.key,
    eventId: told.every((c) => c.eventId === first.id) ? first.id : null,
    to: { email: speaker.contactEmail, name: speaker.name },
    locale: speaker.preferredLanguage ?? "en",
    content: changeDigestMail({
      locale: speaker.preferredLanguage ?? "en",
      recipientName: speaker.name,
      personZone: speaker.timeZone,
      anchorTimeZone: first.anchorTimeZone,
      changes: told.map((c) => ({ eventTitle: events.get(c.eventId)!.title, before: c.before, after: c.after })),
      link,
      delay: message.delay,
    }),
    invitations: standing.map((assignment) => ({ method: "REQUEST" as const, content: invitationOf(assignment, assignment.programItem, "REQUEST", link) })),
  });
}

/**
 * A delay announced on the day: everyone assigned to a moved item (not declined, with an
 * address) is told at once, in one message per person, not in the next digest.
 */
export async function notifyDelay(
  tx: Tx,
  event: { id: string; title: string; anchorTimeZone: string; version: number },
  moved: { before: Slot; after: Slot }[],
  minutes: number,
) {
  const assignments = await tx.assignment.findMany({
    where: { programItemId: { in: moved.map((m) => m.after.id) }, status: { not: "DECLINED" }, speaker: { contactEmail: { not: null } } },
    include: { speaker: true },
  });
  const bySpeaker = new Map<string, { speaker: SpeakerOf; told: ToldChange[] }>();
  for (const { speaker, programItemId } of assignments) {
    const { before, after } = moved.find((m) => m.after.id === programItemId)!;
    const entry = bySpeaker.get(speaker.id) ?? { speaker, told: [] };
    if (!entry.told.some((c) => c.itemId === programItemId))
      entry.told.push({ itemId: programItemId, eventId: event.id, before: slotJson(before), after: slotJson(after) });
    bySpeaker.set(speaker.id, entry);
  }
  const events = new Map([[event.id, event]]);
  for (const { speaker, told } of bySpeaker.values()) {
    await queueSlotChanges(tx, speaker, told, events, {
      kind: "assignment.delayed",
      key: `assignment.delayed:${speaker.id}:${event.id}:${event.version}`,
      delay: { minutes, eventTitle: event.title },
    });
  }
}

/** How long before a person's first slot of an event the reminder goes. */
export const REMINDER_HOURS = 24;

/**
 * The reminder sweep (every 5 minutes, and the tests' clock hook): each person whose first
 * non-declined slot of an event starts within REMINDER_HOURS of `now` is reminded once.
 */
export async function sendDueReminders(now: Date) {
  const firsts = await db.$queryRaw<{ speakerId: string; eventId: string; assignmentId: string; startsAt: Date; slots: number }[]>`
    select distinct on (a."speakerId", i."eventId") a."speakerId", i."eventId", a.id as "assignmentId", i."startsAt",
           count(*) over (partition by a."speakerId", i."eventId")::int as slots
    from "Assignment" a
    join "ProgramItem" i on i.id = a."programItemId"
    join "Event" e on e.id = i."eventId"
    join "Speaker" s on s.id = a."speakerId"
    where a.status <> 'DECLINED' and s."contactEmail" is not null and e.status = 'PUBLISHED' and i."startsAt" > ${now}
    order by a."speakerId", i."eventId", i."startsAt"`;
  // Only the people whose first slot is within the window: the rest are not opened at all.
  const due = firsts.filter((row) => +row.startsAt - +now <= REMINDER_HOURS * 3600_000);
  for (const row of due) {
    await db.$transaction(async (tx) => {
      const assignment = await tx.assignment.findUniqueOrThrow({
        where: { id: row.assignmentId },
        include: { broadcastLanguage: { select: { code: true } }, speaker: true, programItem: { include: { event: true } } },
      });
      const item = assignment.programItem;
      const key = `assignment.reminder:${row.speakerId}:${row.eventId}`;
      if (await tx.message.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) return;
      const token = await issueSpeakerLink(tx, row.speakerId);
      const message = assignmentMessage(assignment, { ...item, event: item.event }, `${publicBaseUrl() ?? ""}/speaker/${token}`);
      await queueMessage(tx, {
        kind: "assignment.reminder",
        idempotencyKey: key,
        eventId: row.eventId,
        to: { email: assignment.speaker.contactEmail!, name: assignment.speaker.name },
        locale: message.locale,
        content: reminderMail({ ...message, slots: row.slots }),
      });
    });
  }
}

/** A city registered: the coordinators hear of it in the event's next batch (one message for the registrations of a few minutes). */
export async function noteRegistration(tx: Tx, eventId: string) {
  await queueRegistrationNotice(tx, eventId);
}

/** The registration batch of an event: each active coordinator is told, in their language, of every city not yet told. */
export async function tellCoordinatorsOfRegistrations(eventId: string) {
  await db.$transaction(async (tx) => {
    const cities = await tx.$queryRaw<{ id: string; name: string; countryCode: string; by: string | null }[]>`
      select c.id, c.name, c."countryCode", (select u.name from "CityOrganizer" o join "User" u on u.id = o."userId" where o."hostCityId" = c.id and o.role = 'ORGANIZER' order by o."createdAt" limit 1) as by
      from "HostCity" c where c."eventId" = ${eventId}::uuid and c.status = 'PENDING' and c."coordinatorsToldAt" is null
      order by c."createdAt" for update of c skip locked`;
    if (cities.length === 0) return;
    await tx.hostCity.updateMany({ where: { id: { in: cities.map((c) => c.id) } }, data: { coordinatorsToldAt: new Date() } });
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    const coordinators = await tx.user.findMany({
      where: { role: "COORDINATOR", disabledAt: null },
      select: { id: true, email: true, name: true, locale: true },
    });
    for (const coordinator of coordinators) {
      await queueMessage(tx, {
        kind: "city.pending",
        idempotencyKey: `city.pending:${eventId}:${cities[0]!.id}:${coordinator.id}`,
        eventId,
        to: { email: coordinator.email, name: coordinator.name },
        locale: coordinator.locale,
        content: registrationsMail({
          locale: coordinator.locale,
          recipientName: coordinator.name,
          eventTitle: event.title,
          cities: cities.map((c) => ({ name: c.name, country: countryName(c.countryCode, coordinator.locale), by: c.by ?? "?" })),
          link: `${publicBaseUrl() ?? ""}/dashboard`,
        }),
      });
    }
  });
}
