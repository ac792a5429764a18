/**
 * Loads the demo data idempotently: every row has a stable id (UUIDv5 of its natural key)
 * and is inserted with `skipDuplicates`, so a second run inserts nothing and changes
 * nothing, and edits made while exploring the demo survive a restart.
 */
import { slugify } from "../../lib/slug";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { stableId } from "../../lib/ids";
import { addMinutes, wallClockToInstant } from "../../lib/time";
import { mergeTranslations, type TranslationsInput } from "../../lib/translations";
import { DOOR_CODE_ALPHABET, DOOR_CODE_LENGTH } from "../../lib/validation/registration";
import { DEMO_EVENTS, DEMO_PASSWORD, DEMO_SPEAKERS, DEMO_USERS, type DemoEvent } from "./demo-data";
import { ACCESSIBILITY, CITY_NAMES, EVENT_TEXTS } from "./demo-translations";

const ACCESSIBILITY_NOTE = "Step-free entrance; ask the organizers for seating near the screen.";

/** A record's stored translations, into the event's broadcast languages only (each remembering its original). */
function translated(texts: TranslationsInput, originals: Record<string, string>, languages: string[]) {
  return mergeTranslations({}, Object.fromEntries(Object.entries(texts).filter(([code]) => languages.includes(code))), originals);
}

function instant(local: string, zone: string): Date {
  const result = wallClockToInstant(local, zone);
  if (!result.ok) throw new Error(`Demo data: ${result.message}`);
  return result.instant;
}

export const ids = {
  user: (email: string) => stableId("user", email),
  event: (slug: string) => stableId("event", slug),
  language: (event: string, code: string) => stableId("language", event, code),
  city: (event: string, city: string) => stableId("city", event, city),
  item: (event: string, key: string) => stableId("item", event, key),
  speaker: (key: string) => stableId("speaker", key),
  assignment: (event: string, item: string, speaker: string, language: string, role: string) => stableId("assignment", event, item, speaker, language, role),
};

function eventRows(event: DemoEvent) {
  const eventId = ids.event(event.slug);
  const startsAt = instant(event.start, event.anchorTimeZone);
  const languages = event.languages.map((code, position) => ({
    id: ids.language(event.slug, code),
    eventId,
    code,
    position,
    streamUrl: event.status === "DRAFT" ? null : `https://stream.example.org/${event.slug}/${code}`,
  }));
  const cities = event.cities.map((city) => ({
    id: ids.city(event.slug, slugify(city.name)),
    eventId,
    slug: slugify(city.name),
    name: city.name,
    countryCode: city.countryCode,
    timeZone: city.timeZone,
    status: city.status ?? "APPROVED",
    venueName: city.venueName ?? "",
    venueAddress: city.venueAddress ?? "",
    venueAddressPublic: city.addressPublic ?? true,
    attendeeRegistrationOpen: city.registration?.open ?? false,
    attendeeApproval: city.registration?.approval ?? false,
    maxSeatsPerPerson: city.registration?.maxSeatsPerPerson ?? 4,
    venueCapacity: city.capacity ?? null,
    venueAccessibility: ACCESSIBILITY_NOTE,
    translations: translated(
      Object.fromEntries(
        (["fa", "fr", "ar"] as const).map((code) => [
          code,
          { ...(CITY_NAMES[city.name] ? { name: CITY_NAMES[city.name]![code] } : {}), venue: { accessibility: ACCESSIBILITY[code] } },
        ]),
      ),
      { name: city.name, "venue.accessibility": ACCESSIBILITY_NOTE },
      event.languages,
    ),
    contactName: `${city.name} organizing team`,
    contactEmail: `${slugify(city.name)}@organizers.example.org`,
  }));
  const cityLanguages = event.cities.flatMap((city) =>
    (city.languages ?? event.languages).map((code) => ({
      hostCityId: ids.city(event.slug, slugify(city.name)),
      broadcastLanguageId: ids.language(event.slug, code),
    })),
  );
  const organizers = event.cities.flatMap((city) =>
    (city.organizers ?? []).map((email) => ({ hostCityId: ids.city(event.slug, slugify(city.name)), userId: ids.user(email) })),
  );
  const items = event.items.map((item, position) => {
    const zone = item.city ? event.cities.find((c) => slugify(c.name) === item.city)!.timeZone : event.anchorTimeZone;
    const itemStart = instant(item.start, zone);
    return {
      id: ids.item(event.slug, item.key),
      eventId,
      hostCityId: item.city ? ids.city(event.slug, item.city) : null,
      title: item.title,
      kind: item.kind,
      description: item.description ?? "",
      language: item.language ?? event.languages[0]!,
      startsAt: itemStart,
      endsAt: addMinutes(itemStart, item.minutes),
      position,
      translations: translated(EVENT_TEXTS[event.slug]?.items[item.key] ?? {}, { title: item.title, description: item.description ?? "" }, event.languages),
    };
  });
  const assignments = event.items.flatMap((item) =>
    (item.assignments ?? []).map(([speaker, language, role, status]) => ({
      id: ids.assignment(event.slug, item.key, speaker, language, role),
      programItemId: ids.item(event.slug, item.key),
      broadcastLanguageId: ids.language(event.slug, language),
      speakerId: ids.speaker(speaker),
      role,
      status,
    })),
  );
  const row = {
    id: eventId,
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    status: event.status,
    attendanceMode: event.attendanceMode,
    startsAt,
    endsAt: addMinutes(startsAt, event.minutes),
    anchorTimeZone: event.anchorTimeZone,
    registrationOpen: event.registrationOpen,
    attendeeRegistrationOpen: event.onlineRegistration ?? false,
    organizerName: event.organizerName ?? "",
    // The demo is written in English (the first broadcast language is Persian), where it broadcasts English.
    contentLanguage: event.languages.includes("en") ? "en" : null,
    translations: translated(EVENT_TEXTS[event.slug]?.event ?? {}, { title: event.title, summary: event.summary }, event.languages),
  };
  const asked = (n: number) => new Date(Date.now() - (10 - n) * 24 * 3600_000);
  // Fictional attendees: their personal links open nothing (the hash is of no token), and their door codes come from their ids.
  const registrations = event.cities.flatMap((city) =>
    (city.attendees ?? []).map((attendee, n) => {
      const id = stableId("registration", event.slug, city.name, attendee.email);
      const cityId = ids.city(event.slug, slugify(city.name));
      return {
        id,
        eventId,
        hostCityId: cityId,
        scope: cityId,
        ...attendee,
        tokenHash: `demo-${id}`,
        code: doorCode(id),
        // Registered over the days before the demo was loaded, one a day, first listed first.
        createdAt: asked(n),
        confirmedEmailAt: attendee.status === "UNCONFIRMED" ? null : asked(n),
        queuedAt: attendee.status === "AWAITING_APPROVAL" || attendee.status === "WAITLISTED" ? asked(n) : null,
      };
    }),
  );
  return { row, languages, cities, cityLanguages, organizers, items, assignments, registrations };
}

/** A door code from a registration id: six characters of the codes' alphabet (lib/data/registrations.ts). */
function doorCode(id: string): string {
  const hex = id.replace(/-/g, "");
  return Array.from(
    { length: DOOR_CODE_LENGTH },
    (_, i) => DOOR_CODE_ALPHABET[Number.parseInt(hex.slice(i * 4, i * 4 + 4), 16) % DOOR_CODE_ALPHABET.length],
  ).join("");
}

/** Inserts what is missing of the demo data into the database at `databaseUrl`. */
export async function seedDemo(databaseUrl: string): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const existing = await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true } });
    const missing = DEMO_USERS.filter((user) => !existing.some((e) => e.email === user.email));
    const passwordHash = missing.length ? await hashPassword(DEMO_PASSWORD) : "";
    const events = DEMO_EVENTS.map(eventRows);
    const counts = await prisma.$transaction([
      prisma.user.createMany({ data: missing.map((u) => ({ id: ids.user(u.email), ...u, passwordHash, emailVerifiedAt: new Date() })), skipDuplicates: true }),
      prisma.event.createMany({ data: events.map((e) => e.row), skipDuplicates: true }),
      prisma.broadcastLanguage.createMany({ data: events.flatMap((e) => e.languages), skipDuplicates: true }),
      prisma.hostCity.createMany({ data: events.flatMap((e) => e.cities), skipDuplicates: true }),
      prisma.cityOrganizer.createMany({ data: events.flatMap((e) => e.organizers), skipDuplicates: true }),
      prisma.hostCityLanguage.createMany({ data: events.flatMap((e) => e.cityLanguages), skipDuplicates: true }),
      prisma.speaker.createMany({
        data: DEMO_SPEAKERS.map(({ key, ...speaker }) => ({ id: ids.speaker(key), ...speaker })),
        skipDuplicates: true,
      }),
      prisma.programItem.createMany({ data: events.flatMap((e) => e.items), skipDuplicates: true }),
      prisma.assignment.createMany({ data: events.flatMap((e) => e.assignments), skipDuplicates: true }),
      prisma.registration.createMany({ data: events.flatMap((e) => e.registrations), skipDuplicates: true }),
    ]);
    const inserted = counts.reduce((sum, c) => sum + c.count, 0);
    return inserted === 0 ? "Demo data already loaded: nothing to insert." : `Demo data loaded: ${inserted} rows inserted.`;
  } finally {
    await prisma.$disconnect();
  }
}
