/**
 * iCalendar (RFC 5545) feeds, written by ical-generator. Times are UTC throughout (the
 * RFC's simplest correct form: every calendar shows them in its reader's zone). UIDs are
 * stable (derived from slugs and ids), SEQUENCE is the record's version, which grows on
 * every change, so calendars replace rather than duplicate an event. DTSTAMP is the data's
 * last change (never the time of the request), so the same data gives the same bytes.
 *
 * Two kinds of feed: calendar.ics holds one block for the event (at a venue, for a city),
 * program.ics one block per program item (a city's adds its local items). Both are published
 * (METHOD:PUBLISH) with a refresh interval (RFC 7986 REFRESH-INTERVAL, and X-PUBLISHED-TTL for
 * Outlook), so subscribed calendars follow changes within the hour.
 */
import { withoutOutputBreakers } from "@/lib/validation/common";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { CityJson, EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { localDateTimeLabel, timeLabel } from "@/lib/time";

const PROD_ID = { company: "simulconf", product: "simulconf", language: "EN" };
/** How often subscribed calendars should fetch the feed again. */
const REFRESH_SECONDS = 60 * 60;

function streamLines(event: EventJson): string[] {
  const streams = event.languages.filter((l) => l.streamUrl);
  return streams.length ? ["Live streams:", ...streams.map((l) => `${l.name}: ${l.streamUrl}`)] : [];
}

function baseCalendar(name: string) {
  return ical({ name, prodId: PROD_ID, method: ICalCalendarMethod.PUBLISH, ttl: REFRESH_SECONDS });
}

/** The calendar's text; RFC 5545 ends every content line, the last one too, with CRLF. */
function finish(calendar: ReturnType<typeof ical>): string {
  const text = withoutOutputBreakers(calendar.toString());
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** What the event's block says: its summary, where and when (`when`), the streams, its page. */
function describe(event: EventJson, when: string[], url: string): string {
  return [event.summary, "", ...when, "", ...streamLines(event), "", url].join("\n").trim();
}

/** The block's SUMMARY and STATUS: a cancelled event says so in its title too. */
function titled(event: EventJson, title: string) {
  const cancelled = event.status === "cancelled";
  return { summary: cancelled ? `Cancelled: ${title}` : title, status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED };
}

/** A venue as a LOCATION: its name, address and city. */
function venueOf(city: CityJson): string {
  return [city.venue.name, city.venue.address, city.name].filter(Boolean).join(", ");
}

/** /events/{slug}/calendar.ics: the event, with every host city's local start and the streams. */
export function eventCalendar(event: EventJson, origin: string, changedAt: Date): string {
  const url = `${origin}/events/${event.slug}`;
  const calendar = baseCalendar(event.title);
  const start = new Date(event.startsAt);
  // Each city's local start, with its date where it is not the anchor zone's.
  const cities = event.cities.map((c) => `${c.name}: ${localDateTimeLabel(start, c.timeZone, event.anchorTimeZone)} (${c.timeZone})`);
  const onlyCity = event.cities.length === 1 ? event.cities[0] : undefined;
  calendar.createEvent({
    id: `event-${event.slug}@simulconf`,
    sequence: event.version,
    stamp: changedAt,
    start,
    end: new Date(event.endsAt),
    ...titled(event, event.title),
    description: describe(
      event,
      [`Announced for ${timeLabel(start, event.anchorTimeZone)} (${event.anchorTimeZone}).`, ...(cities.length ? ["", "Host cities:", ...cities] : [])],
      url,
    ),
    location: event.attendanceMode === "online" ? "Online" : onlyCity ? venueOf(onlyCity) : cities.length ? `${event.cities.length} host cities` : undefined,
    url,
  });
  return finish(calendar);
}

/** /events/{slug}/cities/{citySlug}/calendar.ics: the event at this venue, in one block. */
export function cityCalendar(event: EventJson, city: CityJson, origin: string, changedAt: Date): string {
  const url = `${origin}/events/${event.slug}/cities/${city.slug}`;
  const calendar = baseCalendar(`${event.title}: ${city.name}`);
  const start = new Date(event.startsAt);
  calendar.createEvent({
    id: `event-${event.slug}-city-${city.slug}@simulconf`,
    // Both the event and the venue can change: either change must raise the sequence.
    sequence: event.version + city.version,
    stamp: changedAt,
    start,
    end: new Date(event.endsAt),
    ...titled(event, `${event.title} (${city.name})`),
    // The local date is said where it is not the anchor zone's (Auckland is already on Sunday).
    description: describe(event, [`${localDateTimeLabel(start, city.timeZone, event.anchorTimeZone)} in ${city.name} (${city.timeZone}).`], url),
    location: venueOf(city),
    url,
  });
  return finish(calendar);
}

/**
 * /events/{slug}/program.ics: one block per item of the shared program; a city's
 * (/events/{slug}/cities/{citySlug}/program.ics) adds its local items, at its venue.
 */
export function programCalendar(event: EventJson, items: PublicProgramItem[], origin: string, changedAt: Date, city?: CityJson): string {
  const url = city ? `${origin}/events/${event.slug}/cities/${city.slug}` : `${origin}/events/${event.slug}`;
  const calendar = baseCalendar(city ? `${event.title}: ${city.name}` : event.title);
  for (const item of items) {
    calendar.createEvent({
      id: `item-${item.id}${city && item.citySlug === null ? `-${city.slug}` : ""}@simulconf`,
      sequence: item.version,
      stamp: changedAt,
      start: new Date(item.startsAt),
      end: new Date(item.endsAt),
      summary: item.citySlug && city ? `${item.title} (${city.name})` : item.title,
      status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      description: [item.description, "", url].join("\n").trim(),
      location: city ? venueOf(city) : undefined,
      url,
    });
  }
  return finish(calendar);
}

export type AssignmentInvitation = {
  /** Stable per assignment: a change or cancellation replaces the same calendar entry. */
  uid: string;
  /** Grows with every change of the assignment or its item; a cancellation is one more. */
  sequence: number;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  stamp: Date;
};

/**
 * An iTIP (RFC 5546) invitation to one assignment, METHOD:REQUEST, or its cancellation,
 * METHOD:CANCEL: calendars add, update or remove the entry by its UID and SEQUENCE.
 */
export function assignmentCalendar(input: AssignmentInvitation, method: "REQUEST" | "CANCEL"): string {
  const calendar = ical({ prodId: PROD_ID, method: method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: new Date(input.startsAt),
    end: new Date(input.endsAt),
    summary: input.summary,
    description: input.description,
    url: input.url,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: [{ ...input.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: method === "REQUEST" }],
  });
  return finish(calendar);
}

/** A person's own assignments (their personal page's download): one block each, UTC, the invitations' UIDs. */
export function commitmentsCalendar(
  name: string,
  entries: { uid: string; sequence: number; summary: string; description: string; startsAt: string; endsAt: string; cancelled: boolean }[],
): string {
  const calendar = ical({ name, prodId: PROD_ID, method: ICalCalendarMethod.PUBLISH });
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      start: new Date(entry.startsAt),
      end: new Date(entry.endsAt),
      summary: entry.cancelled ? `Cancelled: ${entry.summary}` : entry.summary,
      description: entry.description,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return finish(calendar);
}

/**
 * An attendee's seat as a calendar file (METHOD:PUBLISH, one block, UTC), mailed when it is
 * confirmed: the venue's full address as LOCATION (they may read it), their page as URL.
 */
export function attendeeCalendar(input: {
  uid: string;
  sequence: number;
  summary: string;
  startsAt: string;
  endsAt: string;
  location: string;
  url: string;
  stamp: Date;
}): string {
  const calendar = ical({ prodId: PROD_ID, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: new Date(input.startsAt),
    end: new Date(input.endsAt),
    summary: input.summary,
    location: input.location,
    url: input.url,
    description: input.url,
    status: ICalEventStatus.CONFIRMED,
  });
  return finish(calendar);
}
