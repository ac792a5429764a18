/**
 * schema.org Event JSON-LD for public pages: the simultaneous event, and one Event per
 * host city (its own local start and venue) linked to it by superEvent.
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

export function eventJsonLd(event: EventJson, origin: string, only?: CityJson) {
  const eventUrl = `${origin}/events/${event.slug}`;
  const parentId = `${eventUrl}#event`;
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
    location: event.cities.length ? undefined : streams(event),
  };
  const cities = (only ? [only] : event.cities).map((city) => ({
    "@type": "Event",
    "@id": `${eventUrl}/cities/${city.slug}#event`,
    name: `${event.title}: ${city.name}`,
    url: `${eventUrl}/cities/${city.slug}`,
    startDate: city.localStart,
    endDate: city.localEnd,
    eventStatus: status(event),
    eventAttendanceMode: MODES[event.attendanceMode],
    superEvent: { "@id": parentId },
    location: [
      {
        "@type": "Place",
        name: city.venue.name,
        address: { "@type": "PostalAddress", streetAddress: city.venue.address, addressLocality: city.name, addressCountry: city.countryCode },
        ...(city.venue.capacity !== null ? { maximumAttendeeCapacity: city.venue.capacity } : {}),
      },
      ...streams(event),
    ],
    description: `${event.title} in ${city.name}, ${countryName(city.countryCode)}`,
  }));
  return { "@context": "https://schema.org", "@graph": [parent, ...cities] };
}

/** The JSON for a <script type="application/ld+json">, safe to inline (no "</script>"). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
