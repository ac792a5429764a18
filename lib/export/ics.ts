/**
 * iCalendar (RFC 5545) feeds, written by ical-generator. Times are UTC throughout (the
 * RFC's simplest correct form: every calendar shows them in its reader's zone). UIDs are
 * stable (derived from slugs and ids), SEQUENCE is the record's version, which grows on
 * every change, so calendars replace rather than duplicate an event.
 */
import { withoutOutputBreakers } from "@/lib/validation/common";
import ical, { ICalEventStatus } from "ical-generator";
import type { CityJson, EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { timeLabel } from "@/lib/time";

const PROD_ID = { company: "simulconf", product: "simulconf", language: "EN" };

function streamLines(event: EventJson): string[] {
  const streams = event.languages.filter((l) => l.streamUrl);
  return streams.length ? ["Live streams:", ...streams.map((l) => `${l.name}: ${l.streamUrl}`)] : [];
}

function baseCalendar(name: string) {
  return ical({ name, prodId: PROD_ID, method: undefined });
}

/** /events/{slug}/calendar.ics: the event, with every host city's local start and the streams. */
export function eventCalendar(event: EventJson, origin: string): string {
  const url = `${origin}/events/${event.slug}`;
  const calendar = baseCalendar(event.title);
  const start = new Date(event.startsAt);
  const cities = event.cities.map((c) => `${c.name}: ${timeLabel(start, c.timeZone)} (${c.timeZone})`);
  calendar.createEvent({
    id: `event-${event.slug}@simulconf`,
    sequence: event.version,
    start,
    end: new Date(event.endsAt),
    summary: event.status === "cancelled" ? `Cancelled: ${event.title}` : event.title,
    status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    description: [
      event.summary,
      "",
      `Announced for ${timeLabel(start, event.anchorTimeZone)} (${event.anchorTimeZone}).`,
      ...(cities.length ? ["", "Host cities:", ...cities] : []),
      "",
      ...streamLines(event),
      "",
      url,
    ]
      .join("\n")
      .trim(),
    location: event.attendanceMode === "online" ? "Online" : cities.length ? `${event.cities.length} host cities` : undefined,
    url,
  });
  return withoutOutputBreakers(calendar.toString());
}

/** /events/{slug}/cities/{citySlug}/calendar.ics: the event at this venue, and its local items. */
export function cityCalendar(event: EventJson, city: CityJson, localItems: PublicProgramItem[], origin: string): string {
  const url = `${origin}/events/${event.slug}/cities/${city.slug}`;
  const location = [city.venue.name, city.venue.address, city.name].filter(Boolean).join(", ");
  const calendar = baseCalendar(`${event.title}: ${city.name}`);
  const start = new Date(event.startsAt);
  calendar.createEvent({
    id: `event-${event.slug}-city-${city.slug}@simulconf`,
    // Both the event and the venue can change: either change must raise the sequence.
    sequence: event.version + city.version,
    start,
    end: new Date(event.endsAt),
    summary: event.status === "cancelled" ? `Cancelled: ${event.title} (${city.name})` : `${event.title} (${city.name})`,
    status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    description: [event.summary, "", `${timeLabel(start, city.timeZone)} in ${city.name} (${city.timeZone}).`, "", ...streamLines(event), "", url]
      .join("\n")
      .trim(),
    location,
    url,
  });
  for (const item of localItems) {
    calendar.createEvent({
      id: `item-${item.id}@simulconf`,
      sequence: item.version,
      start: new Date(item.startsAt),
      end: new Date(item.endsAt),
      summary: `${item.title} (${city.name})`,
      description: [item.description, "", url].join("\n").trim(),
      location,
      url,
    });
  }
  return withoutOutputBreakers(calendar.toString());
}
