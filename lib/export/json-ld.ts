/**
 * schema.org Event JSON-LD for public pages: the simultaneous event, and one Event per
 * host city (its own local start and venue) linked to it by superEvent. The live streams
 * are said once, on the simultaneous event.
 */
import type { CityJson, EventJson } from "@/lib/data/event-json";
import { countryName } from "@/lib/validation/common";
import { toLocalIso } from "@/lib/time";

const MODES = {
  in_person: "https://schema.org/OfflineEventAttendanceMode",
  online: "https://schema.org/OnlineEventAttendanceMode",
  mixed: "https://schema.org/MixedEventAttendanceMode",
} as const;

function status(event: EventJson) {
  return event.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled";
}

function streams(event: EventJson) {
  return event.languages.filter((l) => l.streamUrl).map((l) => ({ "@type": "VirtualLocation", name: `${l.name} live stream`, url: l.streamUrl }));
}

/**
 * The event page carries the simultaneous event, naming each city's Event by @id
 * (subEvent); each city page carries the event and its city's full Event (superEvent).
 * So every city's Event is published once, and a page with 100 cities stays small.
 */
export function eventJsonLd(event: EventJson, origin: string, only?: CityJson) {
  const eventUrl = `${origin}/events/${event.slug}`;
  const parentId = `${eventUrl}#event`;
  const cityId = (city: CityJson) => `${eventUrl}/cities/${city.slug}#event`;
  const parent = {
    "@type": "Event",
    "@id": parentId,
    name: event.title,
    description: event.summary,
    url: eventUrl,
    startDate: toLocalIso(new Date(event.startsAt), event.anchorTimeZone),
    endDate: toLocalIso(new Date(event.endsAt), event.anchorTimeZone),
    eventStatus: status(event),
    eventAttendanceMode: MODES[event.attendanceMode],
    inLanguage: event.languages.map((l) => l.code),
    location: streams(event).length ? streams(event) : undefined,
    subEvent: only ? undefined : event.cities.map((city) => ({ "@id": cityId(city) })),
  };
  const cities = (only ? [only] : []).map((city) => ({
    "@type": "Event",
    "@id": cityId(city),
    name: `${event.title}: ${city.name}`,
    url: `${eventUrl}/cities/${city.slug}`,
    startDate: city.localStart,
    endDate: city.localEnd,
    eventStatus: status(event),
    eventAttendanceMode: MODES[event.attendanceMode],
    superEvent: { "@id": parentId },
    location: {
      "@type": "Place",
      name: city.venue.name,
      address: { "@type": "PostalAddress", streetAddress: city.venue.address, addressLocality: city.name, addressCountry: city.countryCode },
      ...(city.venue.capacity !== null ? { maximumAttendeeCapacity: city.venue.capacity } : {}),
    },
    description: `${event.title} in ${city.name}, ${countryName(city.countryCode)}`,
  }));
  return { "@context": "https://schema.org", "@graph": [parent, ...cities] };
}

/** The JSON for a <script type="application/ld+json">, safe to inline (no "</script>"). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
