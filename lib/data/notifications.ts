/**
 * Who is told what, for each change that tells someone: the messages are composed in each
 * recipient's language (lib/mail/compose.ts) and queued in the change's own transaction
 * (lib/mail/outbox.ts). Called by the commands of lib/data/ inside their transactions.
 */
import "server-only";
import type { Tx } from "@/lib/data/or-throw";
import { publicBaseUrl } from "@/lib/env";
import { cityDecisionMail, type CityGap } from "@/lib/mail/compose";
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
