/**
 * The event object of the HTTP API (docs/contract.md, "Shapes"), built from database rows.
 * Public pages render from this same shape, so the page and the API cannot disagree.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/api/errors";
import { languageInfo } from "@/lib/languages";
import { toLocalIso, toUtcIso, utcOffset, utcOffsetMinutes } from "@/lib/time";
import { localized, staleTranslations, translationsJson } from "@/lib/translations";
export type { LanguageJson, VenueJson, CityJson, EventJson, EventSummaryJson } from "@/lib/api/shapes";
import type { LanguageJson, CityJson, EventJson, EventSummaryJson } from "@/lib/api/shapes";
export type EventStatusJson = EventJson["status"];
export type AttendanceModeJson = EventJson["attendanceMode"];

export const eventWithCities = {
  languages: { orderBy: { position: "asc" } },
  cities: {
    include: { languages: { include: { broadcastLanguage: { select: { code: true, position: true } } } } },
    orderBy: { name: "asc" },
  },
} as const satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventWithCities }>;
type CityRow = EventRow["cities"][number];

export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export function languageJson(language: { code: string; streamUrl: string | null }): LanguageJson {
  const info = languageInfo(language.code);
  return {
    code: language.code,
    name: info?.name ?? language.code,
    direction: info?.direction ?? "ltr",
    streamUrl: language.streamUrl,
  };
}

export function cityJson(city: CityRow, event: { startsAt: Date; endsAt: Date }): CityJson {
  return {
    slug: city.slug,
    name: city.name,
    countryCode: city.countryCode,
    timeZone: city.timeZone,
    utcOffset: utcOffset(event.startsAt, city.timeZone),
    localStart: toLocalIso(event.startsAt, city.timeZone),
    localEnd: toLocalIso(event.endsAt, city.timeZone),
    status: lower(city.status),
    venue: {
      name: city.venueName,
      // Kept from every public surface when private: the page, the API, feeds and JSON-LD read this.
      address: city.venueAddressPublic ? city.venueAddress : null,
      addressPublic: city.venueAddressPublic,
      capacity: city.venueCapacity,
      accessibility: city.venueAccessibility,
    },
    attendeeRegistration: {
      open: city.attendeeRegistrationOpen,
      closesAt: city.attendeeRegistrationClosesAt ? toUtcIso(city.attendeeRegistrationClosesAt) : null,
      approval: city.attendeeApproval,
      maxSeatsPerPerson: city.maxSeatsPerPerson,
    },
    languages: city.languages
      .map((link) => link.broadcastLanguage)
      .sort((a, b) => a.position - b.position)
      .map((language) => language.code),
    translations: translationsJson(city.translations),
    staleTranslations: staleTranslations(city.translations, { name: city.name, "venue.accessibility": city.venueAccessibility }),
    version: city.version,
  };
}

/**
 * Cities ordered as an attendee reads a simultaneous start: east to west (latest local
 * clock first), then by name.
 */
function byLocalClock(startsAt: Date) {
  return (a: CityRow, b: CityRow) => utcOffsetMinutes(startsAt, b.timeZone) - utcOffsetMinutes(startsAt, a.timeZone) || a.name.localeCompare(b.name);
}

export function eventJson(event: EventRow, { allCities }: { allCities: boolean }): EventJson {
  const cities = event.cities.filter((city) => allCities || city.status === "APPROVED").sort(byLocalClock(event.startsAt));
  return {
    ...eventFields(event),
    languages: event.languages.map(languageJson),
    cities: cities.map((city) => cityJson(city, event)),
  };
}

type EventFieldsRow = Pick<
  EventRow,
  | "slug"
  | "title"
  | "summary"
  | "status"
  | "attendanceMode"
  | "startsAt"
  | "endsAt"
  | "anchorTimeZone"
  | "registrationOpen"
  | "showUnconfirmedPeople"
  | "attendeeRegistrationOpen"
  | "attendeeRegistrationClosesAt"
  | "delayMinutes"
  | "scheduledStartsAt"
  | "organizerName"
  | "organizerUrl"
  | "imageUrl"
  | "contentLanguage"
  | "translations"
  | "version"
> & { languages: { code: string }[] };

function eventFields(event: EventFieldsRow) {
  return {
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    status: lower(event.status),
    attendanceMode: lower(event.attendanceMode),
    startsAt: toUtcIso(event.startsAt),
    endsAt: toUtcIso(event.endsAt),
    anchorTimeZone: event.anchorTimeZone,
    registrationOpen: event.registrationOpen,
    showUnconfirmedPeople: event.showUnconfirmedPeople,
    delayMinutes: event.delayMinutes,
    scheduledStartsAt: event.scheduledStartsAt ? toUtcIso(event.scheduledStartsAt) : null,
    attendeeRegistration: {
      open: event.attendeeRegistrationOpen,
      closesAt: event.attendeeRegistrationClosesAt ? toUtcIso(event.attendeeRegistrationClosesAt) : null,
    },
    organizerName: event.organizerName,
    organizerUrl: event.organizerUrl,
    imageUrl: event.imageUrl,
    contentLanguage: event.contentLanguage ?? event.languages[0]?.code ?? "en",
    translations: translationsJson(event.translations),
    staleTranslations: staleTranslations(event.translations, { title: event.title, summary: event.summary }),
    version: event.version,
  };
}

/** A `?lang=` that the event broadcasts, or a 400 naming the ones it does (the event, schedule and feed reads). */
export function assertBroadcastLanguage(event: { languages: { code: string }[] }, lang: string): void {
  if (event.languages.some((l) => l.code === lang)) return;
  throw new ApiError("validation_error", `"${lang}" is not a broadcast language of this event.`, [
    { path: "lang", message: `Use one of: ${event.languages.map((l) => l.code).join(", ")}.` },
  ]);
}

/** The event with its title, summary and cities' names and notes in `language` where translated (`?lang=`, the pages). */
export function localizedEvent(event: EventJson, language: string | null | undefined): EventJson {
  if (!language) return event;
  return { ...localized(event, language), cities: event.cities.map((city) => localized(city, language)) };
}

export function eventSummaryJson(event: EventFieldsRow & { _count: { cities: number } }): EventSummaryJson {
  return { ...eventFields(event), languages: event.languages.map((l) => l.code), cityCount: event._count.cities };
}
