/**
 * Who is told what, for each change that tells someone: the messages are composed in each
 * recipient's language (lib/mail/compose.ts) and queued in the change's own transaction
 * (lib/mail/outbox.ts). Called by the commands of lib/data/ inside their transactions.
 */
import "server-only";
import type { Tx } from "@/lib/data/or-throw";
import { publicBaseUrl } from "@/lib/env";
import { assignmentCancelledMail, assignmentInvitationMail, cityDecisionMail, type AssignmentMessage, type CityGap } from "@/lib/mail/compose";
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
    where: { hostCityId: city.id, user: { disabledAt: null } },
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
 * Someone assigned: invited by mail (when the roster has their address), in their language,
 * with the slot in their own zone, a calendar invitation and their personal link to answer.
 */
export async function notifyAssigned(tx: Tx, assignment: AssignmentOf, item: ItemOf) {
  if (!assignment.speaker.contactEmail) return;
  const token = await issueSpeakerLink(tx, assignment.speaker.id);
  const link = `${publicBaseUrl() ?? ""}/speaker/${token}`;
  const message = assignmentMessage(assignment, item, link);
  await queueMessage(tx, {
    kind: "assignment.invited",
    idempotencyKey: `assignment.invited:${assignment.id}`,
    eventId: item.event.id,
    to: { email: assignment.speaker.contactEmail, name: assignment.speaker.name },
    locale: message.locale,
    content: assignmentInvitationMail(message),
    invitation: { method: "REQUEST", content: invitationOf(assignment, item, "REQUEST", link) },
  });
}

/** An assignment removed: the person is told at once, and the calendar entry is cancelled. */
export async function notifyUnassigned(tx: Tx, assignment: AssignmentOf, item: ItemOf) {
  if (!assignment.speaker.contactEmail) return;
  const url = `${publicBaseUrl() ?? ""}/events/${item.event.slug}`;
  const message = assignmentMessage(assignment, item, url);
  await queueMessage(tx, {
    kind: "assignment.cancelled",
    idempotencyKey: `assignment.cancelled:${assignment.id}`,
    eventId: item.event.id,
    to: { email: assignment.speaker.contactEmail, name: assignment.speaker.name },
    locale: message.locale,
    content: assignmentCancelledMail(message),
    invitation: { method: "CANCEL", content: invitationOf(assignment, item, "CANCEL", url) },
  });
}
