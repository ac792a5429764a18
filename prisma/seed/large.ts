/**
 * A generated event of any size, for the benchmark (`npm run bench`: 100 cities, 500 items,
 * 4 languages, 300 speakers) and for the query-count test (a small and a large event must
 * cost the same number of queries). Published, every city approved, every shared item
 * staffed in every broadcast language. Rows have stable ids, inserted in one transaction.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { stableId } from "../../lib/ids";
import { addMinutes, wallClockToInstant } from "../../lib/time";

export type LargeEventShape = {
  slug: string;
  cities: number;
  /** Broadcast to every city, back to back from the start. */
  sharedItems: number;
  /** Before and after the broadcast, in each city's own time. */
  localItemsPerCity: number;
  /** 1 to 4, taken from fa, en, fr, ar. */
  languages: number;
  speakers: number;
};

export const BENCH_EVENT: LargeEventShape = { slug: "bench-conference", cities: 100, sharedItems: 100, localItemsPerCity: 4, languages: 4, speakers: 300 };

const LANGUAGES = ["fa", "en", "fr", "ar"] as const;

// Real zones of Europe and North America (and a few beyond), cycled through by the cities.
const ZONES: [country: string, zone: string][] = [
  ["FR", "Europe/Paris"],
  ["CA", "America/Toronto"],
  ["GB", "Europe/London"],
  ["DE", "Europe/Berlin"],
  ["US", "America/New_York"],
  ["CA", "America/Vancouver"],
  ["RO", "Europe/Bucharest"],
  ["US", "America/Chicago"],
  ["SE", "Europe/Stockholm"],
  ["US", "America/Los_Angeles"],
  ["IT", "Europe/Rome"],
  ["CA", "America/Halifax"],
  ["NL", "Europe/Amsterdam"],
  ["US", "America/Denver"],
  ["FI", "Europe/Helsinki"],
  ["CA", "America/St_Johns"],
  ["AU", "Australia/Sydney"],
  ["IE", "Europe/Dublin"],
  ["US", "America/Phoenix"],
  ["CH", "Europe/Zurich"],
];

const KINDS = ["KEYNOTE", "TALK", "PANEL", "TESTIMONY", "MESSAGE"] as const;
const ROLES = ["SPEAKER", "MODERATOR", "INTERPRETER"] as const;

function instant(local: string, zone: string): Date {
  const result = wallClockToInstant(local, zone);
  if (!result.ok) throw new Error(`Generated event: ${result.message}`);
  return result.instant;
}

/** The rows of an event of the given shape (pure; ids depend only on the slug and indexes). */
export function largeEventRows(shape: LargeEventShape) {
  const { slug } = shape;
  const eventId = stableId("event", slug);
  const anchorTimeZone = "Europe/Paris";
  const startsAt = instant("2027-09-18T17:00", anchorTimeZone);
  const sharedMinutes = 20;
  const languages = LANGUAGES.slice(0, shape.languages).map((code, position) => ({
    id: stableId("language", slug, code),
    eventId,
    code,
    position,
    streamUrl: `https://stream.example.org/${slug}/${code}`,
  }));
  const cities = Array.from({ length: shape.cities }, (_, i) => {
    const [countryCode, timeZone] = ZONES[i % ZONES.length]!;
    const citySlug = `city-${String(i + 1).padStart(3, "0")}`;
    return {
      id: stableId("city", slug, citySlug),
      eventId,
      slug: citySlug,
      name: `City ${i + 1}`,
      countryCode,
      timeZone,
      status: "APPROVED" as const,
      venueName: `Community hall ${i + 1}`,
      venueAddress: `${i + 1} Main Street`,
      venueCapacity: 100 + i,
      contactName: `Organizers of city ${i + 1}`,
      contactEmail: `${citySlug}@organizers.example.org`,
    };
  });
  const cityLanguages = cities.flatMap((city) => languages.map((language) => ({ hostCityId: city.id, broadcastLanguageId: language.id })));
  const speakers = Array.from({ length: shape.speakers }, (_, i) => ({
    id: stableId("speaker", slug, String(i)),
    name: `Speaker ${i + 1} (generated)`,
    affiliation: "Generated for the benchmark",
    bio: "",
    languages: [...LANGUAGES],
    timeZone: ZONES[i % ZONES.length]![1],
    contactEmail: `speaker-${i + 1}@example.org`,
  }));
  const shared = Array.from({ length: shape.sharedItems }, (_, i) => {
    const itemStart = addMinutes(startsAt, i * sharedMinutes);
    return {
      id: stableId("item", slug, `shared-${i}`),
      eventId,
      hostCityId: null,
      title: `Session ${i + 1}`,
      kind: i === 0 ? ("OPENING" as const) : KINDS[i % KINDS.length]!,
      description: `Shared session ${i + 1}, broadcast to every city.`,
      language: LANGUAGES[i % shape.languages]!,
      startsAt: itemStart,
      endsAt: addMinutes(itemStart, sharedMinutes),
      position: i,
    };
  });
  const endsAt = addMinutes(startsAt, Math.max(shape.sharedItems, 1) * sharedMinutes);
  // Local items: half before the broadcast, half after it, an hour each.
  const local = cities.flatMap((city) =>
    Array.from({ length: shape.localItemsPerCity }, (_, j) => {
      const before = j % 2 === 0;
      const hours = Math.floor(j / 2) + 1;
      const itemStart = before ? addMinutes(startsAt, -60 * hours) : addMinutes(endsAt, 60 * (hours - 1));
      return {
        id: stableId("item", slug, `${city.slug}-${j}`),
        eventId,
        hostCityId: city.id,
        title: before ? `Doors open ${hours}` : `Local discussion ${hours}`,
        kind: before ? ("RECEPTION" as const) : ("OTHER" as const),
        description: "",
        language: LANGUAGES[0],
        startsAt: itemStart,
        endsAt: addMinutes(itemStart, 60),
        position: 0,
      };
    }),
  );
  // Every shared item has one person per broadcast language; a person comes back only
  // after every other one did, so nobody is booked twice at once.
  const assignments = shared.flatMap((item, i) =>
    languages.map((language, k) => {
      const speaker = speakers[(i * languages.length + k) % speakers.length]!;
      const role = ROLES[k === 0 ? 0 : k % ROLES.length]!;
      return {
        id: stableId("assignment", slug, item.id, language.code),
        programItemId: item.id,
        broadcastLanguageId: language.id,
        speakerId: speaker.id,
        role,
        status: "CONFIRMED" as const,
      };
    }),
  );
  const event = {
    id: eventId,
    slug,
    title: `Generated conference (${shape.cities} cities, ${shape.sharedItems + shape.cities * shape.localItemsPerCity} items)`,
    summary: "A generated event for the benchmark and the query-count test.",
    status: "PUBLISHED" as const,
    attendanceMode: "IN_PERSON" as const,
    startsAt,
    endsAt,
    anchorTimeZone,
    registrationOpen: true,
  };
  return { event, languages, cities, cityLanguages, speakers, items: [...shared, ...local], assignments };
}

/** Inserts the generated event (nothing when it is already there) and says what it holds. */
export async function seedLargeEvent(databaseUrl: string, shape: LargeEventShape): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const rows = largeEventRows(shape);
  try {
    await prisma.$transaction([
      prisma.event.createMany({ data: [rows.event], skipDuplicates: true }),
      prisma.broadcastLanguage.createMany({ data: rows.languages, skipDuplicates: true }),
      prisma.hostCity.createMany({ data: rows.cities, skipDuplicates: true }),
      prisma.hostCityLanguage.createMany({ data: rows.cityLanguages, skipDuplicates: true }),
      prisma.speaker.createMany({ data: rows.speakers, skipDuplicates: true }),
      prisma.programItem.createMany({ data: rows.items, skipDuplicates: true }),
      prisma.assignment.createMany({ data: rows.assignments, skipDuplicates: true }),
    ]);
    return `${shape.slug}: ${rows.cities.length} cities, ${rows.items.length} program items, ${rows.languages.length} languages, ${rows.speakers.length} speakers, ${rows.assignments.length} assignments.`;
  } finally {
    await prisma.$disconnect();
  }
}
