/**
 * Reads of events, as plain loaders: each is one or two queries, no caching. The cached reads
 * that pages and route handlers use are in lib/data/public-reads.ts, built from these;
 * tests call the loaders directly (what a cache miss costs).
 */
import "server-only";
import { slugSchema } from "@/lib/validation/common";
import { eventTags, invalidate } from "@/lib/cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toUtcIso } from "@/lib/time";
import { staleTranslations, translationsJson } from "@/lib/translations";
import { eventJson, eventSummaryJson, eventWithCities, type EventJson, type EventSummaryJson } from "@/lib/data/event-json";
export type { ProgramAssignment, PublicProgramItem } from "@/lib/api/shapes";
import type { PublicProgramItem } from "@/lib/api/shapes";

const PUBLIC_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

/** Published and cancelled events, newest first. */
export async function loadPublicEvents(): Promise<EventSummaryJson[]> {
  const events = await db.event.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: { startsAt: "desc" },
    include: {
      languages: { orderBy: { position: "asc" }, select: { code: true } },
      _count: { select: { cities: { where: { status: "APPROVED" } } } },
    },
  });
  return events.map(eventSummaryJson);
}

/** A published or cancelled event with its approved cities, as the public sees it. */
export async function loadPublicEvent(slug: string): Promise<EventJson | null> {
  const event = await db.event.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    include: eventWithCities,
  });
  return event ? eventJson(event, { allCities: false }) : null;
}

/**
 * When anything a public event shows last changed (ISO 8601), or null for an event the public
 * cannot see: the feeds' DTSTAMP and the answers' Last-Modified. Every write through the app is
 * audited with its event, deletions too; the rows' own times cover data written beside the app
 * (the demo seed), and a speaker's edit reaches every event that shows them.
 */
export async function loadLastChange(slug: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ changedAt: Date | null }[]>`
    select greatest(
      e."updatedAt",
      (select max(a.at) from "AuditEntry" a where a."eventId" = e.id),
      (select max(c."updatedAt") from "HostCity" c where c."eventId" = e.id),
      (select max(greatest(i."updatedAt", x."updatedAt", s."updatedAt")) from "ProgramItem" i
         left join "Assignment" x on x."programItemId" = i.id left join "Speaker" s on s.id = x."speakerId"
        where i."eventId" = e.id)
    ) as "changedAt"
    from "Event" e where e.slug = ${slug} and e.status::text = any(${[...PUBLIC_STATUSES]}::text[])`;
  return rows[0]?.changedAt?.toISOString() ?? null;
}

/** The addresses of every public event page and city page ("slug", "slug/city"). */
export async function loadPublicPages(): Promise<string[]> {
  const events = await db.event.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    select: { slug: true, cities: { where: { status: "APPROVED" }, select: { slug: true } } },
  });
  return events.flatMap((event) => [event.slug, ...event.cities.map((city) => `${event.slug}/${city.slug}`)]);
}

/** Whether one public page exists, asked of the database (an address the cached list lacks). */
export async function loadIsPublicPage(slug: string, citySlug?: string): Promise<boolean> {
  if (!slugSchema.safeParse(slug).success || (citySlug !== undefined && !slugSchema.safeParse(citySlug).success)) return false;
  const event = await db.event.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: { cities: { where: { status: "APPROVED", ...(citySlug === undefined ? {} : { slug: citySlug }) }, select: { slug: true } } },
  });
  return Boolean(event) && (citySlug === undefined || event!.cities.length > 0);
}

/** Call after any change to an event or what hangs from it: its pages, API and feeds. */
export function revalidateEvent(slug: string) {
  invalidate(eventTags(slug));
}

const programInclude = {
  hostCity: { select: { slug: true } },
  assignments: {
    include: {
      broadcastLanguage: { select: { code: true, position: true } },
      // Only public fields of a speaker: never the private contact.
      speaker: { select: { id: true, name: true, affiliation: true } },
    },
    orderBy: [{ role: "asc" as const }, { createdAt: "asc" as const }],
  },
} satisfies Prisma.ProgramItemInclude;

type ProgramRow = Prisma.ProgramItemGetPayload<{ include: typeof programInclude }>;

type ItemFields = {
  id: string;
  title: string;
  kind: string;
  description: string;
  language: string;
  startsAt: Date;
  endsAt: Date;
  version: number;
  translations: unknown;
};

/** The fields of a program item as the API and the pages show them (assignments aside). */
export function programItemFields(item: ItemFields, citySlug: string | null): Omit<PublicProgramItem, "assignments"> {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind.toLowerCase(),
    description: item.description,
    language: item.language,
    citySlug,
    startsAt: toUtcIso(item.startsAt),
    endsAt: toUtcIso(item.endsAt),
    version: item.version,
    translations: translationsJson(item.translations),
    staleTranslations: staleTranslations(item.translations, { title: item.title, description: item.description }),
  };
}

/**
 * Whose assignments a program shows: everyone's (coordinators, with their status), or the
 * public's: confirmed people only, and invited ones too (marked) when the event says so.
 */
export type PeopleShown = "all" | "confirmed" | "confirmed-and-invited";
const SHOWN: Record<PeopleShown, string[]> = {
  all: ["CONFIRMED", "INVITED", "DECLINED"],
  confirmed: ["CONFIRMED"],
  "confirmed-and-invited": ["CONFIRMED", "INVITED"],
};

function programItem(item: ProgramRow, people: PeopleShown): PublicProgramItem {
  return {
    ...programItemFields(item, item.hostCity?.slug ?? null),
    assignments: item.assignments
      .filter((a) => SHOWN[people].includes(a.status))
      .sort((a, b) => a.broadcastLanguage.position - b.broadcastLanguage.position)
      .map((a) => ({ language: a.broadcastLanguage.code, role: a.role.toLowerCase(), status: a.status.toLowerCase(), speaker: a.speaker })),
  };
}

/**
 * A program: shared items and the local items of approved cities (all cities' for
 * `allCities`), in order, with the assignments of the `people` shown.
 */
export async function loadProgram(eventId: string, { allCities, people }: { allCities: boolean; people: PeopleShown }) {
  const items = await db.programItem.findMany({
    where: { eventId, ...(allCities ? {} : { OR: [{ hostCityId: null }, { hostCity: { status: "APPROVED" } }] }) },
    orderBy: [{ startsAt: "asc" }, { position: "asc" }],
    include: programInclude,
  });
  return items.map((item) => programItem(item, people));
}

/** The shared program and the approved cities' local items of a public event, in order. */
export async function loadPublicProgram(slug: string): Promise<PublicProgramItem[]> {
  const event = await db.event.findFirst({ where: { slug, status: { in: [...PUBLIC_STATUSES] } }, select: { id: true, showUnconfirmedPeople: true } });
  return event ? loadProgram(event.id, { allCities: false, people: event.showUnconfirmedPeople ? "confirmed-and-invited" : "confirmed" }) : [];
}
