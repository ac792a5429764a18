/**
 * schema.org Event JSON-LD for public pages: the simultaneous event, and one Event per
 * host city (its own local start and venue) linked to it by superEvent. The live streams
 * are said once, on the simultaneous event. Every @id and url is absolute (the origin is
 * PUBLIC_BASE_URL, which the demo, the tests and production set).
 */
import type { Event, Graph, Organization, Person, Place, VirtualLocation } from "schema-dts";
import type { CityJson, EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { countryName } from "@/lib/validation/common";
import { toLocalIso } from "@/lib/time";

const MODE = {
  offline: "https://schema.org/OfflineEventAttendanceMode",
  online: "https://schema.org/OnlineEventAttendanceMode",
  mixed: "https://schema.org/MixedEventAttendanceMode",
} as const;

/** Online when it has no venue; mixed when it has venues and also streams; else offline. */
function attendanceMode(event: EventJson) {
  if (event.attendanceMode === "online") return MODE.online;
  return event.attendanceMode === "mixed" || streams(event).length ? MODE.mixed : MODE.offline;
}

function status(event: EventJson) {
  return event.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled";
}

function streams(event: EventJson): VirtualLocation[] {
  return event.languages.filter((l) => l.streamUrl).map((l) => ({ "@type": "VirtualLocation", name: `${l.name} live stream`, url: l.streamUrl! }));
}

/** A city as a Place: its locality and country; with `venue`, the venue's name, street address and capacity. */
function place(city: CityJson, venue: boolean): Place {
  const address = { "@type": "PostalAddress", addressLocality: city.name, addressCountry: city.countryCode } as const;
  if (!venue) return { "@type": "Place", name: city.name, address };
  return {
    "@type": "Place",
    name: city.venue.name || city.name,
    address: city.venue.address ? { ...address, streetAddress: city.venue.address } : address,
    ...(city.venue.capacity !== null ? { maximumAttendeeCapacity: city.venue.capacity } : {}),
  };
}

/** Who speaks or moderates (confirmed), once each: interpreters carry a talk, they do not perform it. */
function performers(program: PublicProgramItem[]): Person[] {
  const people = new Map<string, Person>();
  for (const item of program) {
    for (const a of item.assignments) {
      if (a.status === "confirmed" && a.role !== "interpreter") people.set(a.speaker.id, { "@type": "Person", name: a.speaker.name });
    }
  }
  return [...people.values()];
}

/**
 * The event page carries the simultaneous event, its cities as Places (locality and country)
 * and each city's Event by @id (subEvent); each city page carries the event and its city's
 * full Event (superEvent), at its venue. So every city's Event is published once, and a page
 * with 100 cities stays small. `program` is what the page shows (its people are the performers).
 */
export function eventJsonLd(event: EventJson, origin: string, program: PublicProgramItem[], only?: CityJson): Graph {
  const eventUrl = `${origin}/events/${event.slug}`;
  const parentId = `${eventUrl}#event`;
  const cityId = (city: CityJson) => `${eventUrl}/cities/${city.slug}#event`;
  const organizer: Organization | undefined = event.organizerName
    ? { "@type": "Organization", name: event.organizerName, ...(event.organizerUrl ? { url: event.organizerUrl } : {}) }
    : undefined;
  const image = event.imageUrl ? [event.imageUrl] : undefined;
  const people = performers(program);
  const places = [...(only ? [] : event.cities.map((city) => place(city, event.cities.length === 1))), ...streams(event)];
  const parent: Event = {
    "@type": "Event",
    "@id": parentId,
    name: event.title,
    description: event.summary,
    url: eventUrl,
    startDate: toLocalIso(new Date(event.startsAt), event.anchorTimeZone),
    endDate: toLocalIso(new Date(event.endsAt), event.anchorTimeZone),
    eventStatus: status(event),
    eventAttendanceMode: attendanceMode(event),
    inLanguage: event.languages.map((l) => l.code),
    location: places.length ? places : undefined,
    organizer,
    image,
    performer: !only && people.length ? people : undefined,
    subEvent: only ? undefined : event.cities.map((city) => ({ "@id": cityId(city) })),
  };
  const cities = (only ? [only] : []).map((city): Event => ({
    "@type": "Event",
    "@id": cityId(city),
    name: `${event.title}: ${city.name}`,
    url: `${eventUrl}/cities/${city.slug}`,
    startDate: city.localStart,
    endDate: city.localEnd,
    eventStatus: status(event),
    eventAttendanceMode: attendanceMode(event),
    superEvent: { "@id": parentId },
    location: place(city, true),
    organizer,
    image,
    performer: people.length ? people : undefined,
    description: `${event.title} in ${city.name}, ${countryName(city.countryCode)}`,
  }));
  return { "@context": "https://schema.org", "@graph": [parent, ...cities] };
}

/** The JSON for a <script type="application/ld+json">, safe to inline (no "</script>"). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
